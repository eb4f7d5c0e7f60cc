import type { DataSource, EntityManager } from 'typeorm';
import { organisationMayPublish } from '@werkmatch/identity/domain';
import { ForbiddenError, NotFoundError } from '@werkmatch/shared/errors';
import { EmployerOrganisationEntity } from './employer-organisation.entity';

/**
 * For the vacancies feature: an unverified organisation cannot publish. Call it in the transaction that
 * publishes, so a verification withdrawn meanwhile is seen.
 */
export async function assertOrganisationMayPublish(
  db: DataSource | EntityManager,
  organisationId: string,
): Promise<EmployerOrganisationEntity> {
  const organisation = await db
    .getRepository(EmployerOrganisationEntity)
    .findOneBy({ id: organisationId });
  if (!organisation) throw new NotFoundError('organisation');
  if (!organisationMayPublish(organisation)) {
    throw new ForbiddenError(
      'the organisation is not verified yet; an account manager of its region must verify it before it can publish',
    );
  }
  return organisation;
}
