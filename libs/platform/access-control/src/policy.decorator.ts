import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  Extensions,
  Field,
  FieldMiddleware,
  FieldOptions,
  MiddlewareContext,
  NextFn,
  ReturnTypeFunc,
} from '@nestjs/graphql';
import type { RequestWithPrincipal } from '@werkmatch/identity/domain';
import { AccessPolicy } from './policy';
import { enforceRole } from './enforce';

/** Reflect metadata key the guard reads on each resolver method. */
export const POLICY_METADATA = 'werkmatch:access-policy';
/** Key of the schema field extensions: `{ policy: PolicyDescriptor, sensitive?: true }`. */
export const POLICY_EXTENSION = 'policy';
export const SENSITIVE_EXTENSION = 'sensitive';

/**
 * Declares who may call a query, mutation or field resolver. Required on every one of them: the guard refuses
 * what has none (default deny) and a test walks the schema for missing ones. The policy is also published in
 * the field's schema extensions, so tests and tools read the same declaration the guard enforces.
 */
export function Policy(policy: AccessPolicy): MethodDecorator {
  return applyDecorators(
    SetMetadata(POLICY_METADATA, policy),
    Extensions({ [POLICY_EXTENSION]: policy.describe() }),
  );
}

/** Marks a field resolver (`@ResolveField`) as returning personal data; it must also carry a `@Policy`. */
export function Sensitive(): MethodDecorator & PropertyDecorator {
  return Extensions({ [SENSITIVE_EXTENSION]: true }) as MethodDecorator & PropertyDecorator;
}

function policyMiddleware(policy: AccessPolicy): FieldMiddleware {
  return (ctx: MiddlewareContext<unknown, { req?: RequestWithPrincipal }>, next: NextFn) => {
    enforceRole(
      policy,
      ctx.context?.req?.principal,
      `${ctx.info.parentType.name}.${ctx.info.fieldName}`,
    );
    return next();
  };
}

/**
 * A plain object-type field that holds personal data, in place of `@Field`: the value is only returned to
 * callers whose role the policy allows (others get FORBIDDEN on that field and null). The relational part of
 * the policy is the business of the service that loaded the parent object. Always nullable, so a refused
 * field does not null out its parent.
 */
export function SensitiveField(
  typeFunc: ReturnTypeFunc,
  policy: AccessPolicy,
  options: Omit<FieldOptions, 'middleware' | 'nullable'> = {},
): PropertyDecorator {
  return applyDecorators(
    Field(typeFunc, { ...options, nullable: true, middleware: [policyMiddleware(policy)] }),
    Extensions({ [POLICY_EXTENSION]: policy.describe(), [SENSITIVE_EXTENSION]: true }),
  ) as PropertyDecorator;
}
