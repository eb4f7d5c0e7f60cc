import { GraphQLError } from 'graphql';
import { ErrorCode, ValidationError, formatGraphQLError } from './index';

describe('formatGraphQLError', () => {
  const prod = { exposeInternals: false };

  it('maps a validation error to BAD_USER_INPUT naming the field and rule', () => {
    const error = new GraphQLError('wrapped', {
      originalError: ValidationError.field('input.hours.min', 'between 1 and 40'),
    });
    const formatted = formatGraphQLError({ message: 'wrapped' }, error, prod);
    expect(formatted.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      field: 'input.hours.min',
    });
    expect(formatted.message).toBe('input.hours.min: between 1 and 40');
  });

  it('hides the message and stack of an unexpected error outside development', () => {
    const error = new GraphQLError('x', {
      originalError: new Error('relation "secret" does not exist'),
    });
    const formatted = formatGraphQLError(
      { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
      prod,
    );
    expect(formatted.message).toBe('Internal server error');
    expect(JSON.stringify(formatted)).not.toContain('secret');
    expect(formatted.extensions?.['stacktrace']).toBeUndefined();
  });

  it('shows the stack of an unexpected error in development', () => {
    const error = new GraphQLError('x', { originalError: new Error('boom') });
    const formatted = formatGraphQLError({ message: 'x' }, error, { exposeInternals: true });
    expect(formatted.message).toBe('boom');
    expect(Array.isArray(formatted.extensions?.['stacktrace'])).toBe(true);
  });

  it('keeps the code of an error GraphQL itself raised', () => {
    const formatted = formatGraphQLError(
      { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError('Syntax Error'),
      prod,
    );
    expect(formatted.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });
});
