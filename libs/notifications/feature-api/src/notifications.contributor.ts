import { NotificationEntity } from '@werkmatch/notifications/data-access';
import type { PersonalDataContributor } from '@werkmatch/privacy/feature-api';

/** The person's in-app notifications, in the export and gone with the account. */
export const inAppNotificationsContributor: PersonalDataContributor = {
  name: 'notifications',
  async export(manager, userId) {
    const rows = await manager.getRepository(NotificationEntity).find({
      where: { userId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => ({
      kind: row.kind,
      resourceType: row.resourceType,
      resourceId: row.resourceId,
      messageNl: row.messageNl,
      messageEn: row.messageEn,
      createdAt: row.createdAt,
      readAt: row.readAt,
    }));
  },
  async erase(manager, userId) {
    await manager.delete(NotificationEntity, { userId });
  },
};
