export { WORKER_HOST, WorkerHostModule } from './worker-host.module';
