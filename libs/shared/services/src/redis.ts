import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { findFreePort } from './ports';
import { isAlive, readPid, run, waitFor, waitForExit, whichSync } from './processes';
import type { ServiceLog, StartedService } from './service';

export interface RedisOptions {
  dataDir: string;
  /** A fixed port, e.g. to restart a server where its clients reconnect; a free one otherwise. */
  port?: number;
  ephemeral?: boolean;
  /** May the project install Debian's redis-server when it is missing (only as root)? */
  allowInstall?: boolean;
  log?: ServiceLog;
}

const INSTALL_HINT =
  'redis-server was not found. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`), ' +
  'or set REDIS_URL to a running Redis 7.';

function findRedisServer(): string | undefined {
  return (
    whichSync('redis-server') ??
    ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find((path) => existsSync(path))
  );
}

async function installRedis(log: ServiceLog): Promise<void> {
  log("installing Debian's redis-server (apt-get), once for this machine");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update', '-qq'], { env });
  if (update.code !== 0)
    throw new Error(`apt-get update failed: ${update.stderr}\n${INSTALL_HINT}`);
  const install = await run('apt-get', ['install', '-y', '-qq', 'redis-server'], { env });
  if (install.code !== 0)
    throw new Error(`apt-get install redis-server failed: ${install.stderr}\n${INSTALL_HINT}`);
}

export async function ensureRedisServerBinary(
  allowInstall: boolean,
  log: ServiceLog,
): Promise<string> {
  let binary = findRedisServer();
  if (binary) return binary;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!allowInstall || !isRoot || !whichSync('apt-get')) throw new Error(INSTALL_HINT);
  await installRedis(log);
  binary = findRedisServer();
  if (!binary) throw new Error(INSTALL_HINT);
  return binary;
}

export function pingRedis(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export async function startRedis(options: RedisOptions): Promise<StartedService> {
  const log = options.log ?? (() => undefined);
  const binary = await ensureRedisServerBinary(options.allowInstall ?? true, log);
  const { dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'redis.pid');
  const leftover = readPid(pidFile);
  if (leftover !== undefined && isAlive(leftover)) {
    log(`stopping a Redis left running from an earlier run (pid ${leftover})`);
    process.kill(leftover, 'SIGTERM');
    if (!(await waitForExit(leftover, 10_000))) process.kill(leftover, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });

  const port = options.port ?? (await findFreePort());
  const out = openSync(join(dataDir, 'redis.log'), 'a');
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dataDir,
    '--pidfile',
    pidFile,
    '--daemonize',
    'no',
    '--protected-mode',
    'yes',
    // Queues must survive a restart of a persistent install; throw-away test servers need no disk.
    '--appendonly',
    options.ephemeral ? 'no' : 'yes',
    '--save',
    options.ephemeral ? '' : '60 1000',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', out, out] });
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    await waitFor(
      () => {
        if (exited)
          throw new Error(`redis-server exited during start; see ${join(dataDir, 'redis.log')}`);
        return pingRedis(port);
      },
      15_000,
      'Redis',
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid ?? 0;
  log(`Redis listening on 127.0.0.1:${port} (pid ${pid})`);
  return {
    name: 'redis',
    url: `redis://127.0.0.1:${port}`,
    pid,
    async stop() {
      if (exited || !isAlive(pid)) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(pid, 10_000))) child.kill('SIGKILL');
      if (options.ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
