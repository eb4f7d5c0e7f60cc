import { createServer, Server } from 'node:http';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

export interface WorkerHealthDependencies {
  dataSource: DataSource;
  redis: Redis;
}

/** The worker's only HTTP surface: liveness and readiness for the orchestrator. */
export function startWorkerHealthServer(
  port: number,
  host: string,
  deps: WorkerHealthDependencies,
): Promise<Server> {
  const server = createServer(async (request, response) => {
    if (request.url === '/healthz') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (request.url === '/readyz') {
      const [postgres, redis] = await Promise.all([
        deps.dataSource.query('select 1').then(
          () => 'up',
          () => 'down',
        ),
        deps.redis.ping().then(
          (pong) => (pong === 'PONG' ? 'up' : 'down'),
          () => 'down',
        ),
      ]);
      const ok = postgres === 'up' && redis === 'up';
      response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          status: ok ? 'ok' : 'error',
          info: { postgres: { status: postgres }, redis: { status: redis } },
        }),
      );
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `WORKER_HEALTH_PORT ${port} on ${host} is already in use; set WORKER_HEALTH_PORT to another port`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => resolve(server));
  });
}
