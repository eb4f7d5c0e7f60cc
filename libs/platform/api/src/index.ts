export { ApiModule } from './api.module';
export type { ApiModuleOptions } from './api.module';
export { createApiApp, listen } from './create-api-app';
export { printApiSchema } from './schema-file';
