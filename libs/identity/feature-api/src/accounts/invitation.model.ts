import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../role.enum';

@ObjectType({ description: 'An invitation sent by email; the token itself is only in the email.' })
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true })
  regionId: string | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
