import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../role.enum';

@ObjectType({ description: 'A person who can log in.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The employer organisation of an EMPLOYER.' })
  organisationId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The labour-market region of an ACCOUNT_MANAGER.',
  })
  regionId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
