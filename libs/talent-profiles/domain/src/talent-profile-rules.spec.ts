import {
  CefrLevel,
  DrivingLicence,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
} from '@werkmatch/work/domain';
import {
  prepareAssessmentChanges,
  prepareTalentProfileChanges,
  RULES,
  TalentProfileInput,
} from './talent-profile-rules';

const NOW = new Date('2025-06-15T10:00:00Z');
const SKILL_A = '11111111-1111-4111-8111-111111111111';
const SKILL_B = '22222222-2222-4222-8222-222222222222';

function violationsOf(input: TalentProfileInput) {
  return prepareTalentProfileChanges(input, NOW).violations;
}

describe('prepareTalentProfileChanges', () => {
  it('changes only the fields given, so an absent field stays as it is', () => {
    const { changes, violations } = prepareTalentProfileChanges({ travelKm: 15 }, NOW);
    expect(violations).toEqual([]);
    expect(changes).toEqual({ travelKm: 15 });
  });

  it('clears a value given as null and empties a list given as null', () => {
    const { changes } = prepareTalentProfileChanges(
      { headline: null, hours: null, skills: null, postcode: '  ' },
      NOW,
    );
    expect(changes).toEqual({ headline: null, hours: null, skills: [], postcode: null });
  });

  it('trims texts, writes the postcode in its standard form and lower-cases language codes', () => {
    const { changes, violations } = prepareTalentProfileChanges(
      {
        headline: '  Zorgzaam en handig  ',
        postcode: '3991ab',
        languages: [{ code: ' NL ', level: CefrLevel.B1 }],
      },
      NOW,
    );
    expect(violations).toEqual([]);
    expect(changes).toEqual({
      headline: 'Zorgzaam en handig',
      postcode: '3991 AB',
      languages: [{ code: 'nl', level: CefrLevel.B1 }],
    });
  });

  it('rejects hours outside 1 to 40 and a minimum above the maximum, naming the end', () => {
    expect(violationsOf({ hours: { min: 0, max: 41 } })).toEqual([
      { field: 'input.hours.min', rule: 'whole hours between 1 and 40' },
      { field: 'input.hours.max', rule: 'whole hours between 1 and 40' },
    ]);
    expect(violationsOf({ hours: { min: 32, max: 16 } })).toEqual([
      { field: 'input.hours.min', rule: 'at most the maximum' },
    ]);
  });

  it('rejects a postcode that is not of the form 1234 AB or 1234', () => {
    expect(violationsOf({ postcode: '0123 AB' })).toEqual([
      { field: 'input.postcode', rule: 'a Dutch postcode of the form 1234 AB or 1234' },
    ]);
    expect(violationsOf({ postcode: '3991 SS' }).map((v) => v.field)).toEqual(['input.postcode']);
  });

  it('rejects a travel distance below 0, above 300 or in fractions', () => {
    for (const km of [-1, 301, 2.5])
      expect(violationsOf({ travelKm: km })).toEqual([
        { field: 'input.travelKm', rule: RULES.travelKm },
      ]);
    expect(violationsOf({ travelKm: 0 })).toEqual([]);
    expect(violationsOf({ travelKm: 300 })).toEqual([]);
  });

  it('rejects an earliest start more than a year back, too far ahead, or not a date', () => {
    expect(violationsOf({ earliestStart: '2024-06-14' })).toEqual([
      { field: 'input.earliestStart', rule: RULES.earliestStartPast },
    ]);
    expect(violationsOf({ earliestStart: '2024-06-16' })).toEqual([]);
    expect(violationsOf({ earliestStart: '2028-01-01' })).toEqual([
      { field: 'input.earliestStart', rule: RULES.earliestStartFuture },
    ]);
    expect(violationsOf({ earliestStart: '2025-02-30' })).toEqual([
      { field: 'input.earliestStart', rule: RULES.date },
    ]);
  });

  it('rejects a CEFR level outside A1 to C2 and an unknown language code', () => {
    expect(
      violationsOf({
        languages: [
          { code: 'nl', level: 'D1' as CefrLevel },
          { code: 'xx', level: CefrLevel.A2 },
        ],
      }),
    ).toEqual([
      { field: 'input.languages[0].level', rule: RULES.cefr },
      { field: 'input.languages[1].code', rule: RULES.language },
    ]);
  });

  it('names the later of two duplicates in every list', () => {
    expect(
      violationsOf({
        languages: [
          { code: 'nl', level: CefrLevel.B1 },
          { code: 'NL', level: CefrLevel.B2 },
        ],
        skills: [
          { skillId: SKILL_A, level: SkillLevel.BEGINNER },
          { skillId: SKILL_B, level: SkillLevel.EXPERT },
          { skillId: SKILL_A, level: SkillLevel.EXPERT },
        ],
        talents: [
          { text: 'Geduldig', private: false },
          { text: 'geduldig', private: true },
        ],
        drivingLicences: [DrivingLicence.B, DrivingLicence.B],
        wantedRouteTypes: [RouteType.VOLUNTEER, RouteType.PAID_JOB, RouteType.VOLUNTEER],
        wantedOccupationIds: [SKILL_A, SKILL_A],
      }),
    ).toEqual([
      { field: 'input.talents[1].text', rule: RULES.duplicate },
      { field: 'input.skills[2].skillId', rule: RULES.duplicate },
      { field: 'input.languages[1].code', rule: RULES.duplicate },
      { field: 'input.drivingLicences[1]', rule: RULES.duplicate },
      { field: 'input.wantedOccupationIds[1]', rule: RULES.duplicate },
      { field: 'input.wantedRouteTypes[2]', rule: RULES.duplicate },
    ]);
  });

  it('rejects empty and overlong texts and too many items', () => {
    expect(
      violationsOf({
        headline: 'x'.repeat(161),
        talents: [{ text: '   ', private: false }],
        wantedOccupationIds: Array.from({ length: 11 }, (_, i) => `id-${i}`),
      }),
    ).toEqual([
      { field: 'input.headline', rule: 'at most 160 characters' },
      { field: 'input.talents[0].text', rule: '1 to 200 characters' },
      { field: 'input.wantedOccupationIds', rule: 'at most 10 items' },
    ]);
  });

  it('checks work experience months: a real month, not in the future, until not before from', () => {
    const work = (from: string, until: string | null) => ({
      title: 'Magazijnmedewerker',
      employer: null,
      occupationId: null,
      from,
      until,
      description: null,
      private: false,
    });
    expect(
      violationsOf({
        workExperience: [
          work('2019-13', null),
          work('2026-01', null),
          work('2020-05', '2019-01'),
          work('2018-01', '2021-06'),
        ],
      }),
    ).toEqual([
      { field: 'input.workExperience[0].from', rule: RULES.month },
      { field: 'input.workExperience[1].from', rule: RULES.monthNotFuture },
      { field: 'input.workExperience[2].until', rule: RULES.monthAfterFrom },
    ]);
  });

  it('rejects a diploma year in the future and the same diploma twice', () => {
    expect(
      violationsOf({
        diplomas: [
          { name: 'Mbo Helpende Zorg', level: null, year: 2026 },
          { name: 'VCA', level: null, year: 2020 },
          { name: 'vca', level: null, year: 2020 },
        ],
      }),
    ).toEqual([
      { field: 'input.diplomas[0].year', rule: RULES.year(2025) },
      { field: 'input.diplomas[2].name', rule: RULES.duplicate },
    ]);
  });

  it('reports every broken rule at once, not just the first', () => {
    expect(
      violationsOf({ hours: { min: 50, max: 8 }, travelKm: 999, postcode: 'abc' }).map(
        (v) => v.field,
      ),
    ).toEqual(['input.hours.min', 'input.postcode', 'input.travelKm']);
  });
});

describe('prepareAssessmentChanges', () => {
  it('accepts a participation level from 1 to 6 and rejects others', () => {
    expect(prepareAssessmentChanges({ participationLevel: 3 }).violations).toEqual([]);
    for (const level of [0, 7, 2.5])
      expect(prepareAssessmentChanges({ participationLevel: level }).violations).toEqual([
        { field: 'input.participationLevel', rule: RULES.participationLevel },
      ]);
  });

  it('rejects duplicate support needs and target groups and keeps absent fields out', () => {
    const { changes, violations } = prepareAssessmentChanges({
      supportNeeds: [SupportNeed.JOB_COACH, SupportNeed.JOB_COACH],
      targetGroups: [TargetGroup.YOUTH],
    });
    expect(violations).toEqual([{ field: 'input.supportNeeds[1]', rule: RULES.duplicate }]);
    expect(Object.keys(changes)).toEqual(['supportNeeds', 'targetGroups']);
  });
});
