import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { User } from '../accounts/user.model';

@ObjectType({ description: 'The tokens of a login session.' })
export class AuthSession {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    description: 'One use only: refreshToken returns the next one. Keep it secret.',
  })
  refreshToken: string;

  @Field(() => GraphQLISODateTime)
  refreshTokenExpiresAt: Date;

  @Field(() => User)
  user: User;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the password reset email.' })
  token: string;

  @Field(() => String)
  newPassword: string;
}
