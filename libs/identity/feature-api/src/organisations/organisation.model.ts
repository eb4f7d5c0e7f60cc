import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { User } from '../accounts/user.model';

@ObjectType({ description: 'An employer (werkgever) with member users.' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Chamber of Commerce (KvK) number, 8 digits.' })
  kvkNumber: string;

  @Field(() => String)
  street: string;

  @Field(() => String)
  houseNumber: string;

  @Field(() => String)
  postcode: string;

  @Field(() => String)
  city: string;

  @Field(() => String)
  sector: string;

  @Field(() => String, {
    nullable: true,
    description: 'Labour-market region, derived from the postcode.',
  })
  regionId: string | null;

  @Field(() => Boolean, {
    description: 'Verified by an account manager of its region; only then may it publish.',
  })
  verified: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  verifiedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class EmployerRegistration {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => User)
  member: User;
}
