export { IscoGroupEntity } from './isco-group.entity';
export { OccupationEntity } from './occupation.entity';
export { OccupationSkillEntity } from './occupation-skill.entity';
export { OccupationSearchTermEntity, SkillSearchTermEntity } from './search-term.entity';
export { SkillEntity } from './skill.entity';
export { TAXONOMY_ENTITIES } from './taxonomy-entities';
export { LabelLanguage, SkillRelation, SkillReuseLevel, SkillType } from './taxonomy.enums';
export { showLabel } from './show-label';
export type { ShownLabel } from './show-label';
export {
  MAX_SUGGEST_LIMIT,
  MIN_SUGGEST_LENGTH,
  SuggestionMatch,
  TaxonomyService,
} from './taxonomy.service';
export type { TaxonomySuggestion } from './taxonomy.service';
export { readTaxonomyReference, taxonomyReferenceFiles } from './taxonomy-reference';
export type {
  IscoGroupRecord,
  OccupationRecord,
  OccupationSkillRecord,
  SkillRecord,
  TaxonomyReferenceData,
  TaxonomyReferenceFiles,
} from './taxonomy-reference';
export { importTaxonomy } from './import-taxonomy';
export type { TaxonomyImportResult } from './import-taxonomy';
