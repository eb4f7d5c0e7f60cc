import type { EntityManager } from 'typeorm';
import { UserEntity } from '@werkmatch/identity/data-access';
import { OutgoingEmailEntity } from '@werkmatch/notifications/data-access';
import type { PersonalDataContributor } from '../personal-data.registry';

async function emailOf(manager: EntityManager, userId: string): Promise<string> {
  return (
    await manager.getRepository(UserEntity).findOneByOrFail({ id: userId })
  ).email.toLowerCase();
}

/** Emails sent to the person: they hold the address and often the name in the body. */
export const notificationsContributor: PersonalDataContributor = {
  name: 'emails',
  async export(manager, userId) {
    const emails = await manager
      .getRepository(OutgoingEmailEntity)
      .createQueryBuilder('email')
      .where('lower(email.recipient) = :address', { address: await emailOf(manager, userId) })
      .orderBy('email.created_at', 'ASC')
      .getMany();
    // The bodies carry one-time tokens; the subject and date say what was sent.
    return emails.map((email) => ({
      subject: email.subject,
      kind: email.kind,
      sentAt: email.sentAt ?? email.createdAt,
    }));
  },
  async erase(manager, userId) {
    await manager
      .createQueryBuilder()
      .delete()
      .from(OutgoingEmailEntity)
      .where('lower(recipient) = :address', { address: await emailOf(manager, userId) })
      .execute();
  },
};
