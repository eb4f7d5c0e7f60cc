import type { ResolvedPostcode } from '@werkmatch/geo/data-access';
import type { NormalizedVacancyDraft } from '@werkmatch/vacancies/domain';
import type { VacancyEntity } from './vacancy.entity';

/** What a saved draft is made of: the normalised draft and the place its postcode resolved to, if any. */
export interface VacancyContent {
  draft: NormalizedVacancyDraft;
  place: ResolvedPostcode | null;
}

/** The columns of a vacancy its content sets: what the employer wrote and where the postcode lies. */
export type VacancyContentColumns = Omit<
  VacancyEntity,
  | 'id'
  | 'organisationId'
  | 'organisation'
  | 'createdByUserId'
  | 'status'
  | 'occupation'
  | 'reviewRegionId'
  | 'submittedAt'
  | 'publishedAt'
  | 'publishedByUserId'
  | 'returnReason'
  | 'returnedAt'
  | 'endedAt'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;

/**
 * The columns a saved draft sets, for insert and update alike; the vacancy service and the data generator both
 * write a vacancy's content through this, so generated rows hold exactly what the service would store.
 */
export function vacancyContentColumns({ draft, place }: VacancyContent): VacancyContentColumns {
  return {
    title: draft.title,
    description: draft.description,
    occupationId: draft.occupationId,
    routeType: draft.routeType,
    hoursMin: draft.hours.min,
    hoursMax: draft.hours.max,
    positions: draft.positions,
    remote: draft.remote,
    postcode: draft.postcode,
    pc4: place?.pc4 ?? null,
    municipalityCode: place?.municipality.code ?? null,
    regionId: place?.region.id ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    minDutchLevel: draft.minDutchLevel,
    educationLevel: draft.educationLevel,
    inclusiveOptions: draft.inclusiveOptions,
    contractType: draft.contractType,
    payMin: draft.pay ? draft.pay.min.toFixed(2) : null,
    payMax: draft.pay ? draft.pay.max.toFixed(2) : null,
    payPeriod: draft.pay?.period ?? null,
    closingDate: draft.closingDate,
  };
}
