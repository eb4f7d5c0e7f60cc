import { Eligibility, isEligible } from './eligibility';
import type { MatchScore } from './explanation';
import { DEFAULT_MATCH_CONFIG, MatchConfig } from './match-config';
import type { MatchCandidate, MatchVacancy } from './match-input';
import { scoreMatch } from './score-match';

export interface MatchEvaluation extends MatchScore {
  eligibility: Eligibility;
  /** Eligible and scoring at least the configured minimum; the caps per vacancy and person come after. */
  proposable: boolean;
}

/** Eligibility and score of one pair, as the engine needs them to decide on a proposal. */
export function evaluateMatch(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  config: Readonly<MatchConfig> = DEFAULT_MATCH_CONFIG,
): MatchEvaluation {
  const eligibility = isEligible(candidate, vacancy);
  const { score, items } = scoreMatch(candidate, vacancy, config.weights);
  return {
    score,
    items,
    eligibility,
    proposable: eligibility.eligible && score >= config.minScoreToPropose,
  };
}

/** A scored, eligible pair; a caller's type may extend it with what it needs back (explanation, versions). */
export interface ScoredPair {
  profileId: string;
  vacancyId: string;
  score: number;
}

/**
 * Which pairs become proposals: those at or above the minimum score, best first, keeping at most N per vacancy and
 * per person. Greedy by score, so a person's cap is filled with their best vacancies and a vacancy's with its best
 * people; ties go by ids so the same input always gives the same proposals.
 */
export function selectProposals<T extends ScoredPair>(
  pairs: readonly T[],
  config: Pick<
    MatchConfig,
    'minScoreToPropose' | 'maxProposalsPerVacancy' | 'maxProposalsPerPerson'
  > = DEFAULT_MATCH_CONFIG,
): T[] {
  const ordered = pairs
    .filter((pair) => pair.score >= config.minScoreToPropose)
    .sort(
      (a, b) =>
        b.score - a.score || compare(a.vacancyId, b.vacancyId) || compare(a.profileId, b.profileId),
    );
  const perVacancy = new Map<string, number>();
  const perPerson = new Map<string, number>();
  const selected: T[] = [];
  for (const pair of ordered) {
    const forVacancy = perVacancy.get(pair.vacancyId) ?? 0;
    const forPerson = perPerson.get(pair.profileId) ?? 0;
    if (forVacancy >= config.maxProposalsPerVacancy || forPerson >= config.maxProposalsPerPerson)
      continue;
    perVacancy.set(pair.vacancyId, forVacancy + 1);
    perPerson.set(pair.profileId, forPerson + 1);
    selected.push(pair);
  }
  return selected;
}

// Code-unit order, not localeCompare: the same on every machine and locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
