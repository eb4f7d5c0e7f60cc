import { Field, InputType } from '@nestjs/graphql';
import { Role } from '../role.enum';

@InputType({ description: 'A job seeker registering themselves.' })
export class RegisterInput {
  @Field(() => String)
  email: string;

  @Field(() => String, { description: 'At least 12 characters, not a common password.' })
  password: string;

  @Field(() => String)
  fullName: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  email: string;

  @Field(() => Role, { description: 'COACH or ACCOUNT_MANAGER.' })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Required for an ACCOUNT_MANAGER: the region of their service point.',
  })
  regionId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation email.' })
  token: string;

  @Field(() => String)
  password: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}
