import { ConfigError, loadConfig, requiredEnvVariables } from './index';
import { DEVELOPMENT_AUTH_TOKEN_SECRET } from './config.schema';

const valid = {
  DATABASE_URL: 'postgres://u@localhost:5432/werkmatch',
  REDIS_URL: 'redis://localhost:6379',
};

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.ROLES).toEqual(['api']);
    expect(config.NODE_ENV).toBe('development');
  });

  it('names every missing or invalid variable with its rule', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: '99999', ROLES: 'api,cron' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain('DATABASE_URL: is required');
    expect(message).toContain('REDIS_URL: is required');
    expect(message).toContain('PORT: must be between 1 and 65535');
    expect(message).toContain('ROLES');
    expect((caught as ConfigError).problems).toHaveLength(4);
  });

  it('rejects a database URL of another scheme', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(
      'DATABASE_URL: must be a postgres:// URL',
    );
  });

  it('parses both roles for a single-process install', () => {
    expect(loadConfig({ ...valid, ROLES: 'api, worker' }).ROLES).toEqual(['api', 'worker']);
  });

  it('lists the variables without a default as required', () => {
    expect(requiredEnvVariables().sort()).toEqual(['DATABASE_URL', 'REDIS_URL']);
  });

  it('signs tokens with the named development default outside production', () => {
    const config = loadConfig(valid);
    expect(config.AUTH_TOKEN_SECRET).toBe(DEVELOPMENT_AUTH_TOKEN_SECRET);
    expect(config.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(config.REFRESH_TOKEN_TTL_DAYS).toBe(30);
    expect(config.PUBLIC_APP_URL).toBe('http://localhost:3000');
  });

  it('requires an auth token secret of its own in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(
      'AUTH_TOKEN_SECRET: is required in production',
    );
    expect(() =>
      loadConfig({
        ...valid,
        NODE_ENV: 'production',
        AUTH_TOKEN_SECRET: DEVELOPMENT_AUTH_TOKEN_SECRET,
      }),
    ).toThrow('AUTH_TOKEN_SECRET: must not be the published development default');
    const secret = 'x'.repeat(40);
    expect(
      loadConfig({ ...valid, NODE_ENV: 'production', AUTH_TOKEN_SECRET: secret }).AUTH_TOKEN_SECRET,
    ).toBe(secret);
  });

  it('rejects an auth token secret shorter than 32 characters', () => {
    expect(() => loadConfig({ ...valid, AUTH_TOKEN_SECRET: 'short' })).toThrow(
      'AUTH_TOKEN_SECRET: must be at least 32 characters',
    );
  });
});
