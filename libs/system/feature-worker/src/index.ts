export { SystemWorkerModule } from './system-worker.module';
