import { passwordViolation } from './password-policy';

describe('passwordViolation', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(passwordViolation('fiets-over-de-lek-naar-houten')).toBeNull();
  });

  it('rejects a password shorter than 12 characters', () => {
    expect(passwordViolation('Xk3!pq9-Lm')).toBe('must be at least 12 characters');
  });

  it('accepts 64 characters and rejects more than 128', () => {
    expect(passwordViolation('k7'.repeat(32))).toBeNull();
    expect(passwordViolation('k7'.repeat(65))).toBe('must be at most 128 characters');
  });

  it.each(['password1234', 'qwertyuiop123', 'Password1234', 'wachtwoord2024!', '123456789012'])(
    'rejects the common password %p',
    (password) => expect(passwordViolation(password)).toMatch(/too common/),
  );

  it('rejects a single repeated character', () => {
    expect(passwordViolation('zzzzzzzzzzzzzzzz')).toMatch(/too common/);
  });
});
