import type { EntityManager } from 'typeorm';
import { NotificationEntity, NotificationKind } from './notification.entity';

export interface NotificationToRecord {
  userId: string;
  kind: NotificationKind;
  resource?: { type: string; id: string } | null;
  nl: string;
  en: string;
}

/** Writes in-app notifications with the change that causes them; must run inside that change's transaction. */
export async function recordNotifications(
  manager: EntityManager,
  notifications: readonly NotificationToRecord[],
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordNotifications must run inside the transaction of the change it reports');
  }
  if (notifications.length === 0) return;
  await manager.insert(
    NotificationEntity,
    notifications.map((notification) => ({
      userId: notification.userId,
      kind: notification.kind,
      resourceType: notification.resource?.type ?? null,
      resourceId: notification.resource?.id ?? null,
      messageNl: notification.nl,
      messageEn: notification.en,
      readAt: null,
    })),
  );
}
