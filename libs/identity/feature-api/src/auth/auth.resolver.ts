import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal, RequestWithPrincipal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { toUser } from '../user-mapping';
import { IdentityPolicies } from '../policies';
import { AuthService, SessionTokens } from './auth.service';
import { AuthSession, LoginInput, ResetPasswordInput } from './auth-session.model';

function toSession(tokens: SessionTokens): AuthSession {
  return { ...tokens, user: toUser(tokens.user) };
}

@Resolver(() => AuthSession)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Policy(IdentityPolicies.public)
  @Mutation(() => AuthSession, {
    description:
      'Log in with email and password. Limited per account and per address (RATE_LIMITED with the seconds to wait).',
  })
  async login(
    @Args('input') input: LoginInput,
    @Context('req') req: RequestWithPrincipal | undefined,
  ): Promise<AuthSession> {
    return toSession(await this.auth.login(input.email, input.password, req?.ip ?? 'unknown'));
  }

  @Policy(IdentityPolicies.public)
  @Mutation(() => AuthSession, {
    description:
      'Trade a refresh token for new tokens. Each refresh token works once; a reused one ends the session.',
  })
  async refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthSession> {
    return toSession(await this.auth.refresh(refreshToken));
  }

  @Policy(IdentityPolicies.public)
  @Mutation(() => Boolean, {
    description:
      "End the caller's session (access token), or the session of the given refresh token.",
  })
  logout(
    @CurrentPrincipal({ optional: true }) principal: Principal | undefined,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
  ): Promise<boolean> {
    return this.auth.logout(principal?.sessionId, refreshToken ?? undefined);
  }

  @Policy(IdentityPolicies.public)
  @Mutation(() => Boolean, {
    description: 'Email a one-time reset link when the account exists. Always answers true.',
  })
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.auth.requestPasswordReset(email);
  }

  @Policy(IdentityPolicies.public)
  @Mutation(() => Boolean, {
    description: 'Set a new password with the emailed token; ends every session of the account.',
  })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.auth.resetPassword(input.token, input.newPassword);
  }
}
