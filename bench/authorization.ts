import 'reflect-metadata';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { buildSchema, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { Role } from '@werkmatch/identity/domain';
import type { Principal } from '@werkmatch/identity/domain';
import {
  AccessGuard,
  Allow,
  enforceRelation,
  enforceRole,
  measureOperation,
  Policy,
} from '@werkmatch/platform/access-control';
import { BenchRow, writeReport } from './support/report';

/**
 * The cost of authorization per request, without I/O: the global guard on a resolver call, the role check of a
 * sensitive field, the relational check a service makes, and the query-limits measurement of an operation.
 * Usage: node tools/run.mjs bench/authorization.ts
 */
const ITERATIONS = 200_000;

class SampleResolver {
  @Policy(Allow.roles(Role.COACH).where('caseload').or(Allow.roles(Role.ADMIN)))
  talentProfile(): null {
    return null;
  }

  @Policy(Allow.anyone())
  login(): null {
    return null;
  }
}

const admin: Principal = { userId: 'u-admin', role: Role.ADMIN, sessionId: 's1' };
const employer: Principal = {
  userId: 'u-employer',
  role: Role.EMPLOYER,
  organisationId: 'org-a',
  sessionId: 's2',
};

function contextFor(
  handler: (...args: unknown[]) => unknown,
  principal?: Principal,
): ExecutionContextHost {
  const host = new ExecutionContextHost(
    [{}, {}, { req: { principal, headers: {} } }, {}],
    SampleResolver,
    handler,
  );
  host.setType('graphql');
  return host;
}

function timeSync(label: string, work: () => void): number {
  for (let i = 0; i < 10_000; i++) work();
  const started = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) work();
  const micros = Number(process.hrtime.bigint() - started) / 1e3 / ITERATIONS;
  process.stdout.write(`${label}: ${micros.toFixed(3)} µs\n`);
  return micros;
}

async function timeAsync(label: string, work: () => Promise<void>): Promise<number> {
  for (let i = 0; i < 10_000; i++) await work();
  const started = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await work();
  const micros = Number(process.hrtime.bigint() - started) / 1e3 / ITERATIONS;
  process.stdout.write(`${label}: ${micros.toFixed(3)} µs\n`);
  return micros;
}

async function main(): Promise<void> {
  const guard = new AccessGuard();
  const prototype = SampleResolver.prototype as unknown as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const allowed = contextFor(prototype['talentProfile'] as never, admin);
  const denied = contextFor(prototype['talentProfile'] as never, employer);
  const anonymousPublic = contextFor(prototype['login'] as never);
  const policy = Allow.roles(Role.COACH).where('caseload').or(Allow.roles(Role.ADMIN));

  const baseline = timeSync('empty loop', () => undefined);
  const guardAllowed = timeSync('guard, role allowed', () => {
    guard.canActivate(allowed);
  });
  const guardPublic = timeSync('guard, public operation', () => {
    guard.canActivate(anonymousPublic);
  });
  const guardDenied = timeSync('guard, role denied (throws FORBIDDEN)', () => {
    try {
      guard.canActivate(denied);
    } catch {
      // expected
    }
  });
  const fieldCheck = timeSync('sensitive field role check', () =>
    enforceRole(policy, admin, 'field'),
  );
  const relation = await timeAsync('relational check in a service (organisation)', () =>
    enforceRelation(Allow.roles(Role.EMPLOYER).where('organisation'), employer, {
      organisationId: 'org-a',
    }),
  );

  const schema = buildSchema(`
    type Person { id: ID name: String skills(first: Int): [String!]! friends(first: Int): [Person!]! }
    type Query { me: Person people(first: Int): [Person!]! }`);
  const document = parse(
    `query($n: Int) { me { id name } people(first: $n) { id name skills(first: 5) friends(first: 3) { id name } } }`,
  );
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const limits = timeSync('query limits measurement (13 fields, 3 lists)', () => {
    measureOperation(schema, operation, fragments, { n: 20 });
  });

  const net = (value: number): number => Math.max(0, value - baseline);
  const rows: BenchRow[] = [
    {
      benchmark: 'authorization',
      metric: 'guard per resolver call, allowed',
      value: net(guardAllowed),
      unit: 'µs',
    },
    {
      benchmark: 'authorization',
      metric: 'guard per resolver call, public',
      value: net(guardPublic),
      unit: 'µs',
    },
    {
      benchmark: 'authorization',
      metric: 'guard per resolver call, denied (error thrown)',
      value: net(guardDenied),
      unit: 'µs',
    },
    {
      benchmark: 'authorization',
      metric: 'sensitive-field role check',
      value: net(fieldCheck),
      unit: 'µs',
    },
    {
      benchmark: 'authorization',
      metric: 'relational check (service)',
      value: net(relation),
      unit: 'µs',
    },
    {
      benchmark: 'authorization',
      metric: 'query limits per operation',
      value: net(limits),
      unit: 'µs',
    },
  ];
  writeReport('authorization', rows, { iterations: ITERATIONS });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
