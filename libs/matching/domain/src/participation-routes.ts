import {
  PARTICIPATION_LEVEL_MAX,
  PARTICIPATION_LEVEL_MIN,
  RouteType,
} from '@werkmatch/work/domain';

/** A rung of the participatieladder: 1 isolated … 6 paid work. */
export type ParticipationLevel = 1 | 2 | 3 | 4 | 5 | 6;

export function isParticipationLevel(value: number): value is ParticipationLevel {
  return (
    Number.isInteger(value) && value >= PARTICIPATION_LEVEL_MIN && value <= PARTICIPATION_LEVEL_MAX
  );
}

const STEPS_OUT: readonly RouteType[] = [
  RouteType.DAY_ACTIVITY,
  RouteType.SOCIAL_ACTIVATION,
  RouteType.VOLUNTEER,
];
const UNPAID_WORK: readonly RouteType[] = [
  ...STEPS_OUT,
  RouteType.PARTICIPATION_JOB,
  RouteType.WORK_EXPERIENCE,
];
const WORK_WITH_SUPPORT: readonly RouteType[] = [
  ...UNPAID_WORK,
  RouteType.LEARN_WORK,
  RouteType.SHELTERED_WORK,
  RouteType.SUPPORTED_JOB,
];
const EVERY_ROUTE: readonly RouteType[] = Object.values(RouteType);

/**
 * Which routes a person may be proposed at each rung of the participatieladder (a hard condition). A rung opens the
 * routes of the next rung, the "highest attainable step": someone in organised activities (3) can take on unpaid
 * work (participation job, work experience, volunteer work); someone in unpaid work (4) can take a place with pay
 * and support (learn-work, sheltered work, supported job); from paid work with support (5) everything is open.
 * Volunteer work is open from rung 1 because a few hours of it is the usual first step out of isolation.
 */
export const ROUTES_BY_PARTICIPATION_LEVEL: Readonly<
  Record<ParticipationLevel, readonly RouteType[]>
> = Object.freeze({
  1: STEPS_OUT,
  2: STEPS_OUT,
  3: UNPAID_WORK,
  4: WORK_WITH_SUPPORT,
  5: EVERY_ROUTE,
  6: EVERY_ROUTE,
});

/** Whether a route is open at this rung; without an assessment the ladder restricts nothing. */
export function routeOpenAtLevel(level: number | null, route: RouteType): boolean {
  if (level === null) return true;
  if (!isParticipationLevel(level)) return false;
  return ROUTES_BY_PARTICIPATION_LEVEL[level].includes(route);
}

/**
 * The rung a person stands on while following a route: day activity is an organised activity (3), volunteer and
 * participation work are unpaid work (4), learn-work, sheltered and supported jobs are paid work with support (5).
 */
export const ROUTE_RUNG: Readonly<Record<RouteType, ParticipationLevel>> = Object.freeze({
  [RouteType.SOCIAL_ACTIVATION]: 2,
  [RouteType.DAY_ACTIVITY]: 3,
  [RouteType.VOLUNTEER]: 4,
  [RouteType.PARTICIPATION_JOB]: 4,
  [RouteType.WORK_EXPERIENCE]: 4,
  [RouteType.LEARN_WORK]: 5,
  [RouteType.SHELTERED_WORK]: 5,
  [RouteType.SUPPORTED_JOB]: 5,
  [RouteType.PAID_JOB]: 6,
  [RouteType.SELF_EMPLOYMENT]: 6,
});

/**
 * Route fit by how far the route's rung is from the ideal one: the next rung up (or paid work at rung 6). A step
 * below is still useful, a step too far up is likely to fail; the asymmetry is why a person at rung 3 sees
 * volunteer and participation places before regular jobs, and a person at rung 6 paid jobs first.
 */
const FIT_BY_GAP: ReadonlyMap<number, number> = new Map([
  [0, 1],
  [-1, 0.75],
  [-2, 0.5],
  [1, 0.5],
]);
const FIT_FAR_BELOW = 0.25;
const FIT_FAR_ABOVE = 0.2;

export interface RouteFit {
  /** 0–1. */
  fit: number;
  /** The route's rung minus the ideal rung; null without an assessment. */
  gap: number | null;
}

export function routeFit(level: number | null, route: RouteType): RouteFit {
  if (level === null || !isParticipationLevel(level)) return { fit: 1, gap: null };
  const ideal = Math.min(level + 1, PARTICIPATION_LEVEL_MAX);
  const gap = ROUTE_RUNG[route] - ideal;
  const fit = FIT_BY_GAP.get(gap) ?? (gap < 0 ? FIT_FAR_BELOW : FIT_FAR_ABOVE);
  return { fit, gap };
}
