export { TaxonomyApiModule } from './taxonomy-api.module';
export { Skill } from './skill.model';
export { IscoGroup, Occupation } from './occupation.model';
export { occupationLoader, skillLoader } from './taxonomy.loaders';
export { toOccupation, toSkill } from './taxonomy.mapping';
