import { DEFAULT_MATCH_CONFIG, MatchConfig } from '../match-config';
import { evaluateMatch } from '../proposals';
import { LabelledSet, MATCH_QUALITY_SET } from './labelled-set';
import { ndcgAtK, precisionAtK } from './metrics';

export interface RankedVacancy {
  vacancyId: string;
  score: number;
  relevance: number;
}

export interface ProfileQuality {
  profileId: string;
  summary: string;
  /** The vacancies proposed to the person (eligible, at least the minimum score), best first. */
  proposed: RankedVacancy[];
  precisionAt5: number;
  ndcgAt10: number;
}

export interface MatchQuality {
  profiles: ProfileQuality[];
  meanPrecisionAt5: number;
  meanNdcgAt10: number;
}

/**
 * Ranks every vacancy of the labelled set for every person as the engine would propose them (eligible and at least
 * the minimum score, best score first, ties by id) and measures the ranking against the hand-made labels. The caps
 * per vacancy and person are left out: they decide between people, and the set measures the order per person.
 */
export function measureMatchQuality(
  set: LabelledSet = MATCH_QUALITY_SET,
  config: Readonly<MatchConfig> = DEFAULT_MATCH_CONFIG,
): MatchQuality {
  const profiles = set.profiles.map((profile): ProfileQuality => {
    const proposed = set.vacancies
      .map(({ id, vacancy }) => ({
        id,
        evaluation: evaluateMatch(profile.candidate, vacancy, config),
      }))
      .filter(({ evaluation }) => evaluation.proposable)
      .sort((a, b) => b.evaluation.score - a.evaluation.score || (a.id < b.id ? -1 : 1))
      .map(({ id, evaluation }) => ({
        vacancyId: id,
        score: evaluation.score,
        relevance: profile.relevance[id] ?? 0,
      }));
    const ranked = proposed.map((entry) => entry.vacancyId);
    return {
      profileId: profile.id,
      summary: profile.summary,
      proposed,
      precisionAt5: precisionAtK(ranked, profile.relevance, 5),
      ndcgAt10: ndcgAtK(ranked, profile.relevance, 10),
    };
  });
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    profiles,
    meanPrecisionAt5: mean(profiles.map((profile) => profile.precisionAt5)),
    meanNdcgAt10: mean(profiles.map((profile) => profile.ndcgAt10)),
  };
}
