import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccessPolicy, PolicyEntry } from '@werkmatch/platform/access-control';
import { operationPolicies } from '../support/schema-policies';
import { startTestApp, TestApp } from '../support/test-app';
import { OPERATION_SAMPLES, OperationSample } from './operation-samples';
import { Actor, buildWorld, randomIp, World } from './role-matrix.world';

/** `invalid sample`: GraphQL refused the call before authorization ran, so it tells nothing; fix the sample. */
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'invalid sample';

/** What the declared policy says this actor must get, with the world's sample data. */
function expectedOutcome(policy: AccessPolicy, actor: Actor, sample: OperationSample): Outcome {
  if (policy.isPublic) return 'allowed';
  if (!actor.role) return 'UNAUTHENTICATED';
  const decision = policy.decide(actor.role);
  if (!decision.allowed) return 'FORBIDDEN';
  if (decision.unrestricted || sample.scopedToCaller) return 'allowed';
  // An "other" actor stands outside every relation of the sample data; the plain one inside.
  return actor.name.includes('(other ') ? 'FORBIDDEN' : 'allowed';
}

function outcomeOf(
  errors: { path?: unknown; extensions?: Record<string, unknown> }[] | undefined,
): Outcome {
  // Errors without a path come from parsing, validation or variable coercion, all before any resolver.
  if ((errors ?? []).some((error) => !error.path)) return 'invalid sample';
  const codes = (errors ?? []).map((error) => error.extensions?.['code']);
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  return 'allowed';
}

/** Calls that cannot change anything first; those that may (the allowed ones) last. */
function callOrder(policy: AccessPolicy, actors: Actor[], sample: OperationSample): Actor[] {
  const rank = (actor: Actor): number => {
    const expected = expectedOutcome(policy, actor, sample);
    return expected === 'allowed' ? 2 : actor.name.includes('(other ') ? 0 : 1;
  };
  return [...actors].sort((a, b) => rank(a) - rank(b));
}

interface Cell {
  operation: string;
  actor: string;
  expected: Outcome;
  actual: Outcome;
  detail: string;
}

describe('Role matrix: every operation as every role, as declared', () => {
  let api: TestApp;
  let world: World;
  let operations: PolicyEntry[];

  beforeAll(async () => {
    api = await startTestApp();
    world = await buildWorld(api);
    operations = operationPolicies(api.app).filter((entry) => entry.operation);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('has a sample call for every operation of the schema', () => {
    const missing = operations
      .map((entry) => `${entry.type}.${entry.field}`)
      .filter((name) => !OPERATION_SAMPLES[name]);
    expect(missing).toEqual([]);
  });

  it('has no sample for an operation the schema no longer has', () => {
    const names = new Set(operations.map((entry) => `${entry.type}.${entry.field}`));
    expect(Object.keys(OPERATION_SAMPLES).filter((name) => !names.has(name))).toEqual([]);
  });

  it('allows and denies each operation for each actor exactly as its policy declares', async () => {
    const cells: Cell[] = [];
    for (const entry of operations) {
      const name = `${entry.type}.${entry.field}`;
      const sample = OPERATION_SAMPLES[name];
      if (!sample || !entry.policy) continue;
      const policy = entry.policy;
      for (const actor of callOrder(policy, world.actors, sample)) {
        const call = await sample.call(world);
        const token = await actor.token(sample.endsSession);
        const response = await api.gql.request(call.query, call.variables ?? {}, {
          token,
          headers: { 'x-forwarded-for': randomIp() },
        });
        cells.push({
          operation: name,
          actor: actor.name,
          expected: expectedOutcome(policy, actor, sample),
          actual: outcomeOf(response.errors),
          detail:
            response.errors
              ?.map(
                (error) =>
                  `${String(error.extensions?.['code'])}: ${(error as { message: string }).message}`,
              )
              .join('; ') ?? 'ok',
        });
      }
    }
    writeMatrix(cells, world.actors);
    const wrong = cells
      .filter((cell) => cell.expected !== cell.actual)
      .map(
        (cell) =>
          `${cell.operation} as ${cell.actor}: expected ${cell.expected}, got ${cell.actual} (${cell.detail})`,
      );
    expect(wrong).toEqual([]);
    expect(cells.length).toBe(operations.length * world.actors.length);
  }, 120_000);
});

/** The observed matrix as Markdown in tmp/, for the README and for reading a failure. */
function writeMatrix(cells: Cell[], actors: Actor[]): void {
  const symbols: Record<Outcome, string> = {
    allowed: '✓',
    FORBIDDEN: '✗',
    UNAUTHENTICATED: '🔒',
    'invalid sample': '?',
  };
  const symbol = (outcome: Outcome): string => symbols[outcome];
  const byOperation = new Map<string, Cell[]>();
  for (const cell of cells)
    byOperation.set(cell.operation, [...(byOperation.get(cell.operation) ?? []), cell]);
  const lines = [
    `| operation | ${actors.map((actor) => actor.name).join(' | ')} |`,
    `| --- | ${actors.map(() => ':-:').join(' | ')} |`,
    ...[...byOperation.entries()].map(([operation, row]) => {
      const outcomes = actors.map((actor) => {
        const cell = row.find((candidate) => candidate.actor === actor.name);
        return cell ? symbol(cell.actual) : '';
      });
      return `| ${operation} | ${outcomes.join(' | ')} |`;
    }),
  ];
  const dir = join(__dirname, '..', '..', 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'role-matrix.md'), `${lines.join('\n')}\n`);
}
