import { ValidationError } from '@werkmatch/shared/errors';
import { isDutchPostcode, parseDutchPostcode, POSTCODE_RULE } from './postcode';

describe('parseDutchPostcode', () => {
  it('reads a postcode with a space, without one, in lower case, or only its four digits', () => {
    expect(parseDutchPostcode('3991 AB')).toEqual({
      pc4: '3991',
      letters: 'AB',
      formatted: '3991 AB',
    });
    expect(parseDutchPostcode('1234AB').formatted).toBe('1234 AB');
    expect(parseDutchPostcode(' 3991ab ').formatted).toBe('3991 AB');
    expect(parseDutchPostcode('3991')).toEqual({ pc4: '3991', letters: null, formatted: '3991' });
  });

  it('rejects letters, a leading zero, a wrong length and unused letter pairs, naming the field', () => {
    for (const input of [
      'ABCD',
      '0123 AB',
      '123 AB',
      '12345',
      '3991 A',
      '3991 SS',
      '',
      '3991-AB',
    ]) {
      let error: unknown;
      try {
        parseDutchPostcode(input, 'input.postcode');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).violations).toEqual([
        { field: 'input.postcode', rule: POSTCODE_RULE },
      ]);
    }
  });

  it('answers whether a text is a postcode without throwing', () => {
    expect(isDutchPostcode('3991 AB')).toBe(true);
    expect(isDutchPostcode('ABCD')).toBe(false);
  });
});
