import { RouteType } from '@werkmatch/work/domain';
import { ROUTES_BY_PARTICIPATION_LEVEL, routeFit, routeOpenAtLevel } from './participation-routes';

const {
  DAY_ACTIVITY,
  SOCIAL_ACTIVATION,
  VOLUNTEER,
  PARTICIPATION_JOB,
  WORK_EXPERIENCE,
  LEARN_WORK,
  SHELTERED_WORK,
  SUPPORTED_JOB,
  PAID_JOB,
  SELF_EMPLOYMENT,
} = RouteType;

describe('routes by participation level', () => {
  it('opens day activity, social activation and volunteer work at levels 1 and 2', () => {
    for (const level of [1, 2] as const)
      expect([...ROUTES_BY_PARTICIPATION_LEVEL[level]].sort()).toEqual(
        [DAY_ACTIVITY, SOCIAL_ACTIVATION, VOLUNTEER].sort(),
      );
  });

  it('opens participation jobs and work experience at 3, learn-work, sheltered and supported jobs at 4, paid jobs at 5', () => {
    expect(routeOpenAtLevel(2, PARTICIPATION_JOB)).toBe(false);
    expect(routeOpenAtLevel(3, PARTICIPATION_JOB)).toBe(true);
    expect(routeOpenAtLevel(3, WORK_EXPERIENCE)).toBe(true);
    for (const route of [LEARN_WORK, SHELTERED_WORK, SUPPORTED_JOB]) {
      expect(routeOpenAtLevel(3, route)).toBe(false);
      expect(routeOpenAtLevel(4, route)).toBe(true);
    }
    for (const route of [PAID_JOB, SELF_EMPLOYMENT]) {
      expect(routeOpenAtLevel(4, route)).toBe(false);
      expect(routeOpenAtLevel(5, route)).toBe(true);
      expect(routeOpenAtLevel(6, route)).toBe(true);
    }
  });

  it('keeps every route of a lower level open at a higher one', () => {
    for (const level of [1, 2, 3, 4, 5] as const)
      for (const route of ROUTES_BY_PARTICIPATION_LEVEL[level])
        expect(routeOpenAtLevel(level + 1, route)).toBe(true);
  });

  it('restricts nothing when no coach assessed the level, and everything for a level outside 1–6', () => {
    for (const route of Object.values(RouteType)) {
      expect(routeOpenAtLevel(null, route)).toBe(true);
      expect(routeOpenAtLevel(0, route)).toBe(false);
      expect(routeOpenAtLevel(7, route)).toBe(false);
      expect(routeOpenAtLevel(3.5, route)).toBe(false);
    }
  });
});

describe('routeFit', () => {
  it('fits volunteer and participation places best at level 3, and paid jobs best at levels 5 and 6', () => {
    expect(routeFit(3, VOLUNTEER).fit).toBe(1);
    expect(routeFit(3, PARTICIPATION_JOB).fit).toBe(1);
    expect(routeFit(3, PAID_JOB).fit).toBeLessThan(routeFit(3, VOLUNTEER).fit);
    expect(routeFit(5, PAID_JOB).fit).toBe(1);
    expect(routeFit(6, PAID_JOB).fit).toBe(1);
    expect(routeFit(6, VOLUNTEER).fit).toBeLessThan(routeFit(6, PAID_JOB).fit);
  });

  it('marks a route far above the level down more than one below it', () => {
    // At level 3 the ideal rung is 4: day activity is one below, learn-work one above, paid work two above.
    expect(routeFit(3, DAY_ACTIVITY)).toEqual({ fit: 0.75, gap: -1 });
    expect(routeFit(3, LEARN_WORK)).toEqual({ fit: 0.5, gap: 1 });
    expect(routeFit(3, PAID_JOB)).toEqual({ fit: 0.2, gap: 2 });
    expect(routeFit(6, DAY_ACTIVITY)).toEqual({ fit: 0.25, gap: -3 });
  });

  it('fits every route fully when there is no assessment', () => {
    for (const route of Object.values(RouteType))
      expect(routeFit(null, route)).toEqual({ fit: 1, gap: null });
  });
});
