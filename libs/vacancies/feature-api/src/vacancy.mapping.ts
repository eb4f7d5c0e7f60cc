import type { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { Vacancy } from './vacancy.model';

/**
 * The GraphQL form of a vacancy. `internal` says whether the caller manages it (its organisation, the reviewing
 * account managers, administrators): only they get the internal fields; the field policy refuses other roles
 * outright, this covers callers of the right role for another organisation or region.
 */
export function toVacancy(entity: VacancyEntity, internal: boolean): Vacancy {
  return {
    id: entity.id,
    status: entity.status,
    title: entity.title,
    description: entity.description,
    routeType: entity.routeType,
    hours: { min: entity.hoursMin, max: entity.hoursMax },
    positions: entity.positions,
    remote: entity.remote,
    postcode: entity.postcode,
    minDutchLevel: entity.minDutchLevel,
    educationLevel: entity.educationLevel,
    inclusiveOptions: entity.inclusiveOptions,
    contractType: entity.contractType,
    pay:
      entity.payMin !== null && entity.payMax !== null && entity.payPeriod !== null
        ? { min: Number(entity.payMin), max: Number(entity.payMax), period: entity.payPeriod }
        : null,
    closingDate: entity.closingDate,
    submittedAt: entity.submittedAt,
    publishedAt: entity.publishedAt,
    endedAt: entity.endedAt,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    returnReason: internal ? entity.returnReason : null,
    returnedAt: internal ? entity.returnedAt : null,
    createdBy: internal ? entity.createdByUserId : null,
    publishedBy: internal ? entity.publishedByUserId : null,
    organisationId: entity.organisationId,
    occupationId: entity.occupationId,
    regionId: entity.regionId,
    municipalityCode: entity.municipalityCode,
  };
}
