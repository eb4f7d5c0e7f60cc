import { isDutchPostcode, parseDutchPostcode, POSTCODE_RULE } from '@werkmatch/geo/domain';
import type { FieldViolation } from '@werkmatch/shared/errors';
import {
  CefrLevel,
  ContractType,
  EducationLevel,
  hoursRangeViolations,
  InclusiveOption,
  PAID_ROUTE_TYPES,
  PayPeriod,
  RouteType,
  VACANCY_ROUTE_TYPES,
} from '@werkmatch/work/domain';
import { addMonths, isIsoDate } from './calendar';

/** What an employer fills in for a vacancy, as it arrives (before trimming and defaults). */
export interface VacancyDraft {
  title: string;
  description: string;
  occupationId?: string | null;
  requiredSkillIds: readonly string[];
  niceToHaveSkillIds?: readonly string[] | null;
  routeType: RouteType;
  hours: { min: number; max: number };
  positions?: number | null;
  remote?: boolean | null;
  /** Place of work: `1234 AB` or `1234`; required unless the vacancy is remote. */
  postcode?: string | null;
  minDutchLevel?: CefrLevel | null;
  educationLevel?: EducationLevel | null;
  inclusiveOptions?: readonly InclusiveOption[] | null;
  contractType?: ContractType | null;
  /** Gross pay per period, euros. */
  pay?: { min: number; max: number; period: PayPeriod } | null;
  /** The last day applications are accepted, `YYYY-MM-DD` (a day in the Netherlands). */
  closingDate: string;
}

/** A draft with text trimmed, defaults filled in, duplicates of options removed and the postcode written out. */
export interface NormalizedVacancyDraft {
  title: string;
  description: string;
  occupationId: string | null;
  requiredSkillIds: string[];
  niceToHaveSkillIds: string[];
  routeType: RouteType;
  hours: { min: number; max: number };
  positions: number;
  remote: boolean;
  postcode: string | null;
  minDutchLevel: CefrLevel | null;
  educationLevel: EducationLevel | null;
  inclusiveOptions: InclusiveOption[];
  contractType: ContractType | null;
  pay: { min: number; max: number; period: PayPeriod } | null;
  closingDate: string;
}

export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 160;
export const DESCRIPTION_MIN_LENGTH = 10;
export const DESCRIPTION_MAX_LENGTH = 10_000;
export const SKILLS_MAX = 30;
export const POSITIONS_MAX = 999;
/** numeric(9,2) in the database. */
export const PAY_MAX = 9_999_999.99;
export const CLOSING_DATE_MAX_MONTHS = 12;
export const RETURN_REASON_MIN_LENGTH = 3;
export const RETURN_REASON_MAX_LENGTH = 1000;

/** Routes where an employment contract is the point: a place on them without one cannot be offered. */
export const CONTRACT_REQUIRED_ROUTE_TYPES: readonly RouteType[] = [
  RouteType.PAID_JOB,
  RouteType.SUPPORTED_JOB,
  RouteType.SHELTERED_WORK,
];

export const VacancyRule = {
  title: `between ${TITLE_MIN_LENGTH} and ${TITLE_MAX_LENGTH} characters`,
  description: `between ${DESCRIPTION_MIN_LENGTH} and ${DESCRIPTION_MAX_LENGTH} characters`,
  requiredSkills: `at least 1 and at most ${SKILLS_MAX} skills`,
  niceToHaveSkills: `at most ${SKILLS_MAX} skills`,
  listedOnce: 'listed once',
  alsoRequired: 'not also a required skill',
  knownReference: 'a known taxonomy reference',
  routeType: `a route type an employer can offer: ${VACANCY_ROUTE_TYPES.join(', ')}`,
  positions: `a whole number between 1 and ${POSITIONS_MAX}`,
  postcodeRequired: 'required unless the vacancy is remote',
  postcodeFormat: POSTCODE_RULE,
  unknownPostcode: 'a postcode that exists in the Netherlands',
  enumValue: (values: readonly string[]) => `one of ${values.join(', ')}`,
  contractRequired: 'required for a paid job, a supported job or sheltered work',
  contractNotApplicable: `only for routes with a contract: ${PAID_ROUTE_TYPES.join(', ')}`,
  payNotApplicable: `only for routes with pay: ${PAID_ROUTE_TYPES.join(', ')}`,
  payAmount: `euros from 0 to ${PAY_MAX} with at most 2 decimals`,
  payMinAboveMax: 'at most the maximum',
  closingDateFormat: 'a date of the form YYYY-MM-DD',
  closingDatePast: 'today or later (Europe/Amsterdam)',
  closingDateTooFar: `at most ${CLOSING_DATE_MAX_MONTHS} months ahead`,
  returnReason: `between ${RETURN_REASON_MIN_LENGTH} and ${RETURN_REASON_MAX_LENGTH} characters`,
} as const;

export function normalizeVacancyDraft(draft: VacancyDraft): NormalizedVacancyDraft {
  const postcode = draft.postcode?.trim() || null;
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    occupationId: draft.occupationId?.trim() || null,
    requiredSkillIds: [...draft.requiredSkillIds],
    niceToHaveSkillIds: [...(draft.niceToHaveSkillIds ?? [])],
    routeType: draft.routeType,
    hours: { min: draft.hours.min, max: draft.hours.max },
    positions: draft.positions ?? 1,
    remote: draft.remote ?? false,
    // Written out as `3991 AB` when well-formed; a malformed one is kept as typed for its violation.
    postcode:
      postcode && isDutchPostcode(postcode) ? parseDutchPostcode(postcode).formatted : postcode,
    minDutchLevel: draft.minDutchLevel ?? null,
    educationLevel: draft.educationLevel ?? null,
    inclusiveOptions: [...new Set(draft.inclusiveOptions ?? [])],
    contractType: draft.contractType ?? null,
    pay: draft.pay ? { min: draft.pay.min, max: draft.pay.max, period: draft.pay.period } : null,
    closingDate: draft.closingDate.trim(),
  };
}

function isAmount(value: number): boolean {
  return (
    Number.isFinite(value) &&
    value >= 0 &&
    value <= PAY_MAX &&
    Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
  );
}

function duplicateViolations(ids: readonly string[], field: string): FieldViolation[] {
  const seen = new Set<string>();
  const violations: FieldViolation[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id))
      violations.push({ field: `${field}[${index}]`, rule: VacancyRule.listedOnce });
    seen.add(id);
  });
  return violations;
}

export interface VacancyRuleContext {
  /** Today in Amsterdam (`amsterdamDate(new Date())`), so the rule is pure and testable. */
  today: string;
  /** Prefix of every field path: the GraphQL argument (`input`). */
  field?: string;
}

/**
 * Every rule a vacancy's content must meet that needs no look-up, as violations naming the input path
 * (`input.hours.min`). Rules that need the reference data (does this postcode or skill exist?) are in
 * `vacancyReferenceViolations`, so a caller can report both in one answer.
 */
export function vacancyViolations(
  draft: NormalizedVacancyDraft,
  { today, field = 'input' }: VacancyRuleContext,
): FieldViolation[] {
  const at = (name: string) => `${field}.${name}`;
  const violations: FieldViolation[] = [];
  const add = (name: string, rule: string) => violations.push({ field: at(name), rule });

  if (draft.title.length < TITLE_MIN_LENGTH || draft.title.length > TITLE_MAX_LENGTH)
    add('title', VacancyRule.title);
  if (
    draft.description.length < DESCRIPTION_MIN_LENGTH ||
    draft.description.length > DESCRIPTION_MAX_LENGTH
  )
    add('description', VacancyRule.description);

  if (draft.requiredSkillIds.length < 1 || draft.requiredSkillIds.length > SKILLS_MAX)
    add('requiredSkillIds', VacancyRule.requiredSkills);
  if (draft.niceToHaveSkillIds.length > SKILLS_MAX)
    add('niceToHaveSkillIds', VacancyRule.niceToHaveSkills);
  violations.push(...duplicateViolations(draft.requiredSkillIds, at('requiredSkillIds')));
  violations.push(...duplicateViolations(draft.niceToHaveSkillIds, at('niceToHaveSkillIds')));
  const required = new Set(draft.requiredSkillIds);
  draft.niceToHaveSkillIds.forEach((id, index) => {
    if (required.has(id)) add(`niceToHaveSkillIds[${index}]`, VacancyRule.alsoRequired);
  });

  if (!VACANCY_ROUTE_TYPES.includes(draft.routeType)) add('routeType', VacancyRule.routeType);
  violations.push(...hoursRangeViolations(draft.hours, at('hours')));
  if (!Number.isInteger(draft.positions) || draft.positions < 1 || draft.positions > POSITIONS_MAX)
    add('positions', VacancyRule.positions);

  if (draft.postcode === null) {
    if (!draft.remote) add('postcode', VacancyRule.postcodeRequired);
  } else if (!isDutchPostcode(draft.postcode)) add('postcode', VacancyRule.postcodeFormat);

  const enumCheck = <T extends string>(
    name: string,
    value: T | null,
    values: Record<string, T>,
  ) => {
    if (value !== null && !Object.values(values).includes(value))
      add(name, VacancyRule.enumValue(Object.values(values)));
  };
  enumCheck('minDutchLevel', draft.minDutchLevel, CefrLevel);
  enumCheck('educationLevel', draft.educationLevel, EducationLevel);
  draft.inclusiveOptions.forEach((option, index) =>
    enumCheck(`inclusiveOptions[${index}]`, option, InclusiveOption),
  );

  const paid = PAID_ROUTE_TYPES.includes(draft.routeType);
  if (draft.contractType === null) {
    if (CONTRACT_REQUIRED_ROUTE_TYPES.includes(draft.routeType))
      add('contractType', VacancyRule.contractRequired);
  } else if (!paid) add('contractType', VacancyRule.contractNotApplicable);
  else enumCheck('contractType', draft.contractType, ContractType);

  if (draft.pay) {
    if (!paid) add('pay', VacancyRule.payNotApplicable);
    else {
      const amountsOk = [
        ['min', draft.pay.min],
        ['max', draft.pay.max],
      ] as const;
      for (const [end, value] of amountsOk)
        if (!isAmount(value)) add(`pay.${end}`, VacancyRule.payAmount);
      if (isAmount(draft.pay.min) && isAmount(draft.pay.max) && draft.pay.min > draft.pay.max)
        add('pay.min', VacancyRule.payMinAboveMax);
      enumCheck('pay.period', draft.pay.period, PayPeriod);
    }
  }

  violations.push(...closingDateViolations(draft.closingDate, today, at('closingDate')));
  return violations;
}

/** A closing date is a real date, not before today and at most 12 months ahead (all in Amsterdam). */
export function closingDateViolations(
  closingDate: string,
  today: string,
  field = 'input.closingDate',
): FieldViolation[] {
  if (!isIsoDate(closingDate)) return [{ field, rule: VacancyRule.closingDateFormat }];
  // ISO dates compare as strings.
  if (closingDate < today) return [{ field, rule: VacancyRule.closingDatePast }];
  if (closingDate > addMonths(today, CLOSING_DATE_MAX_MONTHS))
    return [{ field, rule: VacancyRule.closingDateTooFar }];
  return [];
}

/** What the reference data said about the draft's references; the caller looks them up. */
export interface VacancyReferences {
  knownSkillIds: ReadonlySet<string>;
  knownOccupationIds: ReadonlySet<string>;
  /** Whether the (well-formed) postcode exists; null when there was none to look up. */
  postcodeKnown: boolean | null;
}

/** Unknown taxonomy references and postcodes, each named by its input path (`input.requiredSkillIds[2]`). */
export function vacancyReferenceViolations(
  draft: NormalizedVacancyDraft,
  references: VacancyReferences,
  field = 'input',
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (draft.occupationId !== null && !references.knownOccupationIds.has(draft.occupationId))
    violations.push({ field: `${field}.occupationId`, rule: VacancyRule.knownReference });
  for (const list of ['requiredSkillIds', 'niceToHaveSkillIds'] as const) {
    draft[list].forEach((id, index) => {
      if (!references.knownSkillIds.has(id))
        violations.push({ field: `${field}.${list}[${index}]`, rule: VacancyRule.knownReference });
    });
  }
  if (references.postcodeKnown === false)
    violations.push({ field: `${field}.postcode`, rule: VacancyRule.unknownPostcode });
  return violations;
}

/** The reason an account manager gives when returning a vacancy; the employer reads it. */
export function returnReasonViolations(reason: string, field = 'reason'): FieldViolation[] {
  const length = reason.trim().length;
  return length < RETURN_REASON_MIN_LENGTH || length > RETURN_REASON_MAX_LENGTH
    ? [{ field, rule: VacancyRule.returnReason }]
    : [];
}
