import { ErrorCode } from '@werkmatch/shared/errors';
import {
  assertOutcomeTransition,
  MatchOutcome,
  OutcomeTransitionError,
  outcomeViolations,
} from './match-outcome';
import { MatchReason } from './match-reason';

const TODAY = '2026-03-10';

describe('match outcomes', () => {
  it('moves an introduction to an interview, a placement or no placement, and an interview to either end', () => {
    expect(() =>
      assertOutcomeTransition(MatchOutcome.INTRODUCED, MatchOutcome.INTERVIEW_PLANNED),
    ).not.toThrow();
    expect(() =>
      assertOutcomeTransition(MatchOutcome.INTRODUCED, MatchOutcome.PLACED),
    ).not.toThrow();
    expect(() =>
      assertOutcomeTransition(MatchOutcome.INTERVIEW_PLANNED, MatchOutcome.NOT_PLACED),
    ).not.toThrow();
  });

  it('refuses to go back or past a final outcome, naming what may come next', () => {
    expect(() =>
      assertOutcomeTransition(MatchOutcome.INTERVIEW_PLANNED, MatchOutcome.INTERVIEW_PLANNED),
    ).toThrow(
      'cannot record a planned interview for a match that is interview planned: next is placed or not placed',
    );
    const error = (() => {
      try {
        assertOutcomeTransition(MatchOutcome.PLACED, MatchOutcome.NOT_PLACED);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(OutcomeTransitionError);
    expect((error as OutcomeTransitionError).code).toBe(ErrorCode.InvalidTransition);
    expect((error as Error).message).toMatch(/its outcome is final/);
  });

  it('refuses any outcome for a match that was never approved', () => {
    expect(() => assertOutcomeTransition(null, MatchOutcome.PLACED)).toThrow(/was not approved/);
  });

  it('asks a reason from the list when a match did not lead to a placement, and a text with OTHER', () => {
    expect(outcomeViolations({ outcome: MatchOutcome.NOT_PLACED }, TODAY)).toEqual([
      { field: 'reason', rule: 'required' },
    ]);
    expect(
      outcomeViolations({ outcome: MatchOutcome.NOT_PLACED, reason: MatchReason.OTHER }, TODAY),
    ).toEqual([{ field: 'reasonText', rule: 'required when the reason is OTHER' }]);
    expect(
      outcomeViolations(
        { outcome: MatchOutcome.NOT_PLACED, reason: MatchReason.PERSON_DECLINED },
        TODAY,
      ),
    ).toEqual([]);
  });

  it('sends a placement to recordPlacement and keeps details to the outcome they describe', () => {
    expect(outcomeViolations({ outcome: MatchOutcome.PLACED }, TODAY)).toEqual([
      { field: 'outcome', rule: 'a placement is recorded with recordPlacement' },
    ]);
    expect(
      outcomeViolations(
        { outcome: MatchOutcome.INTERVIEW_PLANNED, reason: MatchReason.SKILLS },
        TODAY,
      ),
    ).toEqual([{ field: 'reason', rule: 'only with NOT_PLACED' }]);
    expect(
      outcomeViolations(
        { outcome: MatchOutcome.INTERVIEW_PLANNED, interviewDate: '2026-02-30' },
        TODAY,
      ),
    ).toEqual([{ field: 'interviewDate', rule: 'a date YYYY-MM-DD' }]);
    expect(
      outcomeViolations(
        { outcome: MatchOutcome.INTERVIEW_PLANNED, interviewDate: '2026-03-17' },
        TODAY,
      ),
    ).toEqual([]);
  });
});
