// No Docker engine runs where the tests run, so docker/ is checked by reading it: compose.yml against the
// config schema, and the Dockerfile's entry points against what `node tools/build.mjs` really produces.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  envSchema,
  knownEnvVariables,
  loadConfig,
  requiredEnvVariables,
} from '@werkmatch/shared/config';

const root = resolve(__dirname, '..', '..');
const dockerDir = join(root, 'docker');
const APP_SERVICES = ['migrate', 'api', 'worker'] as const;
const ENTRY_POINTS = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  migrate: 'dist/tools/db/migrate.js',
};

type Env = Record<string, string>;

interface ComposeService {
  image?: string;
  command?: string[] | string;
  restart?: string;
  env_file?: string | Array<string | { path: string }>;
  environment?: Record<string, string | number | boolean | null> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  depends_on?: Record<string, { condition?: string }> | string[];
  stop_grace_period?: string;
  volumes?: string[];
}

/** KEY=value lines as Compose reads them; `# KEY=value` lines are documented-but-unset variables. */
function parseEnvFile(text: string): { values: Env; documented: Set<string> } {
  const values: Env = {};
  const documented = new Set<string>();
  for (const line of text.split('\n')) {
    const set = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (set) {
      values[set[1]] = set[2].trim().replace(/^(['"])(.*)\1$/, '$2');
      documented.add(set[1]);
      continue;
    }
    const commented = /^\s*#\s*([A-Z_][A-Z0-9_]*)=/.exec(line);
    if (commented) documented.add(commented[1]);
  }
  return { values, documented };
}

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message}, $VAR, $$. */
function interpolate(value: string, vars: Env): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced?: string, operator?: string, argument?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare) as string;
      const current = vars[name];
      const missing = operator?.startsWith(':') ? !current : current === undefined;
      if (!missing) return current;
      if (operator?.endsWith('?'))
        throw new Error(`${name} is unset: ${argument} (add it to docker/.env.example)`);
      if (operator?.endsWith('-')) return argument ?? '';
      return '';
    },
  );
}

function interpolateAll(node: unknown, vars: Env): unknown {
  if (typeof node === 'string') return interpolate(node, vars);
  if (Array.isArray(node)) return node.map((item) => interpolateAll(item, vars));
  if (node && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, interpolateAll(value, vars)]),
    );
  return node;
}

function interpolatedNames(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]));
}

const composeText = readFileSync(join(dockerDir, 'compose.yml'), 'utf8');
const exampleText = readFileSync(join(dockerDir, '.env.example'), 'utf8');
const untouchedExample = parseEnvFile(exampleText);

/** The deployer's docker/.env: the example with every `change-me` placeholder replaced, as its comments instruct. */
function deployerCopy(values: Env): Env {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      value.replace(/change-me[\w-]*/g, 'deployed0123456789abcdef0123456789abcdef'),
    ]),
  );
}

const example = { ...untouchedExample, values: deployerCopy(untouchedExample.values) };
// docker/.env is the deployer's copy of the example: the example stands in for it here.
const compose = interpolateAll(parse(composeText, { merge: true }), example.values) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;

function envFilePaths(service: ComposeService): string[] {
  const entries = service.env_file === undefined ? [] : [service.env_file].flat();
  return entries.map((entry) => (typeof entry === 'string' ? entry : entry.path));
}

/** What the container's process.env would hold: env_file entries first, `environment:` on top. */
function effectiveEnvironment(name: string): Env {
  const service = services[name];
  const env: Env = {};
  for (const path of envFilePaths(service)) {
    const file = path === '.env' ? '.env.example' : path;
    const values = parseEnvFile(readFileSync(join(dockerDir, file), 'utf8')).values;
    Object.assign(env, path === '.env' ? deployerCopy(values) : values);
  }
  const environment = service.environment ?? {};
  const pairs: Array<[string, unknown]> = Array.isArray(environment)
    ? environment.map((entry) => {
        const [key, ...rest] = entry.split('=');
        return [key, rest.length ? rest.join('=') : null];
      })
    : Object.entries(environment);
  for (const [key, value] of pairs) {
    // A name without a value is passed through from Compose's own environment (docker/.env here).
    const resolved = value === null ? example.values[key] : String(value);
    if (resolved !== undefined) env[key] = resolved;
  }
  return env;
}

function commandOf(service: ComposeService): string[] {
  return typeof service.command === 'string'
    ? service.command.split(/\s+/)
    : (service.command ?? []);
}

function entryScript(args: string[]): string | undefined {
  return args.find((arg) => arg.endsWith('.js'));
}

function parseDurationMs(duration: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const [, amount, unit] of duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
    total += Number(amount) * units[unit];
  return total;
}

/** The Dockerfile's instructions, continuation lines joined, ARG defaults substituted. */
function dockerfileInstructions(): Array<{ keyword: string; args: string; stage: number }> {
  const text = readFileSync(join(dockerDir, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const args: Env = {};
  const instructions: Array<{ keyword: string; args: string; stage: number }> = [];
  let stage = -1;
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, keyword, rest] = match;
    if (keyword === 'ARG') {
      const [name, value] = rest.split('=');
      if (value !== undefined) args[name.trim()] = value.trim();
    }
    if (keyword === 'FROM') stage += 1;
    instructions.push({ keyword, args: interpolate(rest, args), stage });
  }
  return instructions;
}

describe('docker/compose.yml and the config schema', () => {
  it.each(APP_SERVICES)('sets every variable the schema requires for %s', (name) => {
    const env = effectiveEnvironment(name);
    const missing = requiredEnvVariables().filter((variable) => !env[variable]);
    expect(requiredEnvVariables()).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL']));
    expect(missing).toEqual([]);
  });

  it.each(APP_SERVICES)('passes %s no variable that the apps do not read', (name) => {
    // Deployment-only variables (passwords, image, published port) reach the containers through
    // env_file too; they are allowed only when compose.yml really uses them.
    const usedByCompose = interpolatedNames(composeText);
    const known = new Set(knownEnvVariables());
    const unknown = Object.keys(effectiveEnvironment(name)).filter(
      (variable) => !known.has(variable) && !usedByCompose.has(variable),
    );
    expect(known.size).toBeGreaterThan(10);
    expect(unknown).toEqual([]);
  });

  it('documents every schema variable in .env.example or sets it in compose.yml', () => {
    const setByCompose = new Set(
      APP_SERVICES.flatMap((name) => Object.keys(services[name].environment ?? {})),
    );
    const undocumented = knownEnvVariables().filter(
      (variable) => !example.documented.has(variable) && !setByCompose.has(variable),
    );
    expect(undocumented).toEqual([]);
  });

  it('defines in .env.example every variable compose.yml interpolates', () => {
    const undefinedNames = [...interpolatedNames(composeText)].filter(
      (name) => example.values[name] === undefined,
    );
    expect(undefinedNames).toEqual([]);
  });

  it.each(APP_SERVICES)('gives %s a production configuration that loadConfig accepts', (name) => {
    const env = effectiveEnvironment(name);
    const config = loadConfig(env);
    expect(config.NODE_ENV).toBe('production');
    expect(config.LOG_PRETTY).toBe(false);
    expect(envSchema.safeParse(env).success).toBe(true);
  });

  it('refuses to start in production with the placeholder secret of the example left in', () => {
    const env = {
      ...effectiveEnvironment('api'),
      AUTH_TOKEN_SECRET: untouchedExample.values['AUTH_TOKEN_SECRET'] ?? '',
    };
    expect(() => loadConfig(env)).toThrow('AUTH_TOKEN_SECRET: still holds the placeholder');
  });

  it.each(['api', 'worker'])('runs %s in production mode listening on every interface', (name) => {
    const env = effectiveEnvironment(name);
    expect(env.NODE_ENV).toBe('production');
    expect(env.HOST).toBe('0.0.0.0');
    // pino-pretty is a devDependency: pruned from the image, so pretty logs would crash the process.
    expect(env.LOG_PRETTY).toBe('false');
  });

  it('runs the api role in the api service and the worker entry point in the worker service', () => {
    const api = loadConfig(effectiveEnvironment('api'));
    expect(api.ROLES).toContain('api');
    expect(entryScript(commandOf(services.api))).toBe(ENTRY_POINTS.api);
    expect(entryScript(commandOf(services.worker))).toBe(ENTRY_POINTS.worker);
    expect(entryScript(commandOf(services.migrate))).toBe(ENTRY_POINTS.migrate);
  });

  it('starts api and worker only after a successful migration and healthy services', () => {
    for (const name of ['api', 'worker']) {
      const dependsOn = services[name].depends_on as Record<string, { condition?: string }>;
      expect(dependsOn.migrate?.condition).toBe('service_completed_successfully');
      expect(dependsOn.postgres?.condition).toBe('service_healthy');
      expect(dependsOn.redis?.condition).toBe('service_healthy');
    }
    expect(services.migrate.restart).toBe('no');
    expect(services.migrate.image).toBe(services.api.image);
    expect(services.worker.image).toBe(services.api.image);
  });

  it('pins every image to a version', () => {
    for (const [name, service] of Object.entries(services)) {
      const image = service.image ?? '';
      const tag = /:([^/:]+)$/.exec(image)?.[1];
      expect({ name, tag }).toEqual({ name, tag: expect.any(String) });
      expect({ name, tag }).not.toEqual({ name, tag: 'latest' });
    }
    expect(services.postgres.image).toMatch(/^postgres:16[.-]/);
    expect(services.redis.image).toMatch(/^redis:7[.-]/);
    expect(services.meilisearch.image).toMatch(/^getmeili\/meilisearch:v1\.\d+/);
  });

  it('health-checks every long-running service', () => {
    const longRunning = Object.entries(services).filter(([, service]) => service.restart !== 'no');
    expect(longRunning.map(([name]) => name).sort()).toEqual(
      ['api', 'meilisearch', 'postgres', 'redis', 'worker'].sort(),
    );
    for (const [name, service] of longRunning) {
      const test = [service.healthcheck?.test ?? []].flat().join(' ');
      expect({ name, disabled: service.healthcheck?.disable ?? false }).toEqual({
        name,
        disabled: false,
      });
      expect({ name, test }).toEqual({ name, test: expect.stringMatching(/\S/) });
    }
  });

  it('probes /readyz on the ports the api and worker listen on', () => {
    const api = loadConfig(effectiveEnvironment('api'));
    const worker = loadConfig(effectiveEnvironment('worker'));
    const probe = (name: string) => [services[name].healthcheck?.test ?? []].flat().join(' ');
    expect(probe('api')).toContain(`:${api.PORT}/readyz`);
    expect(probe('worker')).toContain(`:${worker.WORKER_HEALTH_PORT}/readyz`);
  });

  it('gives api and worker longer to stop than their own shutdown timeout', () => {
    for (const name of ['api', 'worker']) {
      const config = loadConfig(effectiveEnvironment(name));
      const grace = parseDurationMs(services[name].stop_grace_period ?? '10s');
      expect(grace).toBeGreaterThan(config.SHUTDOWN_TIMEOUT_MS);
    }
  });

  it('keeps postgres, redis and meilisearch data in named volumes', () => {
    const named = Object.keys(compose.volumes ?? {});
    for (const [name, target] of [
      ['postgres', '/var/lib/postgresql/data'],
      ['redis', '/data'],
      ['meilisearch', '/meili_data'],
    ]) {
      const volume = (services[name].volumes ?? []).find((entry) => entry.endsWith(`:${target}`));
      expect({ name, source: volume?.split(':')[0] }).toEqual({
        name,
        source: expect.stringMatching(new RegExp(`^(${named.join('|')})$`)),
      });
    }
  });
});

describe('docker/Dockerfile and the build output', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'tools', 'build.mjs')], {
      cwd: root,
      stdio: 'pipe',
    });
  }, 120_000);

  const instructions = dockerfileInstructions();
  const runtimeStage = Math.max(...instructions.map((instruction) => instruction.stage));
  const runtime = instructions.filter((instruction) => instruction.stage === runtimeStage);

  it('builds on a pinned Node 20 slim image in every stage', () => {
    const bases = instructions
      .filter((instruction) => instruction.keyword === 'FROM')
      .map((instruction) => instruction.args.split(/\s+/)[0]);
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const base of bases) expect(base).toMatch(/^node:20\.\d+(\.\d+)?-bookworm-slim$/);
  });

  it('copies every workspace package.json before installing dependencies', () => {
    const workspaces = readdirSync(join(root, 'apps')).filter((dir) =>
      existsSync(join(root, 'apps', dir, 'package.json')),
    );
    const installAt = instructions.findIndex((instruction) =>
      /npm (install|ci)\b/.test(instruction.args),
    );
    const copiedBefore = instructions
      .slice(0, installAt)
      .filter((instruction) => instruction.keyword === 'COPY')
      .map((instruction) => instruction.args)
      .join('\n');
    expect(installAt).toBeGreaterThan(0);
    for (const dir of workspaces) expect(copiedBefore).toContain(`apps/${dir}/package.json`);
  });

  it('starts the api by default from a file the build produces, under tini, as a non-root user', () => {
    const cmd = runtime.find((instruction) => instruction.keyword === 'CMD');
    const entrypoint = runtime.find((instruction) => instruction.keyword === 'ENTRYPOINT');
    const user = runtime.filter((instruction) => instruction.keyword === 'USER').pop();
    const script = entryScript(JSON.parse(cmd?.args ?? '[]') as string[]);
    expect(script).toBe(ENTRY_POINTS.api);
    expect(existsSync(join(root, script ?? 'missing'))).toBe(true);
    expect(entrypoint?.args).toMatch(/tini/);
    expect(user?.args.trim()).toMatch(/^(?!root$|0$)\S+$/);
    const env = runtime
      .filter((instruction) => instruction.keyword === 'ENV')
      .map((instruction) => instruction.args)
      .join(' ');
    expect(env).toMatch(/NODE_ENV=production/);
    expect(runtime.find((instruction) => instruction.keyword === 'EXPOSE')?.args).toMatch(
      /3000.*3001/,
    );
  });

  it.each(APP_SERVICES)('runs %s from a file that the build produces', (name) => {
    const script = entryScript(commandOf(services[name]));
    expect(script).toBe(ENTRY_POINTS[name]);
    expect(existsSync(join(root, script ?? 'missing'))).toBe(true);
  });

  it('needs only production dependencies at run time, so `npm prune --omit=dev` cannot break it', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const builtins = new Set(builtinModules);
    const seen = new Set<string>();
    const packages = new Map<string, string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/require\(["']([^"']+)["']\)/g)) {
        if (specifier.startsWith('.')) {
          const base = resolve(dirname(file), specifier);
          const target = [base, `${base}.js`, join(base, 'index.js')].find(
            (candidate) => existsSync(candidate) && candidate.endsWith('.js'),
          );
          if (target) visit(target);
          continue;
        }
        if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])) continue;
        const parts = specifier.split('/');
        const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
        if (!packages.has(name)) packages.set(name, file.slice(root.length + 1));
      }
    };
    for (const entry of Object.values(ENTRY_POINTS)) visit(join(root, entry));
    const devOnly = [...packages].filter(([name]) => !(name in pkg.dependencies));
    expect(packages.has('@nestjs/core')).toBe(true);
    expect(devOnly).toEqual([]);
  });
});
