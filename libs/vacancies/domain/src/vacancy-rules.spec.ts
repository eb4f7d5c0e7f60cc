import {
  ContractType,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
} from '@werkmatch/work/domain';
import {
  normalizeVacancyDraft,
  returnReasonViolations,
  VacancyDraft,
  vacancyReferenceViolations,
  VacancyRule,
  vacancyViolations,
} from './vacancy-rules';

const TODAY = '2026-03-10';
const SKILL_A = '6f1c3a52-5d1e-4f6e-9a37-2a7f0f6b1a01';
const SKILL_B = '6f1c3a52-5d1e-4f6e-9a37-2a7f0f6b1a02';
const OCCUPATION = '0b9d2c1e-7a44-4c4f-8d0e-3c2b1a0f9e01';

function draft(overrides: Partial<VacancyDraft> = {}): VacancyDraft {
  return {
    title: 'Medewerker bediening',
    description: 'Je serveert koffie en lunch in ons leerwerkrestaurant in Houten.',
    occupationId: OCCUPATION,
    requiredSkillIds: [SKILL_A],
    niceToHaveSkillIds: [SKILL_B],
    routeType: RouteType.PAID_JOB,
    hours: { min: 16, max: 24 },
    positions: 2,
    remote: false,
    postcode: '3991 AB',
    educationLevel: EducationLevel.MBO_2,
    inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE],
    contractType: ContractType.FIXED_TERM,
    pay: { min: 14.4, max: 16.25, period: PayPeriod.HOUR },
    closingDate: '2026-04-30',
    ...overrides,
  };
}

/** The violations of a draft, as `field: rule` lines that read well in a failing test. */
function violationsOf(overrides: Partial<VacancyDraft>): string[] {
  return vacancyViolations(normalizeVacancyDraft(draft(overrides)), { today: TODAY }).map(
    (v) => `${v.field}: ${v.rule}`,
  );
}

describe('vacancy rules', () => {
  it('accepts a complete paid vacancy', () => {
    expect(violationsOf({})).toEqual([]);
  });

  it('accepts a remote vacancy without a postcode', () => {
    expect(violationsOf({ remote: true, postcode: null })).toEqual([]);
  });

  it('rejects a vacancy with negative hours', () => {
    expect(violationsOf({ hours: { min: -4, max: 8 } })).toEqual([
      'input.hours.min: whole hours between 1 and 40',
    ]);
  });

  it('rejects a minimum of hours above the maximum', () => {
    expect(violationsOf({ hours: { min: 32, max: 16 } })).toEqual([
      'input.hours.min: at most the maximum',
    ]);
  });

  it('rejects more than 40 hours a week', () => {
    expect(violationsOf({ hours: { min: 36, max: 44 } })).toEqual([
      'input.hours.max: whole hours between 1 and 40',
    ]);
  });

  it('rejects a malformed postcode', () => {
    expect(violationsOf({ postcode: '399 AB' })).toEqual([
      `input.postcode: ${VacancyRule.postcodeFormat}`,
    ]);
  });

  it('asks for a postcode unless the vacancy is remote', () => {
    expect(violationsOf({ postcode: '  ' })).toEqual([
      `input.postcode: ${VacancyRule.postcodeRequired}`,
    ]);
  });

  it('rejects a closing date in the past and accepts today, taken as the day in Amsterdam', () => {
    expect(violationsOf({ closingDate: '2026-03-09' })).toEqual([
      `input.closingDate: ${VacancyRule.closingDatePast}`,
    ]);
    expect(violationsOf({ closingDate: TODAY })).toEqual([]);
  });

  it('rejects a closing date more than 12 months ahead', () => {
    expect(violationsOf({ closingDate: '2027-03-10' })).toEqual([]);
    expect(violationsOf({ closingDate: '2027-03-11' })).toEqual([
      `input.closingDate: ${VacancyRule.closingDateTooFar}`,
    ]);
  });

  it('rejects a closing date that is not a calendar date', () => {
    expect(violationsOf({ closingDate: '2026-02-30' })).toEqual([
      `input.closingDate: ${VacancyRule.closingDateFormat}`,
    ]);
    expect(violationsOf({ closingDate: '30-04-2026' })).toHaveLength(1);
  });

  it('rejects pay for a volunteer place', () => {
    expect(
      violationsOf({ routeType: RouteType.VOLUNTEER, contractType: null }).map(
        (v) => v.split(':')[0],
      ),
    ).toEqual(['input.pay']);
  });

  it('rejects a contract type for a participation job, a day activity and a work-experience place', () => {
    for (const routeType of [
      RouteType.PARTICIPATION_JOB,
      RouteType.DAY_ACTIVITY,
      RouteType.WORK_EXPERIENCE,
    ]) {
      expect(violationsOf({ routeType, pay: null })).toEqual([
        `input.contractType: ${VacancyRule.contractNotApplicable}`,
      ]);
    }
  });

  it('requires a contract type for a paid job, a supported job and sheltered work, not for learn-work', () => {
    for (const routeType of [RouteType.PAID_JOB, RouteType.SUPPORTED_JOB, RouteType.SHELTERED_WORK])
      expect(violationsOf({ routeType, contractType: null })).toEqual([
        `input.contractType: ${VacancyRule.contractRequired}`,
      ]);
    expect(violationsOf({ routeType: RouteType.LEARN_WORK, contractType: null })).toEqual([]);
  });

  it('rejects a pay minimum above the maximum, negative pay and fractions of a cent', () => {
    expect(violationsOf({ pay: { min: 18, max: 15, period: PayPeriod.HOUR } })).toEqual([
      `input.pay.min: ${VacancyRule.payMinAboveMax}`,
    ]);
    expect(violationsOf({ pay: { min: -1, max: 15.001, period: PayPeriod.HOUR } })).toEqual([
      `input.pay.min: ${VacancyRule.payAmount}`,
      `input.pay.max: ${VacancyRule.payAmount}`,
    ]);
  });

  it('rejects fewer than one position and fractional positions', () => {
    expect(violationsOf({ positions: 0 })).toEqual([`input.positions: ${VacancyRule.positions}`]);
    expect(violationsOf({ positions: 1.5 })).toEqual([`input.positions: ${VacancyRule.positions}`]);
  });

  it('rejects a title too long or too short, counted after trimming', () => {
    expect(violationsOf({ title: 'x'.repeat(161) })).toEqual([`input.title: ${VacancyRule.title}`]);
    expect(violationsOf({ title: '  ab  ' })).toEqual([`input.title: ${VacancyRule.title}`]);
  });

  it('rejects an empty description', () => {
    expect(violationsOf({ description: ' ' })).toEqual([
      `input.description: ${VacancyRule.description}`,
    ]);
  });

  it('rejects a route type an employer cannot offer', () => {
    expect(
      violationsOf({ routeType: RouteType.SELF_EMPLOYMENT, contractType: null, pay: null }),
    ).toEqual([`input.routeType: ${VacancyRule.routeType}`]);
  });

  it('needs at least one required skill, each listed once and not also nice to have', () => {
    expect(violationsOf({ requiredSkillIds: [] })).toEqual([
      `input.requiredSkillIds: ${VacancyRule.requiredSkills}`,
    ]);
    expect(
      violationsOf({ requiredSkillIds: [SKILL_A, SKILL_A], niceToHaveSkillIds: [SKILL_A] }),
    ).toEqual([
      `input.requiredSkillIds[1]: ${VacancyRule.listedOnce}`,
      `input.niceToHaveSkillIds[0]: ${VacancyRule.alsoRequired}`,
    ]);
  });

  it('names every broken field at once', () => {
    expect(
      violationsOf({
        title: '',
        hours: { min: 0, max: 50 },
        positions: 0,
        postcode: 'ABCD',
        closingDate: '2020-01-01',
      }).map((v) => v.split(':')[0]),
    ).toEqual([
      'input.title',
      'input.hours.min',
      'input.hours.max',
      'input.positions',
      'input.postcode',
      'input.closingDate',
    ]);
  });

  it('writes the postcode out, trims text and drops repeated inclusive options', () => {
    const normalized = normalizeVacancyDraft(
      draft({
        title: '  Kok  ',
        postcode: '3991ab',
        inclusiveOptions: [InclusiveOption.PART_TIME_POSSIBLE, InclusiveOption.PART_TIME_POSSIBLE],
        positions: null,
      }),
    );
    expect(normalized).toMatchObject({
      title: 'Kok',
      postcode: '3991 AB',
      inclusiveOptions: [InclusiveOption.PART_TIME_POSSIBLE],
      positions: 1,
    });
  });
});

describe('vacancy references', () => {
  const known = {
    knownSkillIds: new Set([SKILL_A]),
    knownOccupationIds: new Set([OCCUPATION]),
    postcodeKnown: true,
  };
  const referenceViolationsOf = (
    overrides: Partial<VacancyDraft>,
    references: Partial<typeof known> | { postcodeKnown: boolean | null } = {},
  ) =>
    vacancyReferenceViolations(normalizeVacancyDraft(draft(overrides)), {
      ...known,
      ...references,
    }).map((v) => `${v.field}: ${v.rule}`);

  it('accepts references the taxonomy knows', () => {
    expect(referenceViolationsOf({ niceToHaveSkillIds: [] })).toEqual([]);
  });

  it('rejects an unknown skill reference, naming its list and index', () => {
    expect(referenceViolationsOf({})).toEqual([
      `input.niceToHaveSkillIds[0]: ${VacancyRule.knownReference}`,
    ]);
  });

  it('rejects an unknown occupation reference', () => {
    expect(referenceViolationsOf({ niceToHaveSkillIds: [], occupationId: SKILL_B })).toEqual([
      `input.occupationId: ${VacancyRule.knownReference}`,
    ]);
  });

  it('rejects an unknown postcode', () => {
    expect(
      referenceViolationsOf(
        { niceToHaveSkillIds: [], postcode: '9999 ZZ' },
        { postcodeKnown: false },
      ),
    ).toEqual([`input.postcode: ${VacancyRule.unknownPostcode}`]);
  });
});

describe('return reason', () => {
  it('needs 3 to 1000 characters after trimming', () => {
    expect(returnReasonViolations('  ok ')).toEqual([
      { field: 'reason', rule: VacancyRule.returnReason },
    ]);
    expect(returnReasonViolations('x'.repeat(1001))).toHaveLength(1);
    expect(returnReasonViolations('Salaris ontbreekt in de omschrijving.')).toEqual([]);
  });
});
