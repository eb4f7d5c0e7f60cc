import { IscoGroupEntity } from './isco-group.entity';
import { OccupationEntity } from './occupation.entity';
import { OccupationSkillEntity } from './occupation-skill.entity';
import { OccupationSearchTermEntity, SkillSearchTermEntity } from './search-term.entity';
import { SkillEntity } from './skill.entity';

/** Every entity of this lib, for the platform's entity list. */
export const TAXONOMY_ENTITIES = [
  IscoGroupEntity,
  OccupationEntity,
  SkillEntity,
  OccupationSkillEntity,
  OccupationSearchTermEntity,
  SkillSearchTermEntity,
];
