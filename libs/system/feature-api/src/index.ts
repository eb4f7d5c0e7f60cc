export { SystemApiModule } from './system-api.module';
