import type { EntityManager } from 'typeorm';
import type { QueueRegistry } from '@werkmatch/queue';
import type { AppLogger } from '@werkmatch/shared/logging';
import { EmailKind, OutgoingEmailEntity, OutgoingEmailStatus } from './outgoing-email.entity';
import { SendEmailJob } from './send-email.job';

export interface EmailToSend {
  to: string;
  subject: string;
  text: string;
  kind: EmailKind;
}

/** Writes the email with the change that causes it; must run inside that change's transaction. Returns its id. */
export async function queueEmail(manager: EntityManager, email: EmailToSend): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('queueEmail must run inside the transaction of the change that sends it');
  }
  const result = await manager.insert(OutgoingEmailEntity, {
    recipient: email.to,
    subject: email.subject,
    textBody: email.text,
    kind: email.kind,
    status: OutgoingEmailStatus.Queued,
    transport: null,
    sentAt: null,
  });
  return (result.identifiers[0] as { id: string }).id;
}

/**
 * After commit: hand the emails to the queue. A failure is logged, not thrown: the change is committed, the
 * email row stays QUEUED and the relay sends it later.
 */
export async function dispatchQueuedEmails(
  queues: QueueRegistry,
  emailIds: string[],
  logger: AppLogger,
): Promise<void> {
  for (const emailId of emailIds) {
    try {
      await queues.enqueue(SendEmailJob, { emailId });
    } catch (error) {
      logger.warn(
        { emailId, err: error instanceof Error ? error.message : String(error) },
        'could not enqueue an email; the relay will send it later',
      );
    }
  }
}
