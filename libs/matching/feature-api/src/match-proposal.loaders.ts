import type DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { AnonymisedTalentProfile } from '@werkmatch/talent-profiles/domain';
import { loadAnonymisedTalentProfiles } from '@werkmatch/talent-profiles/data-access';
import { requestLoader } from '@werkmatch/platform/request-loaders';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';

/*
 * Per-request loaders of a proposal's two sides: a page of proposals costs one batch per side, whatever its
 * length (the anonymised profiles load in a fixed number of queries too).
 */

export function proposalVacancyLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, VacancyEntity | null> {
  return requestLoader(
    req,
    'matching.vacancy',
    (ids: readonly string[]) =>
      dataSource.getRepository(VacancyEntity).findBy({ id: In([...ids]) }),
    (vacancy) => vacancy.id,
  );
}

/** Published profiles only: a paused or erased profile shows as null, as everywhere employers look. */
export function proposalProfileLoader(
  req: object,
  dataSource: DataSource,
): DataLoader<string, AnonymisedTalentProfile | null> {
  return requestLoader(
    req,
    'matching.anonymised-profile',
    (ids: readonly string[]) => loadAnonymisedTalentProfiles(dataSource, ids),
    (profile) => profile.id,
  );
}
