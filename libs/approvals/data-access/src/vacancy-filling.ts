import type { EntityManager } from 'typeorm';
import { recordOutboxEvent } from '@werkmatch/database';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import {
  assertVacancyTransition,
  VACANCY_AGGREGATE_TYPE,
  VacancyAction,
  vacancyEventFor,
  VacancyStatus,
} from '@werkmatch/vacancies/domain';

/**
 * After a placement, in its transaction: when the placements of a published vacancy reach its positions, the
 * vacancy becomes FILLED and `vacancy.closed` goes to the outbox with it, so search drops it and the match
 * engine withdraws its other open proposals. The vacancy's row is locked first, so two placements recorded at
 * once count each other and the second finds it filled. A vacancy that already ended (closed, expired) stays
 * as it is: people may start after the closing date. Returns whether it was filled now.
 */
export async function fillVacancyWhenComplete(
  manager: EntityManager,
  vacancyId: string,
): Promise<boolean> {
  const [vacancy] = (await manager.query(
    `SELECT status, positions FROM vacancy WHERE id = $1 FOR UPDATE`,
    [vacancyId],
  )) as { status: VacancyStatus; positions: number }[];
  if (!vacancy || vacancy.status !== VacancyStatus.PUBLISHED) return false;
  const [{ placed }] = (await manager.query(
    `SELECT count(*)::int AS placed FROM placement WHERE vacancy_id = $1`,
    [vacancyId],
  )) as [{ placed: number }];
  if (placed < vacancy.positions) return false;
  const to = assertVacancyTransition(vacancy.status, VacancyAction.FILL);
  // Through the repository so the vacancy's version is raised as by every other change of it.
  await manager
    .getRepository(VacancyEntity)
    .update({ id: vacancyId }, { status: to, endedAt: new Date() });
  const event = vacancyEventFor(vacancy.status, to);
  if (event)
    await recordOutboxEvent(manager, {
      aggregateType: VACANCY_AGGREGATE_TYPE,
      aggregateId: vacancyId,
      eventType: event.eventType,
      payload: event.payload,
    });
  return true;
}
