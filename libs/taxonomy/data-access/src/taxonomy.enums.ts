/** Values equal their keys: these enums reach GraphQL, which publishes the keys. */
export enum LabelLanguage {
  NL = 'NL',
  EN = 'EN',
}

export enum SkillType {
  SKILL_COMPETENCE = 'SKILL_COMPETENCE',
  KNOWLEDGE = 'KNOWLEDGE',
}

export enum SkillReuseLevel {
  TRANSVERSAL = 'TRANSVERSAL',
  CROSS_SECTOR = 'CROSS_SECTOR',
  SECTOR_SPECIFIC = 'SECTOR_SPECIFIC',
  OCCUPATION_SPECIFIC = 'OCCUPATION_SPECIFIC',
}

export enum SkillRelation {
  ESSENTIAL = 'ESSENTIAL',
  OPTIONAL = 'OPTIONAL',
}
