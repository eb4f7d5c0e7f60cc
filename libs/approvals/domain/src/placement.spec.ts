import { ContractType, RouteType } from '@werkmatch/work/domain';
import { followUpDueOn, isPaidPlacement, placementViolations } from './placement';

const CONTEXT = { introducedOn: '2026-03-02', today: '2026-03-10' };
const valid = {
  startDate: '2026-04-01',
  hoursPerWeek: 24,
  routeType: RouteType.PAID_JOB,
  contractType: ContractType.FIXED_TERM,
};

describe('placement rules', () => {
  it('accepts a paid job with a contract starting after the introduction', () => {
    expect(placementViolations(valid, CONTEXT)).toEqual([]);
  });

  it('accepts a start on the day of the introduction but not the day before', () => {
    expect(placementViolations({ ...valid, startDate: '2026-03-02' }, CONTEXT)).toEqual([]);
    expect(placementViolations({ ...valid, startDate: '2026-03-01' }, CONTEXT)).toEqual([
      { field: 'input.startDate', rule: 'not before the introduction (2026-03-02)' },
    ]);
  });

  it('names every broken rule at once', () => {
    expect(
      placementViolations(
        {
          startDate: '2027-04-01',
          hoursPerWeek: 41,
          routeType: RouteType.SHELTERED_WORK,
          contractType: null,
        },
        CONTEXT,
      ).map((violation) => violation.field),
    ).toEqual(['input.startDate', 'input.hoursPerWeek', 'input.contractType']);
  });

  it('refuses a contract on volunteer work', () => {
    expect(
      placementViolations(
        { ...valid, routeType: RouteType.VOLUNTEER, contractType: ContractType.PERMANENT },
        CONTEXT,
      ),
    ).toEqual([
      { field: 'input.contractType', rule: 'only for routes with an employment contract' },
    ]);
  });

  it('counts paid routes, self-employment and learn-work with a contract as paid work, volunteering not', () => {
    expect(isPaidPlacement(RouteType.PAID_JOB, ContractType.PERMANENT)).toBe(true);
    expect(isPaidPlacement(RouteType.SHELTERED_WORK, ContractType.PERMANENT)).toBe(true);
    expect(isPaidPlacement(RouteType.SELF_EMPLOYMENT, null)).toBe(true);
    expect(isPaidPlacement(RouteType.LEARN_WORK, ContractType.APPRENTICESHIP)).toBe(true);
    expect(isPaidPlacement(RouteType.LEARN_WORK, null)).toBe(false);
    expect(isPaidPlacement(RouteType.VOLUNTEER, null)).toBe(false);
  });

  it('asks about staying in work six calendar months after the start', () => {
    expect(followUpDueOn('2026-03-31')).toBe('2026-09-30');
    expect(followUpDueOn('2026-01-15')).toBe('2026-07-15');
  });
});
