import type { DataSource } from 'typeorm';
import { MatchOutcome, OUTCOME_REMINDER_DAYS } from '@werkmatch/approvals/domain';
import { amsterdamDate } from '@werkmatch/vacancies/domain';
import type { SweepResult } from './approval-jobs';
import { notifyOutcomeReminder, notifyPlacementFollowUp } from './match-messages';
import { accountManagersFor, loadMatchParties, PartyContact } from './match-parties';

const BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * Introduced matches that have had no outcome (no interview planned, no placement, no "not placed") for
 * OUTCOME_REMINDER_DAYS: the employer's contact and the account manager who approved it (or, when they left,
 * the region's account managers) get a notification and an email. Once per match: each row is marked in the
 * transaction that writes its messages, with the row locked, so two sweeps never both remind.
 */
export async function sweepOutcomeReminders(
  dataSource: DataSource,
  now: Date,
  options: { appUrl: string },
): Promise<SweepResult> {
  const cutoff = new Date(now.getTime() - OUTCOME_REMINDER_DAYS * DAY_MS);
  const result: SweepResult = { handled: 0, emailIds: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const candidates = (await dataSource.query(
      `SELECT proposal_id FROM match_decision
       WHERE outcome = $1 AND reminder_sent_at IS NULL AND introduced_at <= $2 AND proposal_id > $3
       ORDER BY proposal_id LIMIT $4`,
      [MatchOutcome.INTRODUCED, cutoff, after, BATCH],
    )) as { proposal_id: string }[];
    for (const { proposal_id: proposalId } of candidates) {
      const emailIds = await dataSource.transaction(async (manager) => {
        const [locked] = (await manager.query(
          `SELECT decided_by_user_id FROM match_decision
           WHERE proposal_id = $1 AND outcome = $2 AND reminder_sent_at IS NULL AND introduced_at <= $3
           FOR UPDATE SKIP LOCKED`,
          [proposalId, MatchOutcome.INTRODUCED, cutoff],
        )) as { decided_by_user_id: string }[];
        if (!locked) return null;
        await manager.query(
          `UPDATE match_decision SET reminder_sent_at = $2 WHERE proposal_id = $1`,
          [proposalId, now],
        );
        const parties = (await loadMatchParties(manager, [proposalId])).get(proposalId);
        if (!parties) return [];
        const managers = await accountManagersFor(
          manager,
          parties.reviewRegionId,
          locked.decided_by_user_id,
        );
        return notifyOutcomeReminder(
          manager,
          parties,
          managers,
          OUTCOME_REMINDER_DAYS,
          options.appUrl,
        );
      });
      if (emailIds === null) continue;
      result.handled += 1;
      result.emailIds.push(...emailIds);
    }
    if (candidates.length < BATCH) return result;
    after = candidates[candidates.length - 1]?.proposal_id ?? after;
  }
}

/**
 * Paid placements whose follow-up day (six months after the start) has come and whose coach was not asked yet:
 * the person's coach is asked, or the account managers of the vacancy's region when the person has none.
 * Once per placement, marked in the same transaction as its messages.
 */
export async function sweepPlacementFollowUps(
  dataSource: DataSource,
  now: Date,
  options: { appUrl: string },
): Promise<SweepResult> {
  const today = amsterdamDate(now);
  const result: SweepResult = { handled: 0, emailIds: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const candidates = (await dataSource.query(
      `SELECT id FROM placement
       WHERE follow_up_requested_at IS NULL AND still_in_work IS NULL AND follow_up_due_on <= $1::date
         AND id > $2
       ORDER BY id LIMIT $3`,
      [today, after, BATCH],
    )) as { id: string }[];
    for (const { id } of candidates) {
      const emailIds = await dataSource.transaction(async (manager) => {
        const [placement] = (await manager.query(
          `SELECT p.id, p.job_seeker_id, p.review_region_id, to_char(p.start_date, 'YYYY-MM-DD') AS start_date,
                  v.title
           FROM placement p JOIN vacancy v ON v.id = p.vacancy_id
           WHERE p.id = $1 AND p.follow_up_requested_at IS NULL AND p.still_in_work IS NULL
             AND p.follow_up_due_on <= $2::date
           FOR UPDATE OF p SKIP LOCKED`,
          [id, today],
        )) as {
          id: string;
          job_seeker_id: string;
          review_region_id: string | null;
          start_date: string;
          title: string;
        }[];
        if (!placement) return null;
        await manager.query(`UPDATE placement SET follow_up_requested_at = $2 WHERE id = $1`, [
          id,
          now,
        ]);
        const coaches = (await manager.query(
          `SELECT u.id, u.full_name, u.email, u.phone FROM caseload_assignment ca
           JOIN app_user u ON u.id = ca.coach_id AND u.erased_at IS NULL AND u.deactivated_at IS NULL
           WHERE ca.job_seeker_id = $1`,
          [placement.job_seeker_id],
        )) as { id: string; full_name: string; email: string; phone: string | null }[];
        const recipients: PartyContact[] =
          coaches.length > 0
            ? coaches.map((coach) => ({
                userId: coach.id,
                fullName: coach.full_name,
                email: coach.email,
                phone: coach.phone,
              }))
            : await accountManagersFor(manager, placement.review_region_id, null);
        return notifyPlacementFollowUp(
          manager,
          placement.id,
          placement.title,
          placement.start_date,
          recipients,
          options.appUrl,
        );
      });
      if (emailIds === null) continue;
      result.handled += 1;
      result.emailIds.push(...emailIds);
    }
    if (candidates.length < BATCH) return result;
    after = candidates[candidates.length - 1]?.id ?? after;
  }
}
