/** The codes a client can rely on; each maps once to GraphQL `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InvalidTransition = 'INVALID_TRANSITION',
  RateLimited = 'RATE_LIMITED',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export interface FieldViolation {
  /** The argument or input field, as a dotted path: `input.hoursPerWeek.min`. */
  field: string;
  /** The rule it broke, short and stable: `between 1 and 40`. */
  rule: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly violations: FieldViolation[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(violations: FieldViolation[]) {
    super(
      ErrorCode.BadUserInput,
      violations.map((v) => `${v.field}: ${v.rule}`).join('; '),
      violations,
    );
  }

  static field(field: string, rule: string): ValidationError {
    return new ValidationError([{ field, rule }]);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'you must be logged in') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'you may not do this') {
    super(ErrorCode.Forbidden, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NotFound, `${what} was not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.Conflict, message, field ? [{ field, rule: message }] : []);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(what: string, from: string, action: string) {
    super(ErrorCode.InvalidTransition, `cannot ${action} ${what} that is ${from.toLowerCase()}`);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.RateLimited, `too many attempts; try again in ${retryAfterSeconds} seconds`);
  }
}
