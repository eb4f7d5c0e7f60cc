import type {
  IscoGroupEntity,
  OccupationEntity,
  SkillEntity,
} from '@werkmatch/taxonomy/data-access';
import { IscoGroup, Occupation } from './occupation.model';
import { Skill } from './skill.model';

export function toSkill(entity: SkillEntity): Skill {
  return {
    id: entity.id,
    uri: entity.uri,
    label: entity.label,
    labelLanguage: entity.labelLanguage,
    labelNl: entity.labelNl,
    labelEn: entity.labelEn,
    alternativeLabelsNl: entity.altLabelsNl,
    alternativeLabelsEn: entity.altLabelsEn,
    skillType: entity.skillType,
    reuseLevel: entity.reuseLevel,
  };
}

export function toOccupation(entity: OccupationEntity): Occupation {
  return {
    id: entity.id,
    uri: entity.uri,
    label: entity.label,
    labelLanguage: entity.labelLanguage,
    labelEn: entity.labelEn,
    alternativeLabelsNl: entity.altLabelsNl,
    alternativeLabelsEn: entity.altLabelsEn,
    iscoGroupCode: entity.iscoGroupCode,
  };
}

export function toIscoGroup(entity: IscoGroupEntity): IscoGroup {
  return { code: entity.code, label: entity.labelNl };
}
