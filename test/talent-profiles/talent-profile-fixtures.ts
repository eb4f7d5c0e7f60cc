import { randomBytes } from 'node:crypto';
import { IscoGroupEntity, OccupationEntity, SkillEntity } from '@werkmatch/taxonomy/data-access';
import { dataSourceOf } from '../identity/identity-fixtures';
import type { TestApp } from '../support/test-app';

export interface SeededTaxonomy {
  /** A skill with a Dutch label. */
  careSkill: SkillEntity;
  /** A skill ESCO has only in English. */
  forkliftSkill: SkillEntity;
  cookingSkill: SkillEntity;
  careOccupation: OccupationEntity;
  cookOccupation: OccupationEntity;
}

/** A handful of ESCO concepts inserted directly: importing the whole taxonomy takes ~10 s per test file. */
export async function seedTaxonomy(api: TestApp): Promise<SeededTaxonomy> {
  const db = dataSourceOf(api);
  const suffix = randomBytes(4).toString('hex');
  await db.getRepository(IscoGroupEntity).save([
    { code: '5322', labelNl: 'Thuiszorgmedewerkers' },
    { code: '5120', labelNl: 'Koks' },
  ]);
  const skills = db.getRepository(SkillEntity);
  const skill = (labelEn: string, labelNl: string | null) =>
    skills.save({
      uri: `http://data.europa.eu/esco/skill/test-${suffix}-${labelEn.replace(/\s+/g, '-')}`,
      labelEn,
      labelNl,
      altLabelsNl: [],
      altLabelsEn: [],
      skillType: null,
      reuseLevel: null,
    });
  const occupations = db.getRepository(OccupationEntity);
  const occupation = (labelNl: string, labelEn: string, iscoGroupCode: string) =>
    occupations.save({
      uri: `http://data.europa.eu/esco/occupation/test-${suffix}-${labelEn.replace(/\s+/g, '-')}`,
      labelNl,
      labelEn,
      altLabelsNl: [],
      altLabelsEn: [],
      iscoGroupCode,
    });
  return {
    careSkill: await skill('show empathy', 'empathie tonen'),
    forkliftSkill: await skill('operate forklift', null),
    cookingSkill: await skill('prepare meals', 'maaltijden bereiden'),
    careOccupation: await occupation('helpende zorg', 'care assistant', '5322'),
    cookOccupation: await occupation('kok', 'cook', '5120'),
  };
}

export const PROFILE_FIELDS = `
  id jobSeekerId status version headline updatedByUserId
  talents { text private }
  skills { level skill { id label } }
  workExperience { title employer from until description private occupation { id label } }
  educationLevel diplomas { name level year }
  languages { code level } dutchLevel
  hours { min max } earliestStart postcode municipalityCode regionId travelKm
  drivingLicences transportModes wantedRouteTypes
  wantedOccupations { id label }
  participationLevel supportNeeds targetGroups
  publishedAt pausedAt pauseReason confirmedAt confirmationRequestedAt confirmationDueAt
  completeness { score publishable missing { code field essential textNl textEn } }
`;

export const SAVE = `mutation($input: SaveTalentProfileInput!, $jobSeekerId: ID) {
  saveTalentProfile(input: $input, jobSeekerId: $jobSeekerId) { ${PROFILE_FIELDS} }
}`;
export const MY_PROFILE = `{ myTalentProfile { ${PROFILE_FIELDS} } }`;
export const PROFILE_OF = `query($id: ID!) { talentProfileOf(jobSeekerId: $id) { ${PROFILE_FIELDS} } }`;
export const ASSESS = `mutation($id: ID!, $input: AssessTalentProfileInput!) {
  assessTalentProfile(jobSeekerId: $id, input: $input) { ${PROFILE_FIELDS} }
}`;
export const PUBLISH = `mutation { publishTalentProfile { id status publishedAt confirmedAt } }`;
export const PAUSE = `mutation($id: ID) { pauseTalentProfile(jobSeekerId: $id) { id status pauseReason } }`;
export const CONFIRM = `mutation { confirmTalentProfile { id status confirmedAt confirmationRequestedAt } }`;
export const ANONYMISED_FIELDS = `
  id version headline talents
  skills { id label labelLanguage level }
  workExperience { title employer from until description occupation { id label labelLanguage } }
  educationLevel diplomas { title level }
  languages { code level } dutchLevel hours { min max } earliestStart
  area { municipalityCode municipalityName regionId regionName lat lon }
  travelKm drivingLicences transportModes
  wantedOccupations { id label labelLanguage }
  wantedRouteTypes
`;
export const ANONYMISED = `query($id: ID!) { anonymisedTalentProfile(id: $id) { ${ANONYMISED_FIELDS} } }`;

/** The date `days` from today, `YYYY-MM-DD`. */
export function dateFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
