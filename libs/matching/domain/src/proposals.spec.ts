import { CefrLevel } from '@werkmatch/work/domain';
import { DEFAULT_MATCH_CONFIG } from './match-config';
import { evaluateMatch, ScoredPair, selectProposals } from './proposals';
import { aCandidate, aVacancy, SCANNING } from './testing/match-fixtures';

describe('evaluateMatch', () => {
  it('proposes an eligible pair at or above the minimum score', () => {
    const evaluation = evaluateMatch(aCandidate(), aVacancy());
    expect(evaluation).toMatchObject({ score: 100, proposable: true });
    expect(evaluation.eligibility.eligible).toBe(true);
  });

  it('does not propose an ineligible pair however well it scores', () => {
    const evaluation = evaluateMatch(
      aCandidate({ dutchLevel: CefrLevel.A2 }),
      aVacancy({ minDutchLevel: CefrLevel.B1 }),
    );
    expect(evaluation.score).toBeGreaterThanOrEqual(DEFAULT_MATCH_CONFIG.minScoreToPropose);
    expect(evaluation.proposable).toBe(false);
  });

  it('does not propose an eligible pair below the minimum score', () => {
    const evaluation = evaluateMatch(
      aCandidate({ wantedOccupations: [] }),
      aVacancy({ requiredSkills: [SCANNING] }),
    );
    expect(evaluation.eligibility.eligible).toBe(true);
    expect(evaluation.score).toBeLessThan(DEFAULT_MATCH_CONFIG.minScoreToPropose);
    expect(evaluation.proposable).toBe(false);
  });
});

describe('selectProposals', () => {
  const pair = (profileId: string, vacancyId: string, score: number): ScoredPair => ({
    profileId,
    vacancyId,
    score,
  });
  const limits = { minScoreToPropose: 50, maxProposalsPerVacancy: 2, maxProposalsPerPerson: 2 };

  it('leaves out pairs below the minimum score', () => {
    expect(selectProposals([pair('p1', 'v1', 49), pair('p1', 'v2', 50)], limits)).toEqual([
      pair('p1', 'v2', 50),
    ]);
  });

  it('keeps the best proposals per vacancy and per person, best first', () => {
    const pairs = [
      pair('p1', 'v1', 90),
      pair('p2', 'v1', 80),
      pair('p3', 'v1', 85),
      pair('p1', 'v2', 95),
      pair('p1', 'v3', 70),
      pair('p3', 'v3', 60),
    ];
    expect(selectProposals(pairs, limits)).toEqual([
      pair('p1', 'v2', 95),
      pair('p1', 'v1', 90),
      pair('p3', 'v1', 85),
      pair('p3', 'v3', 60),
    ]);
  });

  it('gives the same proposals whatever order the pairs come in, breaking ties by ids', () => {
    const pairs = [
      pair('p2', 'v1', 70),
      pair('p1', 'v1', 70),
      pair('p3', 'v1', 70),
      pair('p1', 'v2', 70),
    ];
    const forward = selectProposals(pairs, limits);
    expect(selectProposals([...pairs].reverse(), limits)).toEqual(forward);
    expect(forward).toEqual([pair('p1', 'v1', 70), pair('p2', 'v1', 70), pair('p1', 'v2', 70)]);
  });

  it('does not reorder the array it is given', () => {
    const pairs = [pair('p1', 'v1', 60), pair('p1', 'v2', 90)];
    selectProposals(pairs, limits);
    expect(pairs.map((entry) => entry.vacancyId)).toEqual(['v1', 'v2']);
  });
});
