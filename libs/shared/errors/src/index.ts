export {
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from './domain-error';
export type { FieldViolation } from './domain-error';
export { formatGraphQLError } from './graphql-error-format';
export type { ErrorFormatOptions } from './graphql-error-format';
