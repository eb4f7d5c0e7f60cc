import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const positiveInt = (max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`);

const postgresUrl = z
  .string({ message: 'is required (e.g. postgres://user:pass@host:5432/werkmatch)' })
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL');

const redisUrl = z
  .string({ message: 'is required (e.g. redis://host:6379)' })
  .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL');

const rolesSchema = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.enum(['api', 'worker'], { message: 'each role must be api or worker' }))
      .min(1, 'names at least one role'),
  );

/**
 * Signs access tokens when AUTH_TOKEN_SECRET is unset outside production. It is in the source code, so anyone
 * can forge tokens with it: production refuses to start without a secret of its own.
 */
export const DEVELOPMENT_AUTH_TOKEN_SECRET = 'werkmatch-development-only-secret-not-for-production';

/**
 * Every environment variable the apps read, with its rule. Documented in the README's configuration table;
 * `docker/compose.yml` is checked against the required ones by a test.
 */
export const envSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'test', 'production'], {
        message: 'must be development, test or production',
      })
      .default('development'),
    ROLES: rolesSchema.default(['api']),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    WORKER_HEALTH_PORT: port.default(3001),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be a pino level (fatal, error, warn, info, debug, trace, silent)',
      })
      .default('info'),
    LOG_PRETTY: booleanFromString.default(false),
    DATABASE_URL: postgresUrl,
    DATABASE_POOL_SIZE: positiveInt(200).default(10),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')
      .default('werkmatch'),
    // Proxies in front of the API whose X-Forwarded-For may be believed; 0 trusts none, so a client cannot pick its own IP.
    TRUST_PROXY_HOPS: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .max(10, 'must be at most 10')
      .default(0),
    WORKER_CONCURRENCY: positiveInt(64).default(4),
    // Match computations load thousands of rows and score them on the event loop: more of them at once only slows
    // every other queue of the process (index sync, notifications) while adding little; scale with processes.
    MATCHING_CONCURRENCY: positiveInt(64).default(1),
    SHUTDOWN_TIMEOUT_MS: positiveInt(600_000).default(10_000),
    MEILI_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
    MEILI_API_KEY: z.string().min(1).optional(),
    // OWASP GraphQL limits: refused with QUERY_TOO_COMPLEX before anything runs.
    GRAPHQL_MAX_DEPTH: positiveInt(100).default(10),
    GRAPHQL_MAX_COST: positiveInt(1_000_000).default(1000),
    GRAPHQL_MAX_ALIASES: positiveInt(1000).default(15),
    // No default here: a missing secret must fail in production (superRefine); outside it the dev default applies.
    AUTH_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: positiveInt(86_400).default(900),
    REFRESH_TOKEN_TTL_DAYS: positiveInt(365).default(30),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Werkmatch <no-reply@werkmatch.localhost>'),
    PUBLIC_APP_URL: z
      .url({ message: 'must be an http(s) URL' })
      .default('http://localhost:3000')
      .transform((url) => url.replace(/\/+$/, '')),
  })
  .superRefine((env, ctx) => {
    if (env.MEILI_URL && !env.MEILI_API_KEY && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_API_KEY'],
        message: 'is required in production when MEILI_URL is set',
      });
    }
    if (!env.AUTH_TOKEN_SECRET && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_TOKEN_SECRET'],
        message: 'is required in production (at least 32 random characters)',
      });
    }
    if (env.AUTH_TOKEN_SECRET?.includes('change-me') && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_TOKEN_SECRET'],
        message: 'still holds the placeholder of docker/.env.example; set a random secret',
      });
    }
    if (env.AUTH_TOKEN_SECRET === DEVELOPMENT_AUTH_TOKEN_SECRET && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_TOKEN_SECRET'],
        message: 'must not be the published development default in production',
      });
    }
  })
  .transform((env) => ({
    ...env,
    AUTH_TOKEN_SECRET: env.AUTH_TOKEN_SECRET ?? DEVELOPMENT_AUTH_TOKEN_SECRET,
  }));

export type AppConfig = z.output<typeof envSchema>;

/** The names of the variables a deployment must set: the schema's keys without a default or optional marker. */
export function requiredEnvVariables(): string[] {
  const shape = (envSchema as unknown as { _def: { in?: { shape: Record<string, z.ZodType> } } })
    ._def.in?.shape;
  const inner = shape ?? (envSchema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(inner)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([name]) => name);
}

/** Every variable name the schema reads: lets a deployment check refuse names the apps would silently ignore. */
export function knownEnvVariables(): string[] {
  // The object sits under however many refine/transform pipes wrap it; follow `in` until the shape appears.
  let schema = envSchema as unknown as {
    shape?: Record<string, unknown>;
    _def: { in?: unknown };
  };
  while (!schema.shape && schema._def.in) schema = schema._def.in as typeof schema;
  return Object.keys(schema.shape ?? {});
}
