import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { GeoService, MunicipalityEntity } from '@werkmatch/geo/data-access';
import { EmployerOrganisationEntity } from '@werkmatch/identity/data-access';
import { requestListLoader, requestLoader } from '@werkmatch/platform/request-loaders';
import { VacancySkillEntity } from '@werkmatch/vacancies/data-access';
import { VacancyEmployer, VacancyMunicipality, VacancyRegion } from './vacancy.model';

/*
 * Per-request loaders of a vacancy's relations (`req` is the GraphQL context's request): a page of vacancies
 * costs one query per relation, whatever its length.
 */

/** The skill links of vacancies, in the employer's order; required and nice-to-have share one query. */
export function vacancySkillsLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, VacancySkillEntity[]> {
  return requestListLoader(
    req,
    'vacancies.skills',
    (vacancyIds: readonly string[]) =>
      dataSource.getRepository(VacancySkillEntity).find({
        where: { vacancyId: In([...vacancyIds]) },
        order: { position: 'ASC' },
      }),
    (link) => link.vacancyId,
  );
}

export function vacancyEmployerLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, VacancyEmployer | null> {
  return requestLoader(
    req,
    'vacancies.employer',
    async (ids: readonly string[]) =>
      dataSource.getRepository(EmployerOrganisationEntity).find({
        select: { id: true, name: true },
        where: { id: In([...ids]) },
      }),
    (organisation) => organisation.id,
  );
}

export function vacancyRegionLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, VacancyRegion | null> {
  return requestLoader(
    req,
    'vacancies.region',
    async (ids: readonly string[]) =>
      (await new GeoService(dataSource).findRegionsByIds(ids)).map(({ id, name }) => ({
        id,
        name,
      })),
    (region) => region.id,
  );
}

export function vacancyMunicipalityLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, VacancyMunicipality | null> {
  return requestLoader(
    req,
    'vacancies.municipality',
    async (codes: readonly string[]) =>
      dataSource.getRepository(MunicipalityEntity).find({
        select: { code: true, name: true },
        where: { code: In([...codes]) },
      }),
    (municipality) => municipality.code,
  );
}
