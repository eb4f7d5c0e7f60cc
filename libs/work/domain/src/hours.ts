import type { FieldViolation } from '@werkmatch/shared/errors';

export const HOURS_PER_WEEK_MIN = 1;
export const HOURS_PER_WEEK_MAX = 40;
export const HOURS_RULE = `whole hours between ${HOURS_PER_WEEK_MIN} and ${HOURS_PER_WEEK_MAX}`;

/** Hours per week, both ends included. */
export interface HoursRange {
  min: number;
  max: number;
}

/** Violations of a range of hours per week, naming `field.min` / `field.max`. */
export function hoursRangeViolations(range: HoursRange, field: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  for (const end of ['min', 'max'] as const) {
    const value = range[end];
    if (!Number.isInteger(value) || value < HOURS_PER_WEEK_MIN || value > HOURS_PER_WEEK_MAX)
      violations.push({ field: `${field}.${end}`, rule: HOURS_RULE });
  }
  if (violations.length === 0 && range.min > range.max)
    violations.push({ field: `${field}.min`, rule: 'at most the maximum' });
  return violations;
}

/** Whether two ranges share at least one hour: someone available 12–20 h fits a job of 16–24 h. */
export function hoursOverlap(a: HoursRange, b: HoursRange): boolean {
  return a.min <= b.max && b.min <= a.max;
}
