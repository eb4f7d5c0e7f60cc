import type { FieldViolation } from '@werkmatch/shared/errors';
import { addMonths, CONTRACT_REQUIRED_ROUTE_TYPES, isIsoDate } from '@werkmatch/vacancies/domain';
import { ContractType, PAID_ROUTE_TYPES, RouteType } from '@werkmatch/work/domain';

/** What a placement records (DOMAIN.md: plaatsing). */
export interface PlacementDraft {
  /** `YYYY-MM-DD`, the first day of work. */
  startDate: string;
  hoursPerWeek: number;
  routeType: RouteType;
  contractType: ContractType | null;
}

export interface PlacementContext {
  /** The Amsterdam day of the introduction (`YYYY-MM-DD`): nobody starts before they were introduced. */
  introducedOn: string;
  /** Today in Amsterdam. */
  today: string;
}

/** A start is recorded when it is agreed, which may be some months ahead; a year is plenty. */
export const PLACEMENT_START_MAX_MONTHS_AHEAD = 12;
/** The outflow bonus and outflow figures count people still in work this long after a paid start. */
export const FOLLOW_UP_MONTHS = 6;

/**
 * The rules of a placement, each naming its input field: a real start date not before the introduction and at
 * most a year ahead, 1–40 whole hours a week, a contract where the route is about one (paid job, supported job,
 * sheltered work; optional for learn-work) and none on unpaid routes.
 */
export function placementViolations(
  draft: PlacementDraft,
  context: PlacementContext,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const add = (field: string, rule: string) => violations.push({ field: `input.${field}`, rule });
  if (!isIsoDate(draft.startDate)) add('startDate', 'a date YYYY-MM-DD');
  else if (draft.startDate < context.introducedOn)
    add('startDate', `not before the introduction (${context.introducedOn})`);
  else if (draft.startDate > addMonths(context.today, PLACEMENT_START_MAX_MONTHS_AHEAD))
    add('startDate', `at most ${PLACEMENT_START_MAX_MONTHS_AHEAD} months ahead`);
  if (!Number.isInteger(draft.hoursPerWeek) || draft.hoursPerWeek < 1 || draft.hoursPerWeek > 40)
    add('hoursPerWeek', 'a whole number between 1 and 40');
  if (!(Object.values(RouteType) as string[]).includes(draft.routeType))
    add('routeType', `one of ${Object.values(RouteType).join(', ')}`);
  else if (draft.contractType === null) {
    if (CONTRACT_REQUIRED_ROUTE_TYPES.includes(draft.routeType))
      add('contractType', 'required for a paid job, supported job or sheltered work');
  } else if (!PAID_ROUTE_TYPES.includes(draft.routeType))
    add('contractType', 'only for routes with an employment contract');
  else if (!(Object.values(ContractType) as string[]).includes(draft.contractType))
    add('contractType', `one of ${Object.values(ContractType).join(', ')}`);
  return violations;
}

/**
 * Whether a placement is paid work, the kind that counts as outflow (DOMAIN.md: uitstroom, leaving social
 * assistance for paid work or self-employment): a route with an employment contract, self-employment, and a
 * learn-work place only when it comes with a contract (a learn-work track without one is unpaid).
 */
export function isPaidPlacement(routeType: RouteType, contractType: ContractType | null): boolean {
  if (routeType === RouteType.SELF_EMPLOYMENT) return true;
  if (routeType === RouteType.LEARN_WORK) return contractType !== null;
  return PAID_ROUTE_TYPES.includes(routeType);
}

/** The day the coach is asked whether the person is still in work, for a paid placement. */
export function followUpDueOn(startDate: string): string {
  return addMonths(startDate, FOLLOW_UP_MONTHS);
}
