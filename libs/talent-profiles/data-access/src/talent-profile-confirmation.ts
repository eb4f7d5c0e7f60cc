import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuditAction, recordAuditEvent } from '@werkmatch/audit/data-access';
import { UserEntity } from '@werkmatch/identity/data-access';
import { EmailKind, queueEmail } from '@werkmatch/notifications/data-access';
import { defineJob, QueueName } from '@werkmatch/queue';
import {
  CONFIRM_EVERY_DAYS,
  CONFIRM_WITHIN_DAYS,
  confirmationCutoffs,
  ConfirmationStep,
  confirmationStep,
  PauseReason,
  pauseProfile,
  TALENT_PROFILE_PAUSED,
  TalentProfileStatus,
} from '@werkmatch/talent-profiles/domain';
import { TalentProfileEntity } from './talent-profile.entity';
import { lifecycleOf } from './talent-profile-mapping';
import { recordTalentProfileEvent } from './talent-profile-outbox';

/** Once a day (and once at worker start): ask owners of stale published profiles to confirm, pause the unconfirmed. */
export const ConfirmTalentProfilesJob = defineJob({
  queue: QueueName.Scheduled,
  name: 'talent-profiles.confirmation-sweep',
  schema: z.object({}),
  options: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 100 },
  },
});

export interface ConfirmationSweepOptions {
  /** Base URL for the link in the email (PUBLIC_APP_URL). */
  appUrl: string;
  /** Profiles looked at per query. */
  batchSize?: number;
}

export interface ConfirmationSweepResult {
  requested: number;
  paused: number;
  /** Emails written with the requests; hand them to the queue after the sweep (`dispatchQueuedEmails`). */
  emailIds: string[];
}

function confirmationEmail(appUrl: string): { subject: string; text: string } {
  return {
    subject: 'Is je talentprofiel nog actueel? / Is your talent profile still current?',
    text: [
      'Hallo,',
      '',
      `Je talentprofiel op Werkmatch staat al ${CONFIRM_EVERY_DAYS} dagen online. Klopt het nog?`,
      `Bevestig het binnen ${CONFIRM_WITHIN_DAYS} dagen, of pas het aan: ${appUrl}/talent-profile`,
      'Bevestig je niet, dan zetten we je profiel op pauze: werkgevers zien het dan niet meer tot je het opnieuw publiceert.',
      '',
      `Your Werkmatch talent profile has been online for ${CONFIRM_EVERY_DAYS} days. Is it still current?`,
      `Please confirm it within ${CONFIRM_WITHIN_DAYS} days, or update it: ${appUrl}/talent-profile`,
      'If you do not, your profile is paused: employers no longer see it until you publish it again.',
    ].join('\n'),
  };
}

/**
 * One profile, in its own short transaction with the row locked: the rule is decided again on the locked row
 * (the owner may have confirmed since the candidate query), so two sweeps or a sweep and a confirmation never
 * both act. Returns the step taken and the email written, if any.
 */
async function handleProfile(
  manager: EntityManager,
  profileId: string,
  now: Date,
  appUrl: string,
): Promise<{ step: ConfirmationStep | null; emailId: string | null }> {
  const profile = await manager.getRepository(TalentProfileEntity).findOne({
    where: { id: profileId },
    lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
  });
  if (!profile) return { step: null, emailId: null };
  const step = confirmationStep(lifecycleOf(profile), now);
  if (step === ConfirmationStep.REQUEST) {
    // Not a change of the profile's content: neither its version nor its updated_at moves.
    await manager.query(`UPDATE talent_profile SET confirmation_requested_at = $2 WHERE id = $1`, [
      profile.id,
      now,
    ]);
    const owner = await manager.getRepository(UserEntity).findOneBy({ id: profile.jobSeekerId });
    if (!owner || owner.erasedAt) return { step, emailId: null };
    const email = confirmationEmail(appUrl);
    const emailId = await queueEmail(manager, {
      to: owner.email,
      subject: email.subject,
      text: email.text,
      kind: EmailKind.ProfileConfirmation,
    });
    return { step, emailId };
  }
  if (step === ConfirmationStep.PAUSE) {
    const paused = pauseProfile(lifecycleOf(profile), PauseReason.NOT_CONFIRMED, now);
    await manager.update(
      TalentProfileEntity,
      { id: profile.id },
      {
        status: paused.status,
        pausedAt: paused.pausedAt,
        pauseReason: paused.pauseReason,
        updatedByUserId: null,
      },
    );
    await recordTalentProfileEvent(manager, profile, TALENT_PROFILE_PAUSED);
    await recordAuditEvent(manager, {
      actor: null,
      subjectUserId: profile.jobSeekerId,
      action: AuditAction.UPDATE,
      resource: { type: 'talent-profile', id: profile.id },
      purpose: `not confirmed within ${CONFIRM_WITHIN_DAYS} days of the request`,
    });
    return { step, emailId: null };
  }
  return { step: null, emailId: null };
}

/**
 * The confirmation clock of talent-profiles/domain applied to every published profile at `now`: owners whose
 * profile was confirmed CONFIRM_EVERY_DAYS ago are asked by email; profiles whose owner was asked
 * CONFIRM_WITHIN_DAYS ago and did not confirm are paused (PauseReason.NOT_CONFIRMED, outbox `paused`), so
 * employers never search stale profiles. Idempotent: a second run at the same `now` does nothing.
 */
export async function sweepTalentProfileConfirmations(
  dataSource: DataSource,
  now: Date,
  options: ConfirmationSweepOptions,
): Promise<ConfirmationSweepResult> {
  const { askIfConfirmedBefore, pauseIfAskedBefore } = confirmationCutoffs(now);
  const batchSize = options.batchSize ?? 500;
  const result: ConfirmationSweepResult = { requested: 0, paused: 0, emailIds: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const candidates = (await dataSource.query(
      `SELECT id FROM talent_profile
        WHERE status = $1 AND id > $2
          AND ((confirmation_requested_at IS NULL AND confirmed_at <= $3) OR confirmation_requested_at <= $4)
        ORDER BY id LIMIT $5`,
      [TalentProfileStatus.PUBLISHED, after, askIfConfirmedBefore, pauseIfAskedBefore, batchSize],
    )) as { id: string }[];
    for (const { id } of candidates) {
      const { step, emailId } = await dataSource.transaction((manager) =>
        handleProfile(manager, id, now, options.appUrl),
      );
      if (step === ConfirmationStep.REQUEST) result.requested += 1;
      if (step === ConfirmationStep.PAUSE) result.paused += 1;
      if (emailId) result.emailIds.push(emailId);
    }
    if (candidates.length < batchSize) return result;
    after = candidates[candidates.length - 1]?.id ?? after;
  }
}
