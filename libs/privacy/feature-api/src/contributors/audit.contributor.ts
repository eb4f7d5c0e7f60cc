import { AuditEventEntity } from '@werkmatch/audit/data-access';
import type { PersonalDataContributor } from '../personal-data.registry';

/**
 * Who accessed the person's data (their right of access covers it). Erasure leaves the trail alone: it holds
 * ids only, and it is evidence the platform must keep.
 */
export const auditContributor: PersonalDataContributor = {
  name: 'accessLog',
  async export(manager, userId) {
    const events = await manager.getRepository(AuditEventEntity).find({
      where: { subjectUserId: userId },
      order: { id: 'ASC' },
    });
    return events.map((event) => ({
      occurredAt: event.occurredAt,
      action: event.action,
      actorRole: event.actorRole,
      byYou: event.actorUserId === userId,
      resourceType: event.resourceType,
      purpose: event.purpose,
    }));
  },
  async erase() {
    // Kept on purpose, see above.
  },
};
