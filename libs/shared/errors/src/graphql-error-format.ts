import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error';

export interface ErrorFormatOptions {
  /** Only in development: include the stack trace of unexpected errors. */
  exposeInternals: boolean;
  onUnexpected?: (error: unknown) => void;
}

function originalError(error: unknown): unknown {
  if (error instanceof GraphQLError && error.originalError)
    return originalError(error.originalError);
  return error;
}

/** The one place where errors become what a GraphQL client sees. */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorFormatOptions,
): GraphQLFormattedError {
  const cause = originalError(error);
  if (cause instanceof DomainError) {
    return {
      message: cause.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: cause.code,
        ...(cause.violations.length > 0
          ? { violations: cause.violations, field: cause.violations[0]?.field }
          : {}),
      },
    };
  }
  const code = formatted.extensions?.['code'];
  // Errors raised by GraphQL itself (parse, validation, bad variables) are the client's and safe to show.
  if (typeof code === 'string' && code !== ErrorCode.Internal) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  if (!(cause instanceof GraphQLError) || cause.originalError) options.onUnexpected?.(cause);
  if (cause instanceof GraphQLError && !cause.originalError) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  return {
    message:
      options.exposeInternals && cause instanceof Error ? cause.message : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: ErrorCode.Internal,
      ...(options.exposeInternals && cause instanceof Error
        ? { stacktrace: cause.stack?.split('\n') }
        : {}),
    },
  };
}
