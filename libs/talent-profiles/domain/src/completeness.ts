import type { FieldViolation } from '@werkmatch/shared/errors';
import { dutchLevelOf, TalentProfileContent } from './talent-profile';

/** Stable codes of what a profile still lacks; clients translate or show the texts that come with them. */
export enum CompletenessCode {
  HEADLINE_OR_TALENTS = 'HEADLINE_OR_TALENTS',
  SKILLS = 'SKILLS',
  DUTCH_LEVEL = 'DUTCH_LEVEL',
  HOURS = 'HOURS',
  POSTCODE = 'POSTCODE',
  TRAVEL_DISTANCE = 'TRAVEL_DISTANCE',
  ROUTE_TYPES = 'ROUTE_TYPES',
  WORK_EXPERIENCE = 'WORK_EXPERIENCE',
  EDUCATION_LEVEL = 'EDUCATION_LEVEL',
  WANTED_OCCUPATIONS = 'WANTED_OCCUPATIONS',
  EARLIEST_START = 'EARLIEST_START',
  TRANSPORT = 'TRANSPORT',
}

export interface CompletenessItem {
  code: CompletenessCode;
  /** The field of the save input that fills it. */
  field: string;
  /** Required to publish. */
  essential: boolean;
  /** Share of the score (all items together make 100). */
  weight: number;
  textNl: string;
  textEn: string;
  present(profile: TalentProfileContent): boolean;
}

/**
 * What makes a profile complete, talents and skills first. The essentials are what matching cannot work
 * without: something in the person's own words, a skill, the Dutch level (the most asked requirement), hours,
 * where they live and how far they can travel, and which routes to work they want. They weigh 80 of the 100.
 */
export const COMPLETENESS_ITEMS: readonly CompletenessItem[] = [
  {
    code: CompletenessCode.HEADLINE_OR_TALENTS,
    field: 'talents',
    essential: true,
    weight: 15,
    textNl: 'Een kopregel of minstens één talent in je eigen woorden',
    textEn: 'A headline or at least one talent in your own words',
    present: (p) => !!p.headline || p.talents.length > 0,
  },
  {
    code: CompletenessCode.SKILLS,
    field: 'skills',
    essential: true,
    weight: 20,
    textNl: 'Minstens één vaardigheid',
    textEn: 'At least one skill',
    present: (p) => p.skills.length > 0,
  },
  {
    code: CompletenessCode.DUTCH_LEVEL,
    field: 'languages',
    essential: true,
    weight: 15,
    textNl: 'Je niveau Nederlands',
    textEn: 'Your level of Dutch',
    present: (p) => dutchLevelOf(p.languages) !== null,
  },
  {
    code: CompletenessCode.HOURS,
    field: 'hours',
    essential: true,
    weight: 10,
    textNl: 'Hoeveel uur per week je kunt werken',
    textEn: 'How many hours a week you can work',
    present: (p) => p.hours !== null,
  },
  {
    code: CompletenessCode.POSTCODE,
    field: 'postcode',
    essential: true,
    weight: 5,
    textNl: 'Je postcode',
    textEn: 'Your postcode',
    present: (p) => p.postcode !== null,
  },
  {
    code: CompletenessCode.TRAVEL_DISTANCE,
    field: 'travelKm',
    essential: true,
    weight: 5,
    textNl: 'Hoe ver je wilt reizen',
    textEn: 'How far you can travel',
    present: (p) => p.travelKm !== null,
  },
  {
    code: CompletenessCode.ROUTE_TYPES,
    field: 'wantedRouteTypes',
    essential: true,
    weight: 10,
    textNl: 'Welk soort werk of activiteit je zoekt',
    textEn: 'Which kinds of work or activity you are looking for',
    present: (p) => p.wantedRouteTypes.length > 0,
  },
  {
    code: CompletenessCode.WORK_EXPERIENCE,
    field: 'workExperience',
    essential: false,
    weight: 5,
    textNl: 'Werkervaring, ook vrijwilligerswerk',
    textEn: 'Work experience, volunteer work included',
    present: (p) => p.workExperience.length > 0,
  },
  {
    code: CompletenessCode.EDUCATION_LEVEL,
    field: 'educationLevel',
    essential: false,
    weight: 5,
    textNl: 'Je opleidingsniveau',
    textEn: 'Your level of education',
    present: (p) => p.educationLevel !== null,
  },
  {
    code: CompletenessCode.WANTED_OCCUPATIONS,
    field: 'wantedOccupationIds',
    essential: false,
    weight: 5,
    textNl: 'Beroepen die je zoekt',
    textEn: 'Occupations you are looking for',
    present: (p) => p.wantedOccupationIds.length > 0,
  },
  {
    code: CompletenessCode.EARLIEST_START,
    field: 'earliestStart',
    essential: false,
    weight: 3,
    textNl: 'Vanaf wanneer je kunt beginnen',
    textEn: 'When you can start',
    present: (p) => p.earliestStart !== null,
  },
  {
    code: CompletenessCode.TRANSPORT,
    field: 'transportModes',
    essential: false,
    weight: 2,
    textNl: 'Hoe je reist (fiets, ov, auto, ...)',
    textEn: 'How you travel (bicycle, public transport, car, ...)',
    present: (p) => p.transportModes.length > 0,
  },
];

export interface MissingItem {
  code: CompletenessCode;
  field: string;
  essential: boolean;
  textNl: string;
  textEn: string;
}

export interface Completeness {
  /** 0–100. */
  score: number;
  /** What is still missing, essentials first, in the order of the form. */
  missing: MissingItem[];
  /** Whether every essential is there. */
  publishable: boolean;
}

export function completenessOf(profile: TalentProfileContent): Completeness {
  let score = 0;
  const missing: MissingItem[] = [];
  for (const item of COMPLETENESS_ITEMS) {
    if (item.present(profile)) score += item.weight;
    else
      missing.push({
        code: item.code,
        field: item.field,
        essential: item.essential,
        textNl: item.textNl,
        textEn: item.textEn,
      });
  }
  return {
    score,
    missing: [...missing.filter((m) => m.essential), ...missing.filter((m) => !m.essential)],
    publishable: missing.every((m) => !m.essential),
  };
}

/** The essentials a profile lacks, as violations naming each field: why it cannot be published yet. */
export function publicationViolations(profile: TalentProfileContent): FieldViolation[] {
  return completenessOf(profile)
    .missing.filter((item) => item.essential)
    .map((item) => ({
      field: item.field,
      rule: `required to publish: ${item.textEn.toLowerCase()}`,
    }));
}
