export { readGeneratorCatalogue } from './catalogue';
export type {
  GeneratorCatalogue,
  GeneratorOccupation,
  GeneratorPlace,
  GeneratorSkill,
} from './catalogue';
export {
  assertGeneratorMayLoad,
  databaseName,
  inspectDatabase,
  resetDatabase,
} from './database-state';
export type { DatabaseContents, KeepOption } from './database-state';
export { DEFAULT_GENERATOR_SEED, generateData, GeneratedRecordError } from './load';
export type { GenerateOptions, GeneratorResult } from './load';
export { GENERATED_EMAIL_DOMAIN, planGeneratedData } from './plan';
export type {
  GeneratorPlan,
  PlannedOrganisation,
  PlannedProfile,
  PlannedUser,
  PlannedVacancy,
  PlanOptions,
} from './plan';
export {
  GENERATOR_SIZE_NAMES,
  GENERATOR_SIZES,
  GeneratorInputError,
  isGeneratorSize,
  parseGeneratorSize,
} from './sizes';
export type { GeneratorArea, GeneratorSize, GeneratorSizeSpec } from './sizes';
