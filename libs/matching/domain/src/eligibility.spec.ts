import { CefrLevel, InclusiveOption, RouteType } from '@werkmatch/work/domain';
import { IneligibilityCode, isEligible } from './eligibility';
import { aCandidate, aVacancy, HOUTEN, kmNorthOf } from './testing/match-fixtures';

const codes = (...args: Parameters<typeof isEligible>) =>
  isEligible(...args).reasons.map((reason) => reason.code);

describe('isEligible', () => {
  it('accepts a pair that meets every hard condition', () => {
    expect(isEligible(aCandidate(), aVacancy())).toEqual({ eligible: true, reasons: [] });
  });

  it('refuses a route the person does not want', () => {
    const result = isEligible(
      aCandidate({ wantedRouteTypes: [RouteType.PAID_JOB] }),
      aVacancy({ routeType: RouteType.VOLUNTEER }),
    );
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([
      {
        code: IneligibilityCode.ROUTE_NOT_WANTED,
        nl: 'Vrijwilligerswerk staat niet bij wat de persoon zoekt',
        en: 'Volunteer work is not among what the person is looking for',
      },
    ]);
  });

  it('refuses a route the person wants but that is above their participation level, naming the level', () => {
    const person = aCandidate({
      wantedRouteTypes: [RouteType.PAID_JOB, RouteType.VOLUNTEER],
      participationLevel: 3,
    });
    expect(isEligible(person, aVacancy({ routeType: RouteType.VOLUNTEER })).eligible).toBe(true);
    const paid = isEligible(person, aVacancy({ routeType: RouteType.PAID_JOB }));
    expect(paid.reasons).toEqual([
      {
        code: IneligibilityCode.ROUTE_ABOVE_PARTICIPATION_LEVEL,
        nl: 'Betaald werk past nog niet bij trede 3 van de participatieladder',
        en: 'A paid job does not fit participation level 3 yet',
      },
    ]);
  });

  it('lets a person without an assessed level take any route they want', () => {
    const person = aCandidate({ participationLevel: null });
    expect(isEligible(person, aVacancy({ routeType: RouteType.PAID_JOB })).eligible).toBe(true);
  });

  it('refuses hours without overlap and accepts ranges that share only their end hour', () => {
    const person = aCandidate({ hours: { min: 8, max: 16 } });
    expect(codes(person, aVacancy({ hours: { min: 24, max: 32 } }))).toEqual([
      IneligibilityCode.HOURS_DO_NOT_OVERLAP,
    ]);
    expect(isEligible(person, aVacancy({ hours: { min: 16, max: 24 } })).eligible).toBe(true);
  });

  it('refuses a workplace beyond the travel range and accepts one at its edge', () => {
    const person = aCandidate({ location: HOUTEN, travelKm: 15 });
    const beyond = isEligible(person, aVacancy({ location: kmNorthOf(HOUTEN, 23) }));
    expect(beyond.reasons).toEqual([
      {
        code: IneligibilityCode.BEYOND_TRAVEL_RANGE,
        nl: '23 km, buiten 15 km reisafstand',
        en: '23 km, beyond a 15 km travel range',
      },
    ]);
    expect(isEligible(person, aVacancy({ location: kmNorthOf(HOUTEN, 14.99) })).eligible).toBe(
      true,
    );
  });

  it('shows a tenth of a km where whole km would hide that the workplace is out of range', () => {
    const person = aCandidate({ location: HOUTEN, travelKm: 10 });
    const { reasons } = isEligible(person, aVacancy({ location: kmNorthOf(HOUTEN, 10.2) }));
    expect(reasons.map((reason) => reason.nl)).toEqual(['10,2 km, buiten 10 km reisafstand']);
    expect(reasons.map((reason) => reason.en)).toEqual(['10.2 km, beyond a 10 km travel range']);
  });

  it('treats a remote vacancy as within reach wherever its office is', () => {
    const person = aCandidate({ location: HOUTEN, travelKm: 5 });
    expect(
      isEligible(person, aVacancy({ remote: true, location: kmNorthOf(HOUTEN, 150) })).eligible,
    ).toBe(true);
    expect(isEligible(person, aVacancy({ remote: true, location: null })).eligible).toBe(true);
  });

  it('refuses a vacancy that is neither located nor remote', () => {
    expect(codes(aCandidate(), aVacancy({ location: null, remote: false }))).toEqual([
      IneligibilityCode.WORKPLACE_UNKNOWN,
    ]);
  });

  it('refuses Dutch below the minimum, and an unknown level where a minimum is set', () => {
    const job = aVacancy({ minDutchLevel: CefrLevel.B2 });
    expect(isEligible(aCandidate({ dutchLevel: CefrLevel.A2 }), job).reasons).toEqual([
      {
        code: IneligibilityCode.DUTCH_BELOW_MINIMUM,
        nl: 'Nederlands A2, vereist B2',
        en: 'Dutch A2, B2 required',
      },
    ]);
    expect(codes(aCandidate({ dutchLevel: null }), job)).toEqual([
      IneligibilityCode.DUTCH_BELOW_MINIMUM,
    ]);
    expect(isEligible(aCandidate({ dutchLevel: CefrLevel.B2 }), job).eligible).toBe(true);
    expect(
      isEligible(aCandidate({ dutchLevel: null }), aVacancy({ minDutchLevel: null })).eligible,
    ).toBe(true);
  });

  it('keeps sheltered-work places for people with a sheltered-work indication', () => {
    const place = aVacancy({ routeType: RouteType.SHELTERED_WORK });
    const person = aCandidate({ wantedRouteTypes: [RouteType.SHELTERED_WORK] });
    expect(codes(person, place)).toEqual([IneligibilityCode.NO_SHELTERED_WORK_INDICATION]);
    expect(isEligible({ ...person, hasShelteredWorkIndication: true }, place).eligible).toBe(true);
  });

  it('keeps places reserved for the Banenafspraak for people in the register; a suitable place stays open to all', () => {
    const suitable = aVacancy({ inclusiveOptions: [InclusiveOption.JOB_AGREEMENT_SUITABLE] });
    const reserved = { ...suitable, reservedForJobAgreement: true };
    const outside = aCandidate({ inJobAgreementRegister: false });
    expect(isEligible(outside, suitable).eligible).toBe(true);
    expect(codes(outside, reserved)).toEqual([IneligibilityCode.NOT_IN_JOB_AGREEMENT_REGISTER]);
    expect(isEligible({ ...outside, inJobAgreementRegister: true }, reserved).eligible).toBe(true);
  });

  it('lists every condition that fails, not only the first', () => {
    const person = aCandidate({
      wantedRouteTypes: [RouteType.VOLUNTEER],
      participationLevel: 2,
      hours: { min: 4, max: 8 },
      dutchLevel: CefrLevel.A1,
      travelKm: 5,
    });
    const place = aVacancy({
      routeType: RouteType.SHELTERED_WORK,
      hours: { min: 32, max: 40 },
      location: kmNorthOf(HOUTEN, 40),
      minDutchLevel: CefrLevel.B1,
      reservedForJobAgreement: true,
    });
    expect(codes(person, place)).toEqual([
      IneligibilityCode.ROUTE_NOT_WANTED,
      IneligibilityCode.ROUTE_ABOVE_PARTICIPATION_LEVEL,
      IneligibilityCode.HOURS_DO_NOT_OVERLAP,
      IneligibilityCode.BEYOND_TRAVEL_RANGE,
      IneligibilityCode.DUTCH_BELOW_MINIMUM,
      IneligibilityCode.NO_SHELTERED_WORK_INDICATION,
      IneligibilityCode.NOT_IN_JOB_AGREEMENT_REGISTER,
    ]);
  });
});
