import { isValidEmail, isValidKvkNumber, normalizeEmail, normalizePostcode } from './formats';

describe('identity formats', () => {
  it('accepts an ordinary email address and normalises its case', () => {
    expect(isValidEmail('Anna.de.Vries@Houten.nl')).toBe(true);
    expect(normalizeEmail('  Anna@Houten.NL ')).toBe('anna@houten.nl');
  });

  it.each(['anna', 'anna@', '@houten.nl', 'anna@houten', 'an na@houten.nl', 'a@b@houten.nl'])(
    'rejects the email %p',
    (email) => expect(isValidEmail(email)).toBe(false),
  );

  it('accepts a KvK number of exactly 8 digits only', () => {
    expect(isValidKvkNumber('30123456')).toBe(true);
    for (const wrong of ['3012345', '301234567', '3012345a', '30 123 456', ''])
      expect(isValidKvkNumber(wrong)).toBe(false);
  });

  it('normalises a Dutch postcode and refuses other forms', () => {
    expect(normalizePostcode('3995 ab')).toBe('3995AB');
    expect(normalizePostcode('3995AB')).toBe('3995AB');
    expect(normalizePostcode('0995AB')).toBeNull();
    expect(normalizePostcode('3995 SS')).toBeNull();
    expect(normalizePostcode('39951')).toBeNull();
  });
});
