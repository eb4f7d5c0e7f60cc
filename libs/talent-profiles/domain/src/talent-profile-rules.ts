import { parseDutchPostcode } from '@werkmatch/geo/domain';
import { DomainError, ErrorCode, FieldViolation } from '@werkmatch/shared/errors';
import {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  hoursRangeViolations,
  PARTICIPATION_LEVEL_MAX,
  PARTICIPATION_LEVEL_MIN,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
  TransportMode,
} from '@werkmatch/work/domain';
import { ISO_639_1_CODES } from './language-codes';
import type {
  AssessmentChanges,
  CoachAssessment,
  DiplomaRecord,
  LanguageRecord,
  ProfileSkill,
  TalentProfileChanges,
  TalentProfileContent,
  TalentRecord,
  WorkExperienceRecord,
} from './talent-profile';

/** The longest texts and lists a profile takes: enough for a person's story, not for a pasted CV. */
export const TALENT_PROFILE_LIMITS = {
  headline: 160,
  talentText: 200,
  talents: 20,
  skills: 50,
  workExperience: 30,
  workTitle: 120,
  workEmployer: 120,
  workDescription: 1000,
  diplomas: 20,
  diplomaName: 160,
  languages: 20,
  wantedOccupations: 10,
  travelKmMax: 300,
  /** Earliest start: not more than this many days back (older is not a start date but history)... */
  earliestStartDaysBack: 365,
  /** ... nor more than this many ahead. */
  earliestStartDaysAhead: 730,
  oldestYear: 1950,
} as const;

/** The rules as a person reads them in an error, stable enough for a client to match on. */
export const RULES = {
  duplicate: 'no duplicates',
  required: 'is required',
  maxItems: (n: number) => `at most ${n} items`,
  length: (max: number) => `1 to ${max} characters`,
  maxLength: (max: number) => `at most ${max} characters`,
  cefr: 'a CEFR level from A1 to C2',
  language: 'an ISO 639-1 language code (nl, en, ar, ...)',
  travelKm: `whole kilometres from 0 to ${TALENT_PROFILE_LIMITS.travelKmMax}`,
  date: 'a date of the form YYYY-MM-DD',
  earliestStartPast: 'not more than a year back',
  earliestStartFuture: 'not more than two years ahead',
  month: 'a month of the form YYYY-MM',
  monthNotFuture: 'not in the future',
  monthAfterFrom: 'not before `from`',
  year: (max: number) => `a year from ${TALENT_PROFILE_LIMITS.oldestYear} to ${max}`,
  participationLevel: `a whole number from ${PARTICIPATION_LEVEL_MIN} to ${PARTICIPATION_LEVEL_MAX} (participatieladder)`,
  oneOf: (values: readonly string[]) => `one of ${values.join(', ')}`,
} as const;

/** What a client may send: every field optional; null clears a value or empties a list. */
export type TalentProfileInput = {
  [K in keyof TalentProfileContent]?: TalentProfileContent[K] | null;
};
export type AssessmentInput = { [K in keyof CoachAssessment]?: CoachAssessment[K] | null };

export interface Prepared<T> {
  changes: T;
  violations: FieldViolation[];
}

const DAY_MS = 86_400_000;

// One formatter for the process: building one costs far more than formatting (a bulk load validates 100,000 saves).
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands at `now`, `YYYY-MM-DD`: what "today" means for a start date. */
export function dutchDate(now: Date): string {
  return DUTCH_DATE.format(now);
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return Number(match[1]) >= TALENT_PROFILE_LIMITS.oldestYear && month >= 1 && month <= 12;
}

/** Trimmed text, null for nothing; a string of spaces counts as nothing. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

/** Collects violations while fields are cleaned, so one call reports every broken rule at once. */
class Checker {
  readonly violations: FieldViolation[] = [];

  add(field: string, rule: string): void {
    this.violations.push({ field, rule });
  }

  maxItems(field: string, list: readonly unknown[], max: number): void {
    if (list.length > max) this.add(field, RULES.maxItems(max));
  }

  /** Reports the later of two equal items, naming its index. */
  duplicates<T>(
    list: readonly T[],
    key: (item: T) => string,
    field: (index: number) => string,
  ): void {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) this.add(field(index), RULES.duplicate);
      seen.add(k);
    });
  }

  oneOf<T extends string>(field: string, value: T, values: readonly T[]): void {
    if (!values.includes(value)) this.add(field, RULES.oneOf(values));
  }

  enumList<T extends string>(field: string, list: readonly T[], values: readonly T[]): void {
    list.forEach((value, index) => this.oneOf(`${field}[${index}]`, value, values));
    this.duplicates(
      list,
      (value) => value,
      (index) => `${field}[${index}]`,
    );
  }

  requiredText(field: string, value: string | null | undefined, max: number): string {
    const cleaned = text(value);
    if (!cleaned || cleaned.length > max) this.add(field, RULES.length(max));
    return cleaned ?? '';
  }

  optionalText(field: string, value: string | null | undefined, max: number): string | null {
    const cleaned = text(value);
    if (cleaned && cleaned.length > max) this.add(field, RULES.maxLength(max));
    return cleaned;
  }
}

const values = <T extends string>(e: Record<string, T>): T[] => Object.values(e);

/**
 * Cleans a save (trims texts, writes the postcode in its standard form, lower-cases language codes) and checks
 * every field against its rule. Each violation names its input path (`input.hours.min`, `input.skills[2].skillId`).
 * Whether a postcode exists and a taxonomy reference is known needs the database: the service checks those.
 */
export function prepareTalentProfileChanges(
  input: TalentProfileInput,
  now: Date,
  prefix = 'input',
): Prepared<TalentProfileChanges> {
  const check = new Checker();
  const path = (field: string) => `${prefix}.${field}`;
  const changes: TalentProfileChanges = {};
  const today = dutchDate(now);
  const thisMonth = today.slice(0, 7);
  const thisYear = Number(today.slice(0, 4));

  if (input.headline !== undefined) {
    changes.headline = check.optionalText(
      path('headline'),
      input.headline,
      TALENT_PROFILE_LIMITS.headline,
    );
  }

  if (input.talents !== undefined) {
    const talents: TalentRecord[] = (input.talents ?? []).map((talent, index) => ({
      text: check.requiredText(
        path(`talents[${index}].text`),
        talent.text,
        TALENT_PROFILE_LIMITS.talentText,
      ),
      private: talent.private === true,
    }));
    check.maxItems(path('talents'), talents, TALENT_PROFILE_LIMITS.talents);
    check.duplicates(
      talents,
      (talent) => talent.text.toLowerCase(),
      (index) => path(`talents[${index}].text`),
    );
    changes.talents = talents;
  }

  if (input.skills !== undefined) {
    const skills: ProfileSkill[] = (input.skills ?? []).map((skill, index) => {
      check.oneOf(path(`skills[${index}].level`), skill.level, values(SkillLevel));
      return { skillId: skill.skillId.trim(), level: skill.level };
    });
    check.maxItems(path('skills'), skills, TALENT_PROFILE_LIMITS.skills);
    check.duplicates(
      skills,
      (skill) => skill.skillId.toLowerCase(),
      (index) => path(`skills[${index}].skillId`),
    );
    changes.skills = skills;
  }

  if (input.workExperience !== undefined) {
    const experience: WorkExperienceRecord[] = (input.workExperience ?? []).map((work, index) => {
      const at = (field: string) => path(`workExperience[${index}].${field}`);
      const from = work.from?.trim() ?? '';
      const until = text(work.until);
      if (!isMonth(from)) check.add(at('from'), RULES.month);
      else if (from > thisMonth) check.add(at('from'), RULES.monthNotFuture);
      if (until !== null) {
        if (!isMonth(until)) check.add(at('until'), RULES.month);
        else if (until > thisMonth) check.add(at('until'), RULES.monthNotFuture);
        else if (isMonth(from) && until < from) check.add(at('until'), RULES.monthAfterFrom);
      }
      return {
        title: check.requiredText(at('title'), work.title, TALENT_PROFILE_LIMITS.workTitle),
        employer: check.optionalText(
          at('employer'),
          work.employer,
          TALENT_PROFILE_LIMITS.workEmployer,
        ),
        occupationId: text(work.occupationId),
        from,
        until,
        description: check.optionalText(
          at('description'),
          work.description,
          TALENT_PROFILE_LIMITS.workDescription,
        ),
        private: work.private === true,
      };
    });
    check.maxItems(path('workExperience'), experience, TALENT_PROFILE_LIMITS.workExperience);
    changes.workExperience = experience;
  }

  if (input.educationLevel !== undefined) {
    if (input.educationLevel !== null)
      check.oneOf(path('educationLevel'), input.educationLevel, values(EducationLevel));
    changes.educationLevel = input.educationLevel;
  }

  if (input.diplomas !== undefined) {
    const diplomas: DiplomaRecord[] = (input.diplomas ?? []).map((diploma, index) => {
      const at = (field: string) => path(`diplomas[${index}].${field}`);
      const year = diploma.year ?? null;
      if (
        year !== null &&
        (!Number.isInteger(year) || year < TALENT_PROFILE_LIMITS.oldestYear || year > thisYear)
      )
        check.add(at('year'), RULES.year(thisYear));
      const level = diploma.level ?? null;
      if (level !== null) check.oneOf(at('level'), level, values(EducationLevel));
      return {
        name: check.requiredText(at('name'), diploma.name, TALENT_PROFILE_LIMITS.diplomaName),
        level,
        year,
      };
    });
    check.maxItems(path('diplomas'), diplomas, TALENT_PROFILE_LIMITS.diplomas);
    check.duplicates(
      diplomas,
      (diploma) => `${diploma.name.toLowerCase()}|${diploma.year ?? ''}`,
      (index) => path(`diplomas[${index}].name`),
    );
    changes.diplomas = diplomas;
  }

  if (input.languages !== undefined) {
    const languages: LanguageRecord[] = (input.languages ?? []).map((language, index) => {
      const code = (language.code ?? '').trim().toLowerCase();
      if (!ISO_639_1_CODES.has(code)) check.add(path(`languages[${index}].code`), RULES.language);
      if (!values(CefrLevel).includes(language.level))
        check.add(path(`languages[${index}].level`), RULES.cefr);
      return { code, level: language.level };
    });
    check.maxItems(path('languages'), languages, TALENT_PROFILE_LIMITS.languages);
    check.duplicates(
      languages,
      (language) => language.code,
      (index) => path(`languages[${index}].code`),
    );
    changes.languages = languages;
  }

  if (input.hours !== undefined) {
    if (input.hours !== null) {
      check.violations.push(...hoursRangeViolations(input.hours, path('hours')));
      changes.hours = { min: input.hours.min, max: input.hours.max };
    } else changes.hours = null;
  }

  if (input.earliestStart !== undefined) {
    const start = text(input.earliestStart);
    if (start !== null) {
      if (!isRealDate(start)) check.add(path('earliestStart'), RULES.date);
      else if (start < addDays(today, -TALENT_PROFILE_LIMITS.earliestStartDaysBack))
        check.add(path('earliestStart'), RULES.earliestStartPast);
      else if (start > addDays(today, TALENT_PROFILE_LIMITS.earliestStartDaysAhead))
        check.add(path('earliestStart'), RULES.earliestStartFuture);
    }
    changes.earliestStart = start;
  }

  if (input.postcode !== undefined) {
    const postcode = text(input.postcode);
    if (postcode === null) changes.postcode = null;
    else {
      try {
        changes.postcode = parseDutchPostcode(postcode, path('postcode')).formatted;
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== ErrorCode.BadUserInput) throw error;
        check.violations.push(...error.violations);
        changes.postcode = postcode;
      }
    }
  }

  if (input.travelKm !== undefined) {
    const km = input.travelKm;
    if (km !== null && (!Number.isInteger(km) || km < 0 || km > TALENT_PROFILE_LIMITS.travelKmMax))
      check.add(path('travelKm'), RULES.travelKm);
    changes.travelKm = km;
  }

  if (input.drivingLicences !== undefined) {
    const licences = input.drivingLicences ?? [];
    check.enumList(path('drivingLicences'), licences, values(DrivingLicence));
    changes.drivingLicences = [...licences];
  }

  if (input.transportModes !== undefined) {
    const modes = input.transportModes ?? [];
    check.enumList(path('transportModes'), modes, values(TransportMode));
    changes.transportModes = [...modes];
  }

  if (input.wantedOccupationIds !== undefined) {
    const ids = (input.wantedOccupationIds ?? []).map((id) => id.trim());
    check.maxItems(path('wantedOccupationIds'), ids, TALENT_PROFILE_LIMITS.wantedOccupations);
    check.duplicates(
      ids,
      (id) => id.toLowerCase(),
      (index) => path(`wantedOccupationIds[${index}]`),
    );
    changes.wantedOccupationIds = ids;
  }

  if (input.wantedRouteTypes !== undefined) {
    const routes = input.wantedRouteTypes ?? [];
    check.enumList(path('wantedRouteTypes'), routes, values(RouteType));
    changes.wantedRouteTypes = [...routes];
  }

  return { changes, violations: check.violations };
}

/** The coach's assessment, checked like a save: each violation names its input path. */
export function prepareAssessmentChanges(
  input: AssessmentInput,
  prefix = 'input',
): Prepared<AssessmentChanges> {
  const check = new Checker();
  const changes: AssessmentChanges = {};
  if (input.participationLevel !== undefined) {
    const level = input.participationLevel;
    if (
      level !== null &&
      (!Number.isInteger(level) ||
        level < PARTICIPATION_LEVEL_MIN ||
        level > PARTICIPATION_LEVEL_MAX)
    )
      check.add(`${prefix}.participationLevel`, RULES.participationLevel);
    changes.participationLevel = level;
  }
  if (input.supportNeeds !== undefined) {
    const needs = input.supportNeeds ?? [];
    check.enumList(`${prefix}.supportNeeds`, needs, values(SupportNeed));
    changes.supportNeeds = [...needs];
  }
  if (input.targetGroups !== undefined) {
    const groups = input.targetGroups ?? [];
    check.enumList(`${prefix}.targetGroups`, groups, values(TargetGroup));
    changes.targetGroups = [...groups];
  }
  return { changes, violations: check.violations };
}
