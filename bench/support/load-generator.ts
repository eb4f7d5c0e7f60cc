import { readFileSync } from 'node:fs';
import autocannon = require('autocannon');

/**
 * The load generator, run as a process of its own (`node dist/bench/support/load-generator.js <config.json>`) so
 * its work is not counted against the API's event loop: autocannon keeps `connections` requests in flight for
 * `durationSeconds`, cycling through the given GraphQL requests. Prints one JSON line with throughput, exact
 * latency percentiles (from every response, not autocannon's histogram buckets) and error counts.
 */
export interface LoadRequest {
  name: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadConfig {
  url: string;
  durationSeconds: number;
  connections: number;
  requests: LoadRequest[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** HTTP status other than 2xx, connection errors and timeouts. */
  failed: number;
  /** 200 answers carrying GraphQL `errors`. */
  graphqlErrors: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number; // prettier-ignore
}

async function run(config: LoadConfig): Promise<LoadResult> {
  const times: number[] = [];
  let graphqlErrors = 0;
  const instance = autocannon({
    url: config.url,
    connections: config.connections,
    duration: config.durationSeconds,
    timeout: 30,
    requests: config.requests.map((request) => ({
      method: 'POST',
      headers: request.headers,
      body: request.body,
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await new Promise<{ duration: number; errors: number; timeouts: number; non2xx: number }>((resolve) => instance.on('done', resolve)); // prettier-ignore
  const sorted = Float64Array.from(times).sort();
  return {
    requests: times.length,
    seconds: result.duration,
    requestsPerSecond: times.length / result.duration,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      mean: times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length),
    },
    failed: result.non2xx + result.errors + result.timeouts,
    graphqlErrors,
  };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node load-generator.js <config.json>\n');
    process.exit(2);
  }
  run(JSON.parse(readFileSync(file, 'utf8')) as LoadConfig).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`load generator failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
