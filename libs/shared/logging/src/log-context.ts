import { AsyncLocalStorage } from 'node:async_hooks';

export interface LogContext {
  requestId?: string;
  jobId?: string;
  queue?: string;
  userId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Everything logged inside `work` carries the context's ids (request id for HTTP, job id for queue jobs). */
export function runWithLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}

/** Adds to the context of the running request or job, e.g. the user once authenticated. */
export function extendLogContext(fields: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, fields);
}
