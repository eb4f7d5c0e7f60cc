import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { RequestWithPrincipal } from '@werkmatch/identity/domain';
import { ForbiddenError } from '@werkmatch/shared/errors';
import { AccessPolicy } from './policy';
import { POLICY_METADATA } from './policy.decorator';
import { enforceRole } from './enforce';

/**
 * The global guard of every GraphQL query, mutation and field resolver: default deny. A handler without a
 * declared policy is refused, so a forgotten `@Policy` fails closed. HTTP routes (health) are not GraphQL
 * and are left to their controllers.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const handler = context.getHandler();
    // Reflect directly: Reflector adds nothing for one key and this runs for every resolver call.
    const policy = Reflect.getMetadata(POLICY_METADATA, handler) as AccessPolicy | undefined;
    const what = `${context.getClass().name}.${handler.name}`;
    if (!policy) throw new ForbiddenError(`no access policy is declared for ${what}`);
    const gqlContext = context.getArgByIndex<{ req?: RequestWithPrincipal } | undefined>(2);
    enforceRole(policy, gqlContext?.req?.principal, handler.name);
    return true;
  }
}
