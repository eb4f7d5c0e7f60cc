import { CefrLevel, RouteType, SkillLevel, TransportMode } from '@werkmatch/work/domain';
import {
  COMPLETENESS_ITEMS,
  CompletenessCode,
  completenessOf,
  publicationViolations,
} from './completeness';
import { EMPTY_TALENT_PROFILE, TalentProfileContent } from './talent-profile';

const ESSENTIALS: TalentProfileContent = {
  ...EMPTY_TALENT_PROFILE,
  talents: [{ text: 'Ik kan goed luisteren', private: false }],
  skills: [{ skillId: 'skill-1', level: SkillLevel.COMPETENT }],
  languages: [{ code: 'nl', level: CefrLevel.A2 }],
  hours: { min: 16, max: 24 },
  postcode: '3991 AB',
  travelKm: 10,
  wantedRouteTypes: [RouteType.VOLUNTEER],
};

describe('completeness of a talent profile', () => {
  it('weighs its items to exactly 100', () => {
    expect(COMPLETENESS_ITEMS.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
  });

  it('scores an empty profile 0 and lists every item, essentials first, with Dutch and English texts', () => {
    const result = completenessOf(EMPTY_TALENT_PROFILE);
    expect(result.score).toBe(0);
    expect(result.publishable).toBe(false);
    expect(result.missing.map((m) => m.code).slice(0, 7)).toEqual([
      CompletenessCode.HEADLINE_OR_TALENTS,
      CompletenessCode.SKILLS,
      CompletenessCode.DUTCH_LEVEL,
      CompletenessCode.HOURS,
      CompletenessCode.POSTCODE,
      CompletenessCode.TRAVEL_DISTANCE,
      CompletenessCode.ROUTE_TYPES,
    ]);
    expect(result.missing.find((m) => m.code === CompletenessCode.DUTCH_LEVEL)).toMatchObject({
      textNl: 'Je niveau Nederlands',
      textEn: 'Your level of Dutch',
      essential: true,
    });
  });

  it('makes a profile with the essentials publishable at 80 and complete at 100', () => {
    expect(completenessOf(ESSENTIALS)).toMatchObject({ score: 80, publishable: true });
    const full: TalentProfileContent = {
      ...ESSENTIALS,
      workExperience: [
        {
          title: 'Vrijwilliger buurthuis',
          employer: null,
          occupationId: null,
          from: '2022-01',
          until: null,
          description: null,
          private: false,
        },
      ],
      educationLevel: null,
      wantedOccupationIds: ['occupation-1'],
      earliestStart: '2025-09-01',
      transportModes: [TransportMode.BICYCLE],
    };
    expect(completenessOf(full)).toMatchObject({ score: 95, publishable: true });
    expect(completenessOf(full).missing.map((m) => m.code)).toEqual([
      CompletenessCode.EDUCATION_LEVEL,
    ]);
  });

  it('counts a headline alone as the person’s own words', () => {
    const withHeadline = { ...ESSENTIALS, talents: [], headline: 'Handige doener' };
    expect(completenessOf(withHeadline).publishable).toBe(true);
  });

  it('does not count a language other than Dutch as the Dutch level', () => {
    const english = { ...ESSENTIALS, languages: [{ code: 'en', level: CefrLevel.C1 }] };
    expect(publicationViolations(english)).toEqual([
      { field: 'languages', rule: 'required to publish: your level of dutch' },
    ]);
  });

  it('names every missing essential field when a profile cannot be published', () => {
    expect(publicationViolations(EMPTY_TALENT_PROFILE).map((v) => v.field)).toEqual([
      'talents',
      'skills',
      'languages',
      'hours',
      'postcode',
      'travelKm',
      'wantedRouteTypes',
    ]);
    expect(publicationViolations(ESSENTIALS)).toEqual([]);
  });
});
