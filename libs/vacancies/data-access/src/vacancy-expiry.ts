import type { DataSource } from 'typeorm';
import { recordOutboxEvent } from '@werkmatch/database';
import {
  VACANCY_AGGREGATE_TYPE,
  VacancyStatus,
  vacancyEventFor,
} from '@werkmatch/vacancies/domain';

/** Rows per transaction: bounded, so one run after a long outage does not hold thousands of row locks. */
const BATCH = 500;

export interface ExpiryResult {
  /** Vacancies that were published (search and matching hear of them). */
  published: number;
  /** Vacancies still under review when their closing date passed. */
  submitted: number;
}

/**
 * Expires every published or submitted vacancy whose closing date lies before `today` (a date in Amsterdam,
 * `amsterdamDate(new Date())`), recording `vacancy.closed` for the published ones in the same transaction.
 * The status condition is part of the UPDATE and locked rows are skipped, so an employer closing the same
 * vacancy at that moment wins cleanly and a second run finds nothing left to do.
 */
export async function expireVacanciesPastClosingDate(
  dataSource: DataSource,
  today: string,
): Promise<ExpiryResult> {
  const result: ExpiryResult = { published: 0, submitted: 0 };
  for (;;) {
    const expired = await dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `WITH due AS (
           SELECT id, status FROM vacancy
           WHERE status IN ($1, $2) AND closing_date < $3::date
           ORDER BY closing_date, id
           LIMIT $4
           FOR UPDATE SKIP LOCKED
         )
         UPDATE vacancy v
         SET status = $5, ended_at = now(), updated_at = now(), version = v.version + 1
         FROM due
         WHERE v.id = due.id
         RETURNING v.id, due.status AS previous_status`,
        [VacancyStatus.PUBLISHED, VacancyStatus.SUBMITTED, today, BATCH, VacancyStatus.EXPIRED],
      )) as [{ id: string; previous_status: VacancyStatus }[], number];
      const updated = rows[0];
      for (const row of updated) {
        const event = vacancyEventFor(row.previous_status, VacancyStatus.EXPIRED);
        if (event)
          await recordOutboxEvent(manager, {
            aggregateType: VACANCY_AGGREGATE_TYPE,
            aggregateId: row.id,
            eventType: event.eventType,
            payload: event.payload,
          });
        if (row.previous_status === VacancyStatus.PUBLISHED) result.published++;
        else result.submitted++;
      }
      return updated.length;
    });
    if (expired < BATCH) return result;
  }
}
