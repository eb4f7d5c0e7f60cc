import { EducationLevel, InclusiveOption, RouteType } from '@werkmatch/work/domain';

/** A text in both languages of the platform. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** Route names as they start a sentence ("Vrijwilligerswerk past bij …"). */
export const ROUTE_LABEL: Readonly<Record<RouteType, Bilingual>> = Object.freeze({
  [RouteType.DAY_ACTIVITY]: { nl: 'Arbeidsmatige dagbesteding', en: 'Work-like day activity' },
  [RouteType.SOCIAL_ACTIVATION]: { nl: 'Sociale activering', en: 'Social activation' },
  [RouteType.VOLUNTEER]: { nl: 'Vrijwilligerswerk', en: 'Volunteer work' },
  [RouteType.PARTICIPATION_JOB]: { nl: 'Een participatiebaan', en: 'A participation job' },
  [RouteType.WORK_EXPERIENCE]: { nl: 'Een werkervaringsplek', en: 'A work-experience place' },
  [RouteType.LEARN_WORK]: { nl: 'Een leerwerkplek', en: 'A learn-work place' },
  [RouteType.SHELTERED_WORK]: { nl: 'Beschut werk', en: 'Sheltered work' },
  [RouteType.SUPPORTED_JOB]: {
    nl: 'Betaald werk met ondersteuning',
    en: 'Paid work with support',
  },
  [RouteType.PAID_JOB]: { nl: 'Betaald werk', en: 'A paid job' },
  [RouteType.SELF_EMPLOYMENT]: { nl: 'Werken als zelfstandige', en: 'Self-employment' },
});

export const EDUCATION_LABEL: Readonly<Record<EducationLevel, Bilingual>> = Object.freeze({
  [EducationLevel.NONE]: { nl: 'geen diploma', en: 'no diploma' },
  [EducationLevel.PRIMARY]: { nl: 'basisonderwijs', en: 'primary school' },
  [EducationLevel.VMBO]: { nl: 'vmbo', en: 'VMBO' },
  [EducationLevel.MBO_1]: { nl: 'mbo 1', en: 'MBO 1' },
  [EducationLevel.MBO_2]: { nl: 'mbo 2', en: 'MBO 2' },
  [EducationLevel.MBO_3]: { nl: 'mbo 3', en: 'MBO 3' },
  [EducationLevel.MBO_4]: { nl: 'mbo 4', en: 'MBO 4' },
  [EducationLevel.HAVO_VWO]: { nl: 'havo/vwo', en: 'HAVO/VWO' },
  [EducationLevel.HBO]: { nl: 'hbo', en: 'HBO' },
  [EducationLevel.WO]: { nl: 'wo', en: 'WO' },
});

export const INCLUSIVE_OPTION_LABEL: Readonly<Record<InclusiveOption, Bilingual>> = Object.freeze({
  [InclusiveOption.JOB_AGREEMENT_SUITABLE]: {
    nl: 'geschikt voor de Banenafspraak',
    en: 'suitable for the Banenafspraak',
  },
  [InclusiveOption.JOB_COACH_POSSIBLE]: { nl: 'jobcoach mogelijk', en: 'job coach possible' },
  [InclusiveOption.ACCESSIBLE_WORKPLACE]: {
    nl: 'toegankelijke werkplek',
    en: 'accessible workplace',
  },
  [InclusiveOption.PART_TIME_POSSIBLE]: { nl: 'deeltijd mogelijk', en: 'part time possible' },
});

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not one: UTC, so no time zone can shift it. */
export function dayNumber(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(time / 86_400_000);
}

/** `2026-03-01` as "1 maart 2026" / "1 March 2026"; anything else is shown as given. */
export function formatDate(date: string): Bilingual {
  const match = ISO_DATE.exec(date);
  if (!match || dayNumber(date) === null) return { nl: date, en: date };
  const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
  return {
    nl: `${day} ${MONTHS_NL[month - 1]} ${year}`,
    en: `${day} ${MONTHS_EN[month - 1]} ${year}`,
  };
}

/** Whole km, except where rounding would hide that a place lies just beyond the range. */
export function formatKm(km: number, rangeKm: number): Bilingual {
  if (km < 0.5) return { nl: '< 1 km', en: '< 1 km' };
  const whole = Math.round(km);
  if (km > rangeKm && whole <= rangeKm) {
    const tenths = km.toFixed(1);
    return { nl: `${tenths.replace('.', ',')} km`, en: `${tenths} km` };
  }
  return { nl: `${whole} km`, en: `${whole} km` };
}

/** At most `max` names, then "en 3 meer" / "and 3 more": an explanation should stay one line. */
export function listNames(names: readonly string[], max: number): Bilingual {
  const shown = names.slice(0, max).join(', ');
  const rest = names.length - max;
  if (rest <= 0) return { nl: shown, en: shown };
  return { nl: `${shown} en ${rest} meer`, en: `${shown} and ${rest} more` };
}
