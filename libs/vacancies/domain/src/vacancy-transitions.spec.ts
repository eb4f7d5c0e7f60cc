import { ErrorCode } from '@werkmatch/shared/errors';
import { VacancyStatus } from './vacancy-status';
import {
  assertVacancyTransition,
  nextVacancyStatus,
  VacancyAction,
  VacancyTransitionError,
} from './vacancy-transitions';

const { DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, EXPIRED } = VacancyStatus;

describe('vacancy life cycle', () => {
  it('goes from draft through review to published and on to an end state', () => {
    expect(nextVacancyStatus(DRAFT, VacancyAction.SUBMIT)).toBe(SUBMITTED);
    expect(nextVacancyStatus(SUBMITTED, VacancyAction.PUBLISH)).toBe(PUBLISHED);
    expect(nextVacancyStatus(SUBMITTED, VacancyAction.RETURN)).toBe(DRAFT);
    expect(nextVacancyStatus(PUBLISHED, VacancyAction.FILL)).toBe(FILLED);
    expect(nextVacancyStatus(PUBLISHED, VacancyAction.CLOSE)).toBe(CLOSED);
    expect(nextVacancyStatus(PUBLISHED, VacancyAction.EXPIRE)).toBe(EXPIRED);
    expect(nextVacancyStatus(SUBMITTED, VacancyAction.EXPIRE)).toBe(EXPIRED);
  });

  it('allows edits of a draft and of a published vacancy, keeping the status', () => {
    expect(nextVacancyStatus(DRAFT, VacancyAction.EDIT)).toBe(DRAFT);
    expect(nextVacancyStatus(PUBLISHED, VacancyAction.EDIT)).toBe(PUBLISHED);
  });

  it('refuses to publish a draft that was not submitted', () => {
    expect(nextVacancyStatus(DRAFT, VacancyAction.PUBLISH)).toBeNull();
  });

  it('refuses edits while under review and after the end', () => {
    for (const status of [SUBMITTED, FILLED, CLOSED, EXPIRED])
      expect(nextVacancyStatus(status, VacancyAction.EDIT)).toBeNull();
  });

  it('refuses to close a vacancy twice and to fill one that was never published', () => {
    expect(nextVacancyStatus(DRAFT, VacancyAction.CLOSE)).toBe(CLOSED);
    expect(nextVacancyStatus(CLOSED, VacancyAction.CLOSE)).toBeNull();
    expect(nextVacancyStatus(DRAFT, VacancyAction.FILL)).toBeNull();
    expect(nextVacancyStatus(SUBMITTED, VacancyAction.FILL)).toBeNull();
  });

  it('lets nothing leave an end state', () => {
    for (const status of [FILLED, CLOSED, EXPIRED])
      for (const action of Object.values(VacancyAction))
        expect(nextVacancyStatus(status, action)).toBeNull();
  });

  it('refuses an invalid transition with INVALID_TRANSITION saying what and why', () => {
    let error: unknown;
    try {
      assertVacancyTransition(SUBMITTED, VacancyAction.EDIT);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VacancyTransitionError);
    expect((error as VacancyTransitionError).code).toBe(ErrorCode.InvalidTransition);
    expect((error as Error).message).toBe(
      'cannot edit a vacancy that is submitted: it is under review; an account manager publishes it or returns it to draft first',
    );
    expect(() => assertVacancyTransition(FILLED, VacancyAction.EDIT)).toThrow(
      'cannot edit a vacancy that is filled',
    );
  });
});
