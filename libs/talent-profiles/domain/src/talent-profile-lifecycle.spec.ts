import { ErrorCode } from '@werkmatch/shared/errors';
import { CefrLevel, RouteType, SkillLevel } from '@werkmatch/work/domain';
import { EMPTY_TALENT_PROFILE, TalentProfileContent } from './talent-profile';
import {
  confirmationCutoffs,
  confirmationDueAt,
  ConfirmationStep,
  confirmationStep,
  confirmProfile,
  LifecycleState,
  pauseDueAt,
  pauseProfile,
  publishProfile,
} from './talent-profile-lifecycle';
import { PauseReason, TalentProfileStatus } from './talent-profile-status';

const DAY = 86_400_000;
const T0 = new Date('2025-01-01T09:00:00Z');
const at = (days: number, ms = 0) => new Date(T0.getTime() + days * DAY + ms);

const DRAFT: LifecycleState = {
  status: TalentProfileStatus.DRAFT,
  publishedAt: null,
  pausedAt: null,
  pauseReason: null,
  confirmedAt: null,
  confirmationRequestedAt: null,
};

const READY: TalentProfileContent = {
  ...EMPTY_TALENT_PROFILE,
  headline: 'Handige doener',
  skills: [{ skillId: 'skill-1', level: SkillLevel.BEGINNER }],
  languages: [{ code: 'nl', level: CefrLevel.B1 }],
  hours: { min: 8, max: 16 },
  postcode: '3991',
  travelKm: 5,
  wantedRouteTypes: [RouteType.PARTICIPATION_JOB],
};

function codeOf(work: () => unknown): unknown {
  try {
    work();
    return 'ok';
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
}

describe('talent profile life cycle', () => {
  it('publishes a draft with the essentials and counts publishing as a confirmation', () => {
    const published = publishProfile(DRAFT, READY, T0);
    expect(published).toEqual({
      status: TalentProfileStatus.PUBLISHED,
      publishedAt: T0,
      pausedAt: null,
      pauseReason: null,
      confirmedAt: T0,
      confirmationRequestedAt: null,
    });
  });

  it('refuses to publish without the essentials, naming each missing field', () => {
    try {
      publishProfile(DRAFT, { ...READY, skills: [], hours: null }, T0);
      throw new Error('published');
    } catch (error) {
      expect((error as { code: string }).code).toBe(ErrorCode.BadUserInput);
      expect((error as { violations: { field: string }[] }).violations.map((v) => v.field)).toEqual(
        ['skills', 'hours'],
      );
    }
  });

  it('refuses to publish a published profile and to pause or confirm a draft', () => {
    const published = publishProfile(DRAFT, READY, T0);
    expect(codeOf(() => publishProfile(published, READY, at(1)))).toBe(ErrorCode.InvalidTransition);
    expect(codeOf(() => pauseProfile(DRAFT, PauseReason.BY_OWNER, T0))).toBe(
      ErrorCode.InvalidTransition,
    );
    expect(codeOf(() => confirmProfile(DRAFT, READY, T0))).toBe(ErrorCode.InvalidTransition);
  });

  it('pauses a published profile with its reason, and publishes a paused one again', () => {
    const paused = pauseProfile(publishProfile(DRAFT, READY, T0), PauseReason.BY_COACH, at(3));
    expect(paused).toMatchObject({
      status: TalentProfileStatus.PAUSED,
      pausedAt: at(3),
      pauseReason: PauseReason.BY_COACH,
    });
    expect(codeOf(() => pauseProfile(paused, PauseReason.BY_OWNER, at(4)))).toBe(
      ErrorCode.InvalidTransition,
    );
    expect(publishProfile(paused, READY, at(5))).toMatchObject({
      status: TalentProfileStatus.PUBLISHED,
      pauseReason: null,
      confirmedAt: at(5),
    });
  });

  it('refuses to confirm a profile its owner or coach paused: that one is published again instead', () => {
    const paused = pauseProfile(publishProfile(DRAFT, READY, T0), PauseReason.BY_OWNER, at(3));
    expect(codeOf(() => confirmProfile(paused, READY, at(4)))).toBe(ErrorCode.InvalidTransition);
  });
});

describe('confirmation clock', () => {
  const published = publishProfile(DRAFT, READY, T0);

  it('asks nothing before 90 days and asks for a confirmation at 90 days', () => {
    expect(confirmationDueAt(published)).toEqual(at(90));
    expect(confirmationStep(published, at(90, -1))).toBeNull();
    expect(confirmationStep(published, at(90))).toBe(ConfirmationStep.REQUEST);
  });

  it('pauses 14 days after the request, counted from when it was asked', () => {
    const asked = { ...published, confirmationRequestedAt: at(95) };
    expect(pauseDueAt(asked)).toEqual(at(109));
    expect(confirmationStep(asked, at(109, -1))).toBeNull();
    expect(confirmationStep(asked, at(109))).toBe(ConfirmationStep.PAUSE);
  });

  it('restarts the clock on a confirmation', () => {
    const asked = { ...published, confirmationRequestedAt: at(90) };
    const { state, republished } = confirmProfile(asked, READY, at(100));
    expect(republished).toBe(false);
    expect(state).toMatchObject({ confirmedAt: at(100), confirmationRequestedAt: null });
    expect(confirmationStep(state, at(120))).toBeNull();
    expect(confirmationStep(state, at(190))).toBe(ConfirmationStep.REQUEST);
  });

  it('publishes a profile that paused itself for want of confirmation when its owner confirms', () => {
    const asked = { ...published, confirmationRequestedAt: at(90) };
    const paused = pauseProfile(asked, PauseReason.NOT_CONFIRMED, at(104));
    const { state, republished } = confirmProfile(paused, READY, at(110));
    expect(republished).toBe(true);
    expect(state).toMatchObject({ status: TalentProfileStatus.PUBLISHED, confirmedAt: at(110) });
  });

  it('leaves drafts and paused profiles alone', () => {
    const paused = pauseProfile(published, PauseReason.BY_OWNER, at(1));
    expect(confirmationStep(DRAFT, at(400))).toBeNull();
    expect(confirmationStep(paused, at(400))).toBeNull();
  });

  it('gives query bounds that agree with the rule', () => {
    const now = at(200);
    const { askIfConfirmedBefore, pauseIfAskedBefore } = confirmationCutoffs(now);
    const due = { ...published, confirmedAt: askIfConfirmedBefore };
    expect(confirmationStep(due, now)).toBe(ConfirmationStep.REQUEST);
    const late = { ...published, confirmationRequestedAt: pauseIfAskedBefore };
    expect(confirmationStep(late, now)).toBe(ConfirmationStep.PAUSE);
  });
});
