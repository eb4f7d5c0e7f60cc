import { hoursOverlap, hoursRangeViolations } from './hours';

describe('hours per week', () => {
  it('accepts a range from 1 to 40 with min at most max', () => {
    expect(hoursRangeViolations({ min: 1, max: 40 }, 'hours')).toEqual([]);
    expect(hoursRangeViolations({ min: 24, max: 24 }, 'hours')).toEqual([]);
  });

  it('rejects negative, zero, fractional and over-40 hours naming the end', () => {
    expect(hoursRangeViolations({ min: -4, max: 8 }, 'input.hours')).toEqual([
      { field: 'input.hours.min', rule: 'whole hours between 1 and 40' },
    ]);
    expect(hoursRangeViolations({ min: 8, max: 41 }, 'hours').map((v) => v.field)).toEqual([
      'hours.max',
    ]);
    expect(hoursRangeViolations({ min: 0, max: 2.5 }, 'hours')).toHaveLength(2);
  });

  it('rejects a minimum above the maximum', () => {
    expect(hoursRangeViolations({ min: 32, max: 16 }, 'hours')).toEqual([
      { field: 'hours.min', rule: 'at most the maximum' },
    ]);
  });

  it('sees overlap when the ranges share an hour and none when they do not', () => {
    expect(hoursOverlap({ min: 12, max: 20 }, { min: 16, max: 24 })).toBe(true);
    expect(hoursOverlap({ min: 12, max: 16 }, { min: 16, max: 24 })).toBe(true);
    expect(hoursOverlap({ min: 8, max: 12 }, { min: 16, max: 24 })).toBe(false);
  });
});
