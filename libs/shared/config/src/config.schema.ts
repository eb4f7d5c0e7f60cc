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
    WORKER_CONCURRENCY: positiveInt(64).default(4),
    SHUTDOWN_TIMEOUT_MS: positiveInt(600_000).default(10_000),
    MEILI_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
    MEILI_API_KEY: z.string().min(1).optional(),
    GRAPHQL_SCHEMA_FILE: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.MEILI_URL && !env.MEILI_API_KEY && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_API_KEY'],
        message: 'is required in production when MEILI_URL is set',
      });
    }
  });

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
