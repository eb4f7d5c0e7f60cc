import { ConfigError, loadConfig, requiredEnvVariables } from './index';

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
});
