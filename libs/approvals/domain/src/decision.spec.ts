import { Role } from '@werkmatch/identity/domain';
import { ErrorCode } from '@werkmatch/shared/errors';
import { assertDecidable, DecisionAction, MatchDecisionKind } from './decision';
import { MatchReason, reasonViolations } from './match-reason';
import { visibleDecisionDetails } from './visibility';

describe('decisions on match proposals', () => {
  it('lets an open proposal be decided', () => {
    expect(() => assertDecidable(DecisionAction.APPROVE, 'OPEN')).not.toThrow();
  });

  it('refuses a second decision with INVALID_TRANSITION naming the status found', () => {
    expect(() => assertDecidable(DecisionAction.REJECT, 'APPROVED')).toThrow(
      expect.objectContaining({
        code: ErrorCode.InvalidTransition,
        message: expect.stringMatching(/^cannot reject a match proposal that is approved/),
      }),
    );
    expect(() => assertDecidable(DecisionAction.APPROVE, 'WITHDRAWN')).toThrow(/withdrew it/);
  });

  it('asks for a known reason, and a text with OTHER', () => {
    const at = { reason: 'reason', text: 'text' };
    expect(reasonViolations('SKILLS', null, at)).toEqual([]);
    expect(reasonViolations('WEATHER', null, at)).toEqual([
      { field: 'reason', rule: expect.stringMatching(/^one of SKILLS, DISTANCE/) },
    ]);
    expect(reasonViolations(MatchReason.OTHER, '  ', at)).toEqual([
      { field: 'text', rule: 'required when the reason is OTHER' },
    ]);
    expect(reasonViolations(MatchReason.OTHER, 'Werkgever heeft al iemand', at)).toEqual([]);
  });
});

describe('who reads a decision’s reason and note', () => {
  const rejected = {
    decision: MatchDecisionKind.REJECTED,
    note: 'intern',
    reason: MatchReason.LANGUAGE,
    reasonText: 'Eerst B1 halen',
    reasonVisibleToJobSeeker: false,
  };

  it('shows the coach and the account manager the reason and the note', () => {
    expect(visibleDecisionDetails(Role.COACH, rejected)).toEqual({
      note: 'intern',
      reason: MatchReason.LANGUAGE,
      reasonText: 'Eerst B1 halen',
    });
    expect(visibleDecisionDetails(Role.ACCOUNT_MANAGER, rejected).reason).toBe(
      MatchReason.LANGUAGE,
    );
  });

  it('shows the job seeker the reason only when the account manager chose so, and never the note', () => {
    expect(visibleDecisionDetails(Role.JOB_SEEKER, rejected)).toEqual({
      note: null,
      reason: null,
      reasonText: null,
    });
    expect(
      visibleDecisionDetails(Role.JOB_SEEKER, { ...rejected, reasonVisibleToJobSeeker: true }),
    ).toEqual({ note: null, reason: MatchReason.LANGUAGE, reasonText: 'Eerst B1 halen' });
  });

  it('never shows an employer the reason', () => {
    expect(
      visibleDecisionDetails(Role.EMPLOYER, { ...rejected, reasonVisibleToJobSeeker: true }),
    ).toEqual({ note: null, reason: null, reasonText: null });
  });
});
