import type { EntityManager } from 'typeorm';

/**
 * What approvals keep about a person, for "download my data": the proposals about them with every decision and
 * outcome recorded (the right of access covers a rejection reason the account manager did not show them, as
 * the talent profile export covers the coach's assessment), the interest they expressed themselves, and their
 * placements.
 */
export async function exportMatchHistory(
  manager: EntityManager,
  userId: string,
): Promise<Record<string, unknown>> {
  const [matches, interests, placements] = await Promise.all([
    manager.query(
      `SELECT mp.id, mp.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", mp.score, mp.status, mp.source,
              mp.created_at AS "proposedAt",
              d.decision, d.decided_at AS "decidedAt", d.note, d.reason, d.reason_text AS "reasonText",
              d.reason_visible_to_job_seeker AS "reasonShownToYou", d.outcome,
              d.introduced_at AS "introducedAt", d.interview_planned_at AS "interviewPlannedAt",
              d.interview_date AS "interviewDate", d.outcome_at AS "outcomeAt",
              d.not_placed_reason AS "notPlacedReason", d.not_placed_text AS "notPlacedText"
       FROM match_proposal mp
       JOIN vacancy v ON v.id = mp.vacancy_id
       LEFT JOIN match_decision d ON d.proposal_id = mp.id
       WHERE mp.job_seeker_id = $1
       ORDER BY mp.created_at, mp.id`,
      [userId],
    ),
    manager.query(
      `SELECT mi.proposal_id AS "proposalId", mi.source, mi.created_at AS "expressedAt"
       FROM match_interest mi WHERE mi.user_id = $1 ORDER BY mi.created_at`,
      [userId],
    ),
    manager.query(
      `SELECT id, vacancy_id AS "vacancyId", start_date AS "startDate", hours_per_week AS "hoursPerWeek",
              route_type AS "routeType", contract_type AS "contractType", paid,
              follow_up_due_on AS "followUpDueOn", still_in_work AS "stillInWork",
              still_in_work_confirmed_at AS "stillInWorkConfirmedAt"
       FROM placement WHERE job_seeker_id = $1 ORDER BY start_date, id`,
      [userId],
    ),
  ]);
  return { matches, interestsExpressed: interests, placements };
}

/**
 * Erasure: the person's proposals go (and with them decisions, notes, reasons and interests: ON DELETE
 * CASCADE), also any left under the account after the talent profile went. Placements stay under the
 * pseudonymous id for the figures, their link to the proposal cleared by the foreign key.
 */
export async function eraseMatchHistory(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`DELETE FROM match_proposal WHERE job_seeker_id = $1`, [userId]);
}
