import { BenchRow, percentile } from './report';

/** Round-trip latencies of one phase of a save benchmark, sorted, with its failures and duration. */
export interface SavePhase {
  latencies: number[];
  failures: number;
  elapsedS: number;
}

/**
 * Every client repeats `save` until the deadline, all in parallel; the latency of each HTTP round trip is kept.
 * `save` gets a running number (to vary the form) and answers whether the save succeeded.
 */
export async function runSavePhase<C>(
  clients: readonly C[],
  durationMs: number,
  save: (client: C, n: number) => Promise<boolean>,
): Promise<SavePhase> {
  const latencies: number[] = [];
  let failures = 0;
  let n = 0;
  const started = Date.now();
  const deadline = started + durationMs;
  await Promise.all(
    clients.map(async (client) => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        const ok = await save(client, ++n);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (!ok) failures++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { latencies, failures, elapsedS: (Date.now() - started) / 1000 };
}

/** The report rows of a phase: count, throughput, p50, p95 against its target, p99 and failures. */
export function savePhaseRows(name: string, phase: SavePhase, targetP95Ms: number): BenchRow[] {
  const p95 = percentile(phase.latencies, 95);
  return [
    { benchmark: name, metric: 'saves', value: phase.latencies.length, unit: '' },
    {
      benchmark: name,
      metric: 'throughput',
      value: phase.latencies.length / phase.elapsedS,
      unit: 'saves/s',
    },
    { benchmark: name, metric: 'p50', value: percentile(phase.latencies, 50), unit: 'ms' },
    {
      benchmark: name,
      metric: 'p95',
      value: p95,
      unit: 'ms',
      target: `< ${targetP95Ms} ms`,
      meetsTarget: p95 < targetP95Ms,
    },
    { benchmark: name, metric: 'p99', value: percentile(phase.latencies, 99), unit: 'ms' },
    { benchmark: name, metric: 'failed saves', value: phase.failures, unit: '' },
  ];
}
