export { hasGeneratedAccounts, resetDatabase } from './database-state';
export { DEFAULT_GENERATOR_SEED, generateData } from './load';
export type { GeneratorResult } from './load';
export { GENERATED_EMAIL_DOMAIN } from './plan';
export { GeneratorInputError, parseGeneratorSize } from './sizes';
export type { GeneratorSize } from './sizes';
