export { envSchema, requiredEnvVariables } from './config.schema';
export { knownEnvVariables } from './config.schema';
export type { AppConfig } from './config.schema';
export { ConfigError, loadConfig, loadConfigOrExit } from './load-config';
export { APP_CONFIG, ConfigModule } from './config.module';
