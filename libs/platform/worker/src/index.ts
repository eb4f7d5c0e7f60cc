export { WorkerModule } from './worker.module';
export { startWorker } from './create-worker-app';
export type { RunningWorker } from './create-worker-app';
