import { createHmac } from 'node:crypto';
import { RefreshTokenEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { LOGIN_LIMITS } from '@werkmatch/identity/feature-api';
import { startTestApp, TestApp } from '../support/test-app';
import { createUser, dataSourceOf, LOGIN, login, PASSWORD, uniqueEmail } from './identity-fixtures';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id email role fullName } }`;
const ME = `{ me { id email role } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;

describe('registration and authentication', () => {
  let api: TestApp;

  beforeAll(async () => {
    // The per-address limit is tested from several addresses, as a proxy in front of the API reports them.
    api = await startTestApp({ env: { TRUST_PROXY_HOPS: '1' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('register', () => {
    it('creates a job seeker account that can log in and read itself', async () => {
      const email = uniqueEmail('seeker');
      const { register } = await api.gql.data<{
        register: { id: string; role: string; email: string };
      }>(REGISTER, {
        input: { email: email.toUpperCase(), password: PASSWORD, fullName: 'Anna de Vries' },
      });
      expect(register).toMatchObject({ role: 'JOB_SEEKER', email });
      const session = await login(api, email);
      const { me } = await api.gql.data<{ me: { id: string } }>(
        ME,
        {},
        { token: session.accessToken },
      );
      expect(me.id).toBe(register.id);
    });

    it('stores the password as an argon2id hash with the OWASP parameters', async () => {
      const email = uniqueEmail('hash');
      await api.gql.data(REGISTER, { input: { email, password: PASSWORD, fullName: 'Bram' } });
      const user = await dataSourceOf(api).getRepository(UserEntity).findOneByOrFail({ email });
      expect(user.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
      expect(user.passwordHash).not.toContain(PASSWORD);
    });

    it.each([
      [
        'an invalid email',
        { email: 'not-an-email' },
        'input.email',
        'must be a valid email address',
      ],
      [
        'a short password',
        { password: 'Kort-1234' },
        'input.password',
        'must be at least 12 characters',
      ],
      ['a common password', { password: 'password1234' }, 'input.password', 'is too common'],
      [
        'a keyboard-walk password',
        { password: 'qwertyuiop123' },
        'input.password',
        'is too common',
      ],
      ['an empty name', { fullName: '  ' }, 'input.fullName', 'must be 1 to 200 characters'],
    ])(
      'refuses %s, naming the field, and creates nothing',
      async (_what, override, field, rule) => {
        const input = {
          email: uniqueEmail('bad'),
          password: PASSWORD,
          fullName: 'Cas',
          ...override,
        };
        const response = await api.gql.request(REGISTER, { input });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(response.errors?.[0]?.message).toContain(rule);
        const count = await dataSourceOf(api)
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .where('lower(u.email) = lower(:email)', { email: input.email })
          .getCount();
        expect(count).toBe(0);
      },
    );

    it('refuses a second registration with the same email in another case', async () => {
      const email = uniqueEmail('dup');
      await api.gql.data(REGISTER, { input: { email, password: PASSWORD, fullName: 'Dirk' } });
      const response = await api.gql.request(REGISTER, {
        input: { email: email.toUpperCase(), password: PASSWORD, fullName: 'Dirk 2' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.email',
      });
      expect(await dataSourceOf(api).getRepository(UserEntity).countBy({ email })).toBe(1);
    });
  });

  describe('login and tokens', () => {
    it('gives the same answer for an unknown email and a wrong password', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const wrong = await api.gql.request(
        LOGIN,
        { input: { email: user.email, password: 'not-the-password-at-all' } },
        { headers: { 'x-forwarded-for': '10.1.0.1' } },
      );
      const unknown = await api.gql.request(
        LOGIN,
        { input: { email: uniqueEmail('nobody'), password: 'not-the-password-at-all' } },
        { headers: { 'x-forwarded-for': '10.1.0.2' } },
      );
      expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    });

    it('spends comparable time on an unknown email and a wrong password', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const time = async (email: string, ip: string) => {
        const started = process.hrtime.bigint();
        await api.gql.request(
          LOGIN,
          { input: { email, password: 'definitely-wrong-pass' } },
          { headers: { 'x-forwarded-for': ip } },
        );
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const wrong: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        wrong.push(await time(user.email, `10.2.${i}.1`));
        unknown.push(await time(uniqueEmail('ghost'), `10.2.${i}.2`));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] as number;
      // Both run one argon2 verification; without the dummy hash an unknown email answers many times faster.
      expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
    });

    it('answers UNAUTHENTICATED, not an internal error, for an invalid or expired access token', async () => {
      for (const token of ['garbage', 'a.b.c', expiredToken(api.config.AUTH_TOKEN_SECRET)]) {
        const response = await api.gql.request(ME, {}, { token });
        expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      }
    });

    it('rotates the refresh token on every use', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const first = await login(api, user.email);
      const { refreshToken: second } = await api.gql.data<{
        refreshToken: { accessToken: string; refreshToken: string };
      }>(REFRESH, { t: first.refreshToken });
      expect(second.refreshToken).not.toBe(first.refreshToken);
      const { me } = await api.gql.data<{ me: { id: string } }>(
        ME,
        {},
        { token: second.accessToken },
      );
      expect(me.id).toBe(user.id);
      const third = await api.gql.data<{ refreshToken: { refreshToken: string } }>(REFRESH, {
        t: second.refreshToken,
      });
      expect(third.refreshToken.refreshToken).not.toBe(second.refreshToken);
    });

    it('stores refresh tokens only as SHA-256 hashes', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const session = await login(api, user.email);
      const rows = await dataSourceOf(api)
        .getRepository(RefreshTokenEntity)
        .findBy({ userId: user.id });
      expect(rows).toHaveLength(1);
      expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(rows)).not.toContain(session.refreshToken);
    });

    it('revokes the whole session when a used refresh token comes back', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const first = await login(api, user.email);
      const rotated = await api.gql.data<{
        refreshToken: { accessToken: string; refreshToken: string };
      }>(REFRESH, {
        t: first.refreshToken,
      });
      const replay = await api.gql.request(REFRESH, { t: first.refreshToken });
      expect(replay.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      // The thief's replay also kills the legitimate holder's newer tokens.
      const next = await api.gql.request(REFRESH, { t: rotated.refreshToken.refreshToken });
      expect(next.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      const me = await api.gql.request(ME, {}, { token: rotated.refreshToken.accessToken });
      expect(me.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('logs out: the refresh token and the access token stop working at once', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const session = await login(api, user.email);
      const other = await login(api, user.email);
      const { logout } = await api.gql.data<{ logout: boolean }>(
        'mutation { logout }',
        {},
        { token: session.accessToken },
      );
      expect(logout).toBe(true);
      expect(
        (await api.gql.request(ME, {}, { token: session.accessToken })).errors?.[0]?.extensions?.[
          'code'
        ],
      ).toBe('UNAUTHENTICATED');
      expect(
        (await api.gql.request(REFRESH, { t: session.refreshToken })).errors?.[0]?.extensions?.[
          'code'
        ],
      ).toBe('UNAUTHENTICATED');
      // Another device's session is untouched.
      expect(
        (await api.gql.data<{ me: { id: string } }>(ME, {}, { token: other.accessToken })).me.id,
      ).toBe(user.id);
    });

    it('refuses me without a token', async () => {
      const response = await api.gql.request(ME);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('login rate limits', () => {
    it('locks an account after 5 failures within the window, even for the right password, with a retry time', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      for (let i = 0; i < LOGIN_LIMITS.perAccount.maxFailures; i++) {
        const response = await api.gql.request(
          LOGIN,
          { input: { email: user.email, password: 'wrong-password-guess' } },
          { headers: { 'x-forwarded-for': `10.3.0.${i + 1}` } },
        );
        expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      }
      const locked = await api.gql.request(
        LOGIN,
        { input: { email: user.email, password: PASSWORD } },
        { headers: { 'x-forwarded-for': '10.3.1.1' } },
      );
      expect(locked.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
      const seconds = Number(
        /try again in (\d+) seconds/.exec(locked.errors?.[0]?.message ?? '')?.[1],
      );
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(LOGIN_LIMITS.perAccount.windowSeconds);
    });

    it('resets the account counter on a successful login', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const fail = () =>
        api.gql.request(
          LOGIN,
          { input: { email: user.email, password: 'wrong-password-guess' } },
          {
            headers: { 'x-forwarded-for': '10.4.0.1' },
          },
        );
      for (let i = 0; i < LOGIN_LIMITS.perAccount.maxFailures - 1; i++) await fail();
      await login(api, user.email, PASSWORD, '10.4.0.1');
      for (let i = 0; i < LOGIN_LIMITS.perAccount.maxFailures - 1; i++) await fail();
      await expect(login(api, user.email, PASSWORD, '10.4.0.1')).resolves.toHaveProperty(
        'accessToken',
      );
    });

    it('limits failures per address across many accounts', async () => {
      const ip = '10.5.0.1';
      for (let i = 0; i < LOGIN_LIMITS.perIp.maxFailures; i++) {
        await api.gql.request(
          LOGIN,
          { input: { email: uniqueEmail('spray'), password: 'wrong-password-guess' } },
          { headers: { 'x-forwarded-for': ip } },
        );
      }
      const user = await createUser(api, Role.JOB_SEEKER);
      const blocked = await api.gql.request(
        LOGIN,
        { input: { email: user.email, password: PASSWORD } },
        { headers: { 'x-forwarded-for': ip } },
      );
      expect(blocked.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
      // The same account from another address is not affected.
      await expect(login(api, user.email, PASSWORD, '10.5.0.2')).resolves.toHaveProperty(
        'accessToken',
      );
    }, 60_000);
  });
});

/** A token signed with the development secret that expired an hour ago. */
function expiredToken(secret: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = Buffer.from(
    JSON.stringify({
      sub: '00000000-0000-0000-0000-000000000000',
      role: 'ADMIN',
      sid: 'x',
      iss: 'werkmatch',
      aud: 'werkmatch-api',
      iat: now - 7200,
      exp: now - 3600,
    }),
  ).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
