import { cefrRank, educationRank, RouteType, SkillLevel } from '@werkmatch/work/domain';
import { travelDistance } from './eligibility';
import {
  ExplanationItem,
  ExplanationKind,
  MatchedSkill,
  MatchScore,
  OccupationMatchLevel,
} from './explanation';
import {
  Bilingual,
  dayNumber,
  EDUCATION_LABEL,
  formatDate,
  formatKm,
  INCLUSIVE_OPTION_LABEL,
  listNames,
  ROUTE_LABEL,
} from './labels';
import { DEFAULT_MATCH_WEIGHTS, MATCH_SCORING_RULES, MatchWeights } from './match-config';
import type { MatchCandidate, MatchVacancy, SkillRef } from './match-input';
import { routeFit } from './participation-routes';

const RULES = MATCH_SCORING_RULES;
/** Missing skills named in the sentence; the item's data lists them all. */
const MISSING_NAMED = 5;

type Credits = ReadonlyMap<string, number>;

/**
 * A part of the score: its 0–1 fit, unrounded so rounding happens once at the end, and how to explain it. The text is
 * only built when asked for, so ranking many pairs by score alone (`scoreMatchOnly`) skips it.
 */
interface Part {
  fit: number;
  weight: number;
  explain: () => ExplanationItem;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function creditsOf(candidate: MatchCandidate): Credits {
  const credits = new Map<string, number>();
  for (const skill of candidate.skills) {
    const credit = RULES.skillLevelCredit[skill.level] ?? 0;
    // A skill listed twice counts once, at the better assessment.
    if (credit > (credits.get(skill.id) ?? -1)) credits.set(skill.id, credit);
  }
  return credits;
}

function split(
  skills: readonly SkillRef[],
  credits: Credits,
): { matched: MatchedSkill[]; missing: SkillRef[]; credit: number } {
  const matched: MatchedSkill[] = [];
  const missing: SkillRef[] = [];
  let credit = 0;
  for (const skill of skills) {
    const own = credits.get(skill.id);
    if (own === undefined) missing.push({ id: skill.id, label: skill.label });
    else {
      matched.push({ id: skill.id, label: skill.label, credit: own });
      credit += own;
    }
  }
  return { matched, missing, credit };
}

function beginnerNote(matched: readonly MatchedSkill[]): Bilingual {
  const beginners = matched.filter(
    (skill) => skill.credit === RULES.skillLevelCredit[SkillLevel.BEGINNER],
  ).length;
  if (beginners === 0) return { nl: '', en: '' };
  return { nl: ` (${beginners} als beginner)`, en: ` (${beginners} as a beginner)` };
}

function requiredSkillsPart(vacancy: MatchVacancy, credits: Credits, weight: number): Part | null {
  const required = split(vacancy.requiredSkills, credits);
  const slotsWanted = RULES.occupationSkillsFillRoutes.includes(vacancy.routeType)
    ? Math.max(0, RULES.requiredSkillsFilledUpTo - vacancy.requiredSkills.length)
    : 0;
  let occupationSlots = 0;
  let occupationMatched: MatchedSkill[] = [];
  if (slotsWanted > 0 && vacancy.occupationEssentialSkills.length > 0) {
    const listed = new Set([
      ...vacancy.requiredSkills.map((skill) => skill.id),
      ...vacancy.niceToHaveSkills.map((skill) => skill.id),
    ]);
    const essentials = vacancy.occupationEssentialSkills.filter((skill) => !listed.has(skill.id));
    occupationSlots = Math.min(slotsWanted, essentials.length);
    // The best-assessed essentials fill the slots; the sort is stable, so ties keep ESCO's order.
    occupationMatched = split(essentials, credits)
      .matched.sort((a, b) => b.credit - a.credit)
      .slice(0, occupationSlots);
  }
  const slots = vacancy.requiredSkills.length + occupationSlots;
  if (slots === 0) return null;
  const occupationCredit = occupationMatched.reduce((sum, skill) => sum + skill.credit, 0);
  const fit = (required.credit + occupationCredit) / slots;
  return {
    fit,
    weight,
    explain: () =>
      requiredSkillsItem(vacancy, required, occupationSlots, occupationMatched, fit, weight),
  };
}

function requiredSkillsItem(
  vacancy: MatchVacancy,
  required: { matched: MatchedSkill[]; missing: SkillRef[] },
  occupationSlots: number,
  occupationMatched: MatchedSkill[],
  fit: number,
  weight: number,
): ExplanationItem {
  const parts: Bilingual[] = [];
  if (vacancy.requiredSkills.length > 0) {
    const note = beginnerNote(required.matched);
    parts.push({
      nl: `${required.matched.length} van ${vacancy.requiredSkills.length} vereiste vaardigheden${note.nl}`,
      en: `${required.matched.length} of ${vacancy.requiredSkills.length} required skills${note.en}`,
    });
  }
  if (occupationSlots > 0)
    parts.push({
      nl: `${occupationMatched.length} van ${occupationSlots} kernvaardigheden van het beroep (ESCO)`,
      en: `${occupationMatched.length} of ${occupationSlots} core skills of the occupation (ESCO)`,
    });
  let nl = parts.map((part) => part.nl).join(' en ');
  let en = parts.map((part) => part.en).join(' and ');
  if (required.missing.length > 0) {
    const names = listNames(
      required.missing.map((skill) => skill.label),
      MISSING_NAMED,
    );
    nl += `. Mist: ${names.nl}`;
    en += `. Missing: ${names.en}`;
  }
  return {
    kind: ExplanationKind.REQUIRED_SKILLS,
    weight,
    score: round2(fit),
    nl,
    en,
    data: {
      matched: required.matched,
      missing: required.missing,
      occupationSlots,
      occupationMatched,
    },
  };
}

function niceToHaveSkillsPart(
  vacancy: MatchVacancy,
  credits: Credits,
  weight: number,
): Part | null {
  const total = vacancy.niceToHaveSkills.length;
  if (total === 0) return null;
  const { matched, missing, credit } = split(vacancy.niceToHaveSkills, credits);
  const fit = credit / total;
  return {
    fit,
    weight,
    explain: () => ({
      kind: ExplanationKind.NICE_TO_HAVE_SKILLS,
      weight,
      score: round2(fit),
      nl: `${matched.length} van ${total} gewenste vaardigheden`,
      en: `${matched.length} of ${total} nice-to-have skills`,
      data: { matched, missing },
    }),
  };
}

const OCCUPATION_RANK: Readonly<Record<OccupationMatchLevel, number>> = {
  EXACT: 4,
  ISCO_4: 3,
  ISCO_3: 2,
  ISCO_2: 1,
  OTHER: 0,
  NONE_WANTED: 0,
};

function occupationLevel(
  candidate: MatchCandidate,
  id: string,
  group: string,
): OccupationMatchLevel {
  let best: OccupationMatchLevel = 'OTHER';
  for (const wanted of candidate.wantedOccupations) {
    const level: OccupationMatchLevel =
      wanted.id === id
        ? 'EXACT'
        : wanted.iscoGroup === group
          ? 'ISCO_4'
          : wanted.iscoGroup.slice(0, 3) === group.slice(0, 3)
            ? 'ISCO_3'
            : wanted.iscoGroup.slice(0, 2) === group.slice(0, 2)
              ? 'ISCO_2'
              : 'OTHER';
    if (OCCUPATION_RANK[level] > OCCUPATION_RANK[best]) best = level;
  }
  return best;
}

function occupationText(level: OccupationMatchLevel, label: string, group: string): Bilingual {
  switch (level) {
    case 'NONE_WANTED':
      return {
        nl: `${label}: geen gewenst beroep opgegeven, de vaardigheden tellen hier`,
        en: `${label}: no wanted occupation given, the skills count here`,
      };
    case 'EXACT':
      return { nl: `Gewenst beroep: ${label}`, en: `Wanted occupation: ${label}` };
    case 'ISCO_4':
      return {
        nl: `${label}: zelfde beroepsgroep als een gewenst beroep (ISCO ${group})`,
        en: `${label}: same occupation group as a wanted occupation (ISCO ${group})`,
      };
    case 'ISCO_3':
      return {
        nl: `${label}: verwant aan een gewenst beroep (ISCO ${group.slice(0, 3)})`,
        en: `${label}: related to a wanted occupation (ISCO ${group.slice(0, 3)})`,
      };
    case 'ISCO_2':
      return {
        nl: `${label}: zelfde vakgebied als een gewenst beroep (ISCO ${group.slice(0, 2)})`,
        en: `${label}: same field as a wanted occupation (ISCO ${group.slice(0, 2)})`,
      };
    case 'OTHER':
      return {
        nl: `${label}: niet bij de gewenste beroepen`,
        en: `${label}: not among the wanted occupations`,
      };
  }
}

function occupationFit(level: OccupationMatchLevel, skillsFit: number | null): number {
  const fits = RULES.occupationFit;
  switch (level) {
    case 'NONE_WANTED':
      return skillsFit ?? RULES.unknownFit;
    case 'EXACT':
      return fits.exact;
    case 'ISCO_4':
      return fits.isco4;
    case 'ISCO_3':
      return fits.isco3;
    case 'ISCO_2':
      return fits.isco2;
    case 'OTHER':
      return fits.other;
  }
}

function occupationPart(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  weight: number,
  skillsFit: number | null,
): Part | null {
  const occupation = vacancy.occupation;
  if (occupation === null) return null;
  const { id, label, iscoGroup } = occupation;
  // Without a wanted occupation the person is open to any and their skills speak for them. A fixed middle value
  // would let a pair with nothing in common reach the proposal threshold on convenience alone.
  const level =
    candidate.wantedOccupations.length === 0
      ? 'NONE_WANTED'
      : occupationLevel(candidate, id, iscoGroup);
  const fit = occupationFit(level, skillsFit);
  return {
    fit,
    weight,
    explain: () => ({
      kind: ExplanationKind.OCCUPATION,
      weight,
      score: round2(fit),
      ...occupationText(level, label, iscoGroup),
      data: { occupation: { id, label, iscoGroup }, level },
    }),
  };
}

function distancePart(candidate: MatchCandidate, vacancy: MatchVacancy, weight: number): Part {
  const distance = travelDistance(candidate, vacancy);
  const range = candidate.travelKm;
  const part = (fit: number, text: () => Bilingual, km: number | null): Part => ({
    fit,
    weight,
    explain: () => ({
      kind: ExplanationKind.DISTANCE,
      weight,
      score: round2(fit),
      ...text(),
      data: { remote: distance.kind === 'REMOTE', km, travelKm: range },
    }),
  });
  if (distance.kind === 'REMOTE')
    return part(1, () => ({ nl: 'Werk op afstand', en: 'Remote work' }), null);
  if (distance.kind === 'UNKNOWN')
    return part(0, () => ({ nl: 'Werkplek onbekend', en: 'Workplace unknown' }), null);
  const fit = !distance.withinRange
    ? 0
    : range === 0
      ? 1
      : 1 - (1 - RULES.distanceScoreAtRange) * (distance.km / range);
  return part(
    fit,
    () => distanceText(distance.km, range, distance.withinRange),
    Math.round(distance.km * 10) / 10,
  );
}

function distanceText(distance: number, range: number, withinRange: boolean): Bilingual {
  const km = formatKm(distance, range);
  return withinRange
    ? {
        nl: `${km.nl}, binnen ${range} km reisafstand`,
        en: `${km.en}, within a ${range} km travel range`,
      }
    : {
        nl: `${km.nl}, buiten ${range} km reisafstand`,
        en: `${km.en}, beyond a ${range} km travel range`,
      };
}

function hoursPart(candidate: MatchCandidate, vacancy: MatchVacancy, weight: number): Part {
  const available = candidate.hours;
  const offered = vacancy.hours;
  const low = Math.max(available.min, offered.min);
  const high = Math.min(available.max, offered.max);
  const overlap = low <= high ? { min: low, max: high } : null;
  // Shared hours against the narrower range: a person free 8–40 h fits a 36–40 h job fully; 20–32 h barely does.
  const fit =
    overlap === null
      ? 0
      : (high - low + 1) / (Math.min(available.max - available.min, offered.max - offered.min) + 1);
  return {
    fit,
    weight,
    explain: () => {
      const nl = `Beschikbaar ${available.min}–${available.max} uur, vacature ${offered.min}–${offered.max} uur per week`;
      const en = `Available ${available.min}–${available.max} hours, vacancy ${offered.min}–${offered.max} hours a week`;
      return {
        kind: ExplanationKind.HOURS,
        weight,
        score: round2(fit),
        nl: overlap ? nl : `${nl}: geen overlap`,
        en: overlap ? en : `${en}: no overlap`,
        data: {
          available: { min: available.min, max: available.max },
          offered: { min: offered.min, max: offered.max },
          overlap,
        },
      };
    },
  };
}

function languagePart(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  weight: number,
): Part | null {
  const required = vacancy.minDutchLevel;
  if (required === null) return null;
  const level = candidate.dutchLevel;
  const fit = level !== null && cefrRank(level) >= cefrRank(required) ? 1 : 0;
  return {
    fit,
    weight,
    explain: () => ({
      kind: ExplanationKind.LANGUAGE,
      weight,
      score: fit,
      nl: `Nederlands ${level ?? 'onbekend'}, vereist ${required}`,
      en: `Dutch ${level ?? 'unknown'}, ${required} required`,
      data: { dutchLevel: level, required },
    }),
  };
}

function educationPart(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  weight: number,
): Part | null {
  const asked = vacancy.educationLevel;
  if (asked === null) return null;
  const own = candidate.educationLevel;
  const askedLabel = EDUCATION_LABEL[asked];
  if (own === null)
    return {
      fit: RULES.unknownFit,
      weight,
      explain: () => ({
        kind: ExplanationKind.EDUCATION,
        weight,
        score: RULES.unknownFit,
        nl: `Opleidingsniveau onbekend, gevraagd ${askedLabel.nl}`,
        en: `Education unknown, ${askedLabel.en} asked`,
        data: { educationLevel: null, asked, levelsShort: 0 },
      }),
    };
  const levelsShort = Math.max(0, educationRank(asked) - educationRank(own));
  const shortfall = RULES.educationShortfall;
  // Below the level asked is a soft mark, not a bar: talents come first and many routes train on the job.
  const fit = levelsShort === 0 ? 1 : (shortfall[Math.min(levelsShort, shortfall.length) - 1] ?? 0);
  const ownLabel = EDUCATION_LABEL[own];
  return {
    fit,
    weight,
    explain: () => ({
      kind: ExplanationKind.EDUCATION,
      weight,
      score: round2(fit),
      nl: `Opleiding ${ownLabel.nl}, gevraagd ${askedLabel.nl}`,
      en: `Education ${ownLabel.en}, ${askedLabel.en} asked`,
      data: { educationLevel: own, asked, levelsShort },
    }),
  };
}

function routePart(candidate: MatchCandidate, vacancy: MatchVacancy, weight: number): Part {
  const level = candidate.participationLevel;
  const { fit, gap } = routeFit(level, vacancy.routeType);
  return {
    fit,
    weight,
    explain: () => ({
      kind: ExplanationKind.ROUTE,
      weight,
      score: round2(fit),
      ...routeText(vacancy.routeType, level, gap),
      data: { routeType: vacancy.routeType, participationLevel: level, gap },
    }),
  };
}

function routeText(routeType: RouteType, level: number | null, gap: number | null): Bilingual {
  const route = ROUTE_LABEL[routeType];
  let text: Bilingual;
  if (gap === null)
    text = {
      nl: `${route.nl}; geen trede op de participatieladder vastgelegd`,
      en: `${route.en}; no participation level assessed`,
    };
  else if (gap === 0)
    text = {
      nl: `${route.nl} past bij trede ${level} van de participatieladder`,
      en: `${route.en} fits participation level ${level}`,
    };
  else if (gap < 0)
    text = {
      nl: `${route.nl} ligt onder wat bij trede ${level} van de participatieladder past`,
      en: `${route.en} is below what fits participation level ${level}`,
    };
  else
    text = {
      nl: `${route.nl} is een grote stap vanaf trede ${level} van de participatieladder`,
      en: `${route.en} is a big step from participation level ${level}`,
    };
  return text;
}

function startPart(candidate: MatchCandidate, vacancy: MatchVacancy, weight: number): Part | null {
  const { earliestStart } = candidate;
  const { closingDate } = vacancy;
  if (earliestStart === null || closingDate === null) return null;
  const start = dayNumber(earliestStart);
  const closing = dayNumber(closingDate);
  if (start === null || closing === null) return null;
  const daysAfterClosing = start - closing;
  const grace = RULES.startGraceDays;
  const zero = RULES.startZeroAfterDays;
  const fit =
    daysAfterClosing <= grace
      ? 1
      : daysAfterClosing >= zero
        ? 0
        : 1 - (daysAfterClosing - grace) / (zero - grace);
  return {
    fit,
    weight,
    explain: () => ({
      kind: ExplanationKind.START,
      weight,
      score: round2(fit),
      ...startText(earliestStart, closingDate, daysAfterClosing),
      data: { earliestStart, closingDate, daysAfterClosing },
    }),
  };
}

function startText(
  earliestStart: string,
  closingDate: string,
  daysAfterClosing: number,
): Bilingual {
  const closes = formatDate(closingDate);
  const starts = formatDate(earliestStart);
  return daysAfterClosing <= 0
    ? {
        nl: `Kan beginnen vóór de sluitdatum (${closes.nl})`,
        en: `Can start before the closing date (${closes.en})`,
      }
    : {
        nl: `Kan beginnen op ${starts.nl}, sluitdatum ${closes.nl}`,
        en: `Can start on ${starts.en}, closing date ${closes.en}`,
      };
}

function inclusiveOptionsItem(vacancy: MatchVacancy): ExplanationItem | null {
  if (vacancy.inclusiveOptions.length === 0) return null;
  const labels = vacancy.inclusiveOptions.map((option) => INCLUSIVE_OPTION_LABEL[option]);
  return {
    kind: ExplanationKind.INCLUSIVE_OPTIONS,
    // Matching them to a person would need support needs, which the scorer must not see.
    weight: 0,
    score: 1,
    nl: `De werkgever biedt: ${labels.map((label) => label.nl).join(', ')}`,
    en: `The employer offers: ${labels.map((label) => label.en).join(', ')}`,
    data: { options: [...vacancy.inclusiveOptions] },
  };
}

function parts(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  weights: Readonly<MatchWeights>,
): Part[] {
  const credits = creditsOf(candidate);
  const required = requiredSkillsPart(vacancy, credits, weights.requiredSkills);
  const all = [
    required,
    niceToHaveSkillsPart(vacancy, credits, weights.niceToHaveSkills),
    occupationPart(candidate, vacancy, weights.occupation, required?.fit ?? null),
    distancePart(candidate, vacancy, weights.distance),
    hoursPart(candidate, vacancy, weights.hours),
    languagePart(candidate, vacancy, weights.language),
    educationPart(candidate, vacancy, weights.education),
    routePart(candidate, vacancy, weights.route),
    startPart(candidate, vacancy, weights.start),
  ];
  return all.filter((part): part is Part => part !== null);
}

function total(applicable: readonly Part[]): number {
  let points = 0;
  let weight = 0;
  for (const part of applicable) {
    points += part.weight * part.fit;
    weight += part.weight;
  }
  const score = weight > 0 ? Math.round((100 * points) / weight) : 0;
  return Math.min(100, Math.max(0, score));
}

/**
 * Scores how well a person and a vacancy fit, 0–100, with an explanation item per part in Dutch and English.
 * Pure and deterministic. It reads only the fields of MatchCandidate it needs, never the two eligibility
 * indications: whether a pair may be proposed at all is `isEligible`'s question, and an ineligible pair still gets
 * a score here (with the failing part at 0) so a coach can see how close it is.
 */
export function scoreMatch(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  weights: Readonly<MatchWeights> = DEFAULT_MATCH_WEIGHTS,
): MatchScore {
  const applicable = parts(candidate, vacancy, weights);
  const items = applicable.map((part) => part.explain());
  const inclusive = inclusiveOptionsItem(vacancy);
  if (inclusive) items.push(inclusive);
  return { score: total(applicable), items };
}

/**
 * The score of `scoreMatch` without building its explanation: for ranking many pairs, explaining only the ones
 * kept. Always the same number as `scoreMatch(...).score`.
 */
export function scoreMatchOnly(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  weights: Readonly<MatchWeights> = DEFAULT_MATCH_WEIGHTS,
): number {
  return total(parts(candidate, vacancy, weights));
}
