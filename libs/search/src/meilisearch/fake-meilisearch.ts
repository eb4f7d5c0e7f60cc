import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A stand-in for a Meilisearch server in unit tests of the adapter, since no server can run on the development
 * machines: it answers the routes the adapter uses the way Meilisearch v1 does (enqueued tasks, task polling,
 * settings read back in Meilisearch's own normalised form, error bodies), and records every request. What the
 * adapter sends is checked against it; whether Meilisearch then finds the right documents is the contract suite's
 * job against a real server (MEILI_URL).
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export type TaskOutcome =
  | { status: 'succeeded' }
  | { status: 'failed'; code: string; message: string }
  | { status: 'processing' };

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  outcome: TaskOutcome;
  apply: () => void;
}

// What Meilisearch adds to settings it returns, beyond what was set (a few of its defaults).
const RETURNED_DEFAULTS = {
  typoTolerance: { disableOnWords: [], disableOnAttributes: [], disableOnNumbers: false },
  faceting: { sortFacetValuesBy: { '*': 'alpha' } },
  proximityPrecision: 'byWord',
  separatorTokens: [],
};

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<string, { settings: Record<string, unknown>; documents: number }>();
  version = '1.15.2';
  /** Decides the outcome of the next task of a type (then back to success). */
  readonly nextOutcome = new Map<string, TaskOutcome>();
  searchResponse: (body: Record<string, unknown>) => Record<string, unknown> = () => ({
    hits: [],
    totalHits: 0,
  });
  private readonly tasks = new Map<number, FakeTask>();
  private server: Server | null = null;
  private taskUid = 0;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = request.method ?? 'GET';
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body });
    const send = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const [, first, uid, sub, subsub] = url.pathname.split('/');

    if (method === 'GET' && first === 'version')
      return send(200, { pkgVersion: this.version, commitSha: 'fake', commitDate: 'fake' });
    if (method === 'GET' && first === 'tasks' && uid) return send(200, this.taskView(Number(uid)));
    if (method === 'POST' && first === 'swap-indexes') {
      const swaps = body as { indexes: [string, string]; rename?: boolean }[];
      if (!this.atLeast(1, 18) && swaps.some((swap) => 'rename' in swap))
        return send(
          400,
          this.error('bad_request', 'Unknown field `rename`: expected one of `indexes`'),
        );
      return send(
        202,
        this.enqueue(null, 'indexSwap', () => {
          for (const {
            indexes: [a, b],
          } of swaps) {
            const left = this.indexes.get(a);
            const right = this.indexes.get(b);
            if (right) this.indexes.set(a, right);
            if (left) this.indexes.set(b, left);
          }
        }),
      );
    }
    if (method === 'POST' && first === 'multi-search') {
      const queries = (body as { queries: Record<string, unknown>[] }).queries;
      return send(200, {
        results: queries.map((q) => ({ indexUid: q['indexUid'], ...this.searchResponse(q) })),
      });
    }
    if (first !== 'indexes') return send(404, this.error('not_found', 'no such route'));

    if (method === 'POST' && !uid) {
      const { uid: created } = body as { uid: string };
      return send(
        202,
        this.enqueue(created, 'indexCreation', () => {
          if (!this.indexes.has(created)) this.indexes.set(created, { settings: {}, documents: 0 });
        }),
      );
    }
    if (!uid) return send(404, this.error('not_found', 'no such route'));
    const index = this.indexes.get(uid);
    if (method === 'DELETE' && !sub) {
      if (!index) return send(202, this.enqueueFailed(uid, 'indexDeletion', 'index_not_found'));
      return send(
        202,
        this.enqueue(uid, 'indexDeletion', () => this.indexes.delete(uid)),
      );
    }
    if (!index) return send(404, this.error('index_not_found', `Index \`${uid}\` not found.`));
    if (method === 'GET' && !sub)
      return send(200, { uid, primaryKey: 'id', createdAt: 'x', updatedAt: 'x' });
    if (sub === 'settings' && method === 'GET')
      return send(200, this.returnedSettings(index.settings));
    if (sub === 'settings' && method === 'PATCH')
      return send(
        202,
        this.enqueue(uid, 'settingsUpdate', () => Object.assign(index.settings, body as object)),
      );
    if (sub === 'documents' && method === 'POST' && !subsub)
      return send(
        202,
        this.enqueue(uid, 'documentAdditionOrUpdate', () => {
          index.documents += (body as unknown[]).length;
        }),
      );
    if (sub === 'documents' && subsub === 'delete-batch')
      return send(
        202,
        this.enqueue(uid, 'documentDeletion', () => undefined),
      );
    if (sub === 'documents' && method === 'DELETE')
      return send(
        202,
        this.enqueue(uid, 'documentDeletion', () => (index.documents = 0)),
      );
    if (sub === 'documents' && method === 'GET')
      return send(200, { results: [], offset: 0, limit: 1000, total: 0 });
    if (sub === 'search' && method === 'POST')
      return send(200, this.searchResponse(body as Record<string, unknown>));
    return send(404, this.error('not_found', 'no such route'));
  }

  private atLeast(major: number, minor: number): boolean {
    const [m = 0, n = 0] = this.version.split('.').map(Number);
    return m > major || (m === major && n >= minor);
  }

  private error(code: string, message: string) {
    return {
      message,
      code,
      type: 'invalid_request',
      link: `https://docs.meilisearch.com/errors#${code}`,
    };
  }

  private enqueue(indexUid: string | null, type: string, apply: () => void) {
    const uid = ++this.taskUid;
    const outcome = this.nextOutcome.get(type) ?? { status: 'succeeded' };
    this.nextOutcome.delete(type);
    this.tasks.set(uid, { uid, indexUid, type, outcome, apply });
    if (outcome.status === 'succeeded') apply();
    return {
      taskUid: uid,
      indexUid,
      status: 'enqueued',
      type,
      enqueuedAt: new Date().toISOString(),
    };
  }

  private enqueueFailed(indexUid: string, type: string, code: string) {
    const uid = ++this.taskUid;
    this.tasks.set(uid, {
      uid,
      indexUid,
      type,
      outcome: { status: 'failed', code, message: `Index \`${indexUid}\` not found.` },
      apply: () => undefined,
    });
    return {
      taskUid: uid,
      indexUid,
      status: 'enqueued',
      type,
      enqueuedAt: new Date().toISOString(),
    };
  }

  private taskView(uid: number) {
    const task = this.tasks.get(uid);
    if (!task) return { uid, status: 'failed', error: this.error('task_not_found', 'no task') };
    const { outcome } = task;
    return {
      uid,
      batchUid: uid,
      indexUid: task.indexUid,
      type: task.type,
      canceledBy: null,
      status: outcome.status,
      error: outcome.status === 'failed' ? this.error(outcome.code, outcome.message) : null,
      duration: null,
      enqueuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    };
  }

  /** Settings as Meilisearch returns them: sets sorted, its own defaults added. */
  private returnedSettings(settings: Record<string, unknown>): Record<string, unknown> {
    const returned: Record<string, unknown> = { ...RETURNED_DEFAULTS };
    for (const [key, value] of Object.entries(settings)) {
      const defaults = RETURNED_DEFAULTS[key as keyof typeof RETURNED_DEFAULTS];
      returned[key] =
        ['filterableAttributes', 'sortableAttributes', 'stopWords', 'displayedAttributes'].includes(
          key,
        ) && Array.isArray(value)
          ? [...(value as string[])].sort()
          : defaults && typeof defaults === 'object' && !Array.isArray(defaults)
            ? { ...defaults, ...(value as object) }
            : value;
    }
    return returned;
  }
}
