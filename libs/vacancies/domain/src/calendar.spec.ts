import { addMonths, amsterdamDate, isIsoDate } from './calendar';

describe('Dutch calendar dates', () => {
  it('takes the date in Amsterdam, which is a day ahead of UTC just after midnight', () => {
    // 23:30 UTC on 31 March is 01:30 on 1 April in Amsterdam (summer time).
    expect(amsterdamDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    // 22:30 UTC in winter is 23:30 the same day in Amsterdam.
    expect(amsterdamDate(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-15');
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-03-10', 12)).toBe('2027-03-10');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
});
