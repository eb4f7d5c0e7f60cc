import { distanceKm } from '@werkmatch/geo/domain';
import { cefrRank, hoursOverlap, RouteType } from '@werkmatch/work/domain';
import { Bilingual, formatKm, ROUTE_LABEL } from './labels';
import type { MatchCandidate, MatchVacancy } from './match-input';
import { routeOpenAtLevel } from './participation-routes';

/** Why a person cannot be proposed for a vacancy; each names what would have to change. */
export enum IneligibilityCode {
  ROUTE_NOT_WANTED = 'ROUTE_NOT_WANTED',
  ROUTE_ABOVE_PARTICIPATION_LEVEL = 'ROUTE_ABOVE_PARTICIPATION_LEVEL',
  HOURS_DO_NOT_OVERLAP = 'HOURS_DO_NOT_OVERLAP',
  BEYOND_TRAVEL_RANGE = 'BEYOND_TRAVEL_RANGE',
  WORKPLACE_UNKNOWN = 'WORKPLACE_UNKNOWN',
  DUTCH_BELOW_MINIMUM = 'DUTCH_BELOW_MINIMUM',
  NO_SHELTERED_WORK_INDICATION = 'NO_SHELTERED_WORK_INDICATION',
  NOT_IN_JOB_AGREEMENT_REGISTER = 'NOT_IN_JOB_AGREEMENT_REGISTER',
}

export interface IneligibilityReason extends Bilingual {
  code: IneligibilityCode;
}

export interface Eligibility {
  eligible: boolean;
  /** Every hard condition that fails, in a fixed order; empty when eligible. */
  reasons: IneligibilityReason[];
}

/** How far the workplace is: remote work is always within reach; a workplace without a place cannot be judged. */
export type TravelDistance =
  { kind: 'REMOTE' } | { kind: 'UNKNOWN' } | { kind: 'KM'; km: number; withinRange: boolean };

export function travelDistance(candidate: MatchCandidate, vacancy: MatchVacancy): TravelDistance {
  if (vacancy.remote) return { kind: 'REMOTE' };
  if (vacancy.location === null) return { kind: 'UNKNOWN' };
  const km = distanceKm(candidate.location, vacancy.location);
  return { kind: 'KM', km, withinRange: km <= candidate.travelKm };
}

/**
 * The hard conditions of a proposal (issue 6): the route is one the person wants and that is open at their rung of
 * the participatieladder, hours overlap, the workplace is within their travel range (or remote), their Dutch is
 * at least the vacancy's minimum, sheltered-work places go only to people with the indication and places reserved
 * for the Banenafspraak only to people in the register. The two indications act here and nowhere else.
 */
export function isEligible(candidate: MatchCandidate, vacancy: MatchVacancy): Eligibility {
  const reasons: IneligibilityReason[] = [];
  const fail = (code: IneligibilityCode, text: Bilingual) => reasons.push({ code, ...text });
  const route = ROUTE_LABEL[vacancy.routeType];

  if (!candidate.wantedRouteTypes.includes(vacancy.routeType))
    fail(IneligibilityCode.ROUTE_NOT_WANTED, {
      nl: `${route.nl} staat niet bij wat de persoon zoekt`,
      en: `${route.en} is not among what the person is looking for`,
    });
  if (!routeOpenAtLevel(candidate.participationLevel, vacancy.routeType))
    fail(IneligibilityCode.ROUTE_ABOVE_PARTICIPATION_LEVEL, {
      nl: `${route.nl} past nog niet bij trede ${candidate.participationLevel} van de participatieladder`,
      en: `${route.en} does not fit participation level ${candidate.participationLevel} yet`,
    });

  if (!hoursOverlap(candidate.hours, vacancy.hours))
    fail(IneligibilityCode.HOURS_DO_NOT_OVERLAP, {
      nl: `Beschikbaar ${candidate.hours.min}–${candidate.hours.max} uur, vacature ${vacancy.hours.min}–${vacancy.hours.max} uur per week`,
      en: `Available ${candidate.hours.min}–${candidate.hours.max} hours, vacancy ${vacancy.hours.min}–${vacancy.hours.max} hours a week`,
    });

  const distance = travelDistance(candidate, vacancy);
  if (distance.kind === 'UNKNOWN')
    fail(IneligibilityCode.WORKPLACE_UNKNOWN, {
      nl: 'De vacature heeft geen werkplek en is niet op afstand',
      en: 'The vacancy has no workplace and is not remote',
    });
  else if (distance.kind === 'KM' && !distance.withinRange) {
    const km = formatKm(distance.km, candidate.travelKm);
    fail(IneligibilityCode.BEYOND_TRAVEL_RANGE, {
      nl: `${km.nl}, buiten ${candidate.travelKm} km reisafstand`,
      en: `${km.en}, beyond a ${candidate.travelKm} km travel range`,
    });
  }

  const minimum = vacancy.minDutchLevel;
  if (
    minimum !== null &&
    (candidate.dutchLevel === null || cefrRank(candidate.dutchLevel) < cefrRank(minimum))
  )
    fail(IneligibilityCode.DUTCH_BELOW_MINIMUM, {
      nl: `Nederlands ${candidate.dutchLevel ?? 'onbekend'}, vereist ${minimum}`,
      en: `Dutch ${candidate.dutchLevel ?? 'unknown'}, ${minimum} required`,
    });

  if (vacancy.routeType === RouteType.SHELTERED_WORK && !candidate.hasShelteredWorkIndication)
    fail(IneligibilityCode.NO_SHELTERED_WORK_INDICATION, {
      nl: 'Beschut werk is alleen voor wie een indicatie beschut werk heeft',
      en: 'Sheltered work is only for people with a sheltered-work indication',
    });
  if (vacancy.reservedForJobAgreement && !candidate.inJobAgreementRegister)
    fail(IneligibilityCode.NOT_IN_JOB_AGREEMENT_REGISTER, {
      nl: 'Deze plek is voorbehouden aan mensen uit het doelgroepregister Banenafspraak',
      en: 'This place is reserved for people in the Banenafspraak register',
    });

  return { eligible: reasons.length === 0, reasons };
}
