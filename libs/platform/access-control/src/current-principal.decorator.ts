import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal, RequestWithPrincipal } from '@werkmatch/identity/domain';
import { UnauthenticatedError } from '@werkmatch/shared/errors';

export interface CurrentPrincipalOptions {
  /** For public operations that behave differently when a caller is logged in. */
  optional?: boolean;
}

export function principalOf(context: ExecutionContext): Principal | undefined {
  return context.getArgByIndex<{ req?: RequestWithPrincipal } | undefined>(2)?.req?.principal;
}

/** The authenticated caller; UNAUTHENTICATED when there is none, unless `{ optional: true }`. */
export const CurrentPrincipal = createParamDecorator(
  (
    options: CurrentPrincipalOptions | undefined,
    context: ExecutionContext,
  ): Principal | undefined => {
    const principal = principalOf(context);
    if (!principal && !options?.optional) throw new UnauthenticatedError();
    return principal;
  },
);
