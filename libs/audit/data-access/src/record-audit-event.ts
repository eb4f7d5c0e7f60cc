import type { EntityManager } from 'typeorm';
import type { Principal } from '@werkmatch/identity/domain';
import { AuditAction } from './audit-action';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditResource {
  /** A stable name of the kind of data: `user`, `talent-profile`, `personal-data-export`. */
  type: string;
  id?: string | null;
}

export interface AuditEventInput {
  /** Null for the system. */
  actor: Principal | null;
  subjectUserId: string | null;
  action: AuditAction;
  resource: AuditResource;
  purpose?: string | null;
  requestId?: string | null;
}

/**
 * Appends one event with the given EntityManager: pass the manager of the transaction that makes the change,
 * so the change and its trace commit (or roll back) together.
 */
export async function recordAuditEvent(
  manager: EntityManager,
  event: AuditEventInput,
): Promise<void> {
  await recordAuditEvents(manager, [event]);
}

/**
 * Appends several events in one statement (a page of people shown at once), with the same rules as
 * `recordAuditEvent`; pass the manager of the transaction that makes the change or read.
 */
export async function recordAuditEvents(
  manager: EntityManager,
  events: readonly AuditEventInput[],
): Promise<void> {
  if (events.length === 0) return;
  for (const event of events) {
    if (
      event.action === AuditAction.READ &&
      event.actor &&
      event.actor.userId !== event.subjectUserId
    ) {
      if (!event.purpose?.trim())
        throw new Error('reading another person’s data must state a purpose');
    }
  }
  await manager.insert(
    AuditEventEntity,
    events.map((event) => ({
      actorUserId: event.actor?.userId ?? null,
      actorRole: event.actor?.role ?? null,
      actorOrganisationId: event.actor?.organisationId ?? null,
      actorRegionId: event.actor?.regionId ?? null,
      subjectUserId: event.subjectUserId,
      action: event.action,
      resourceType: event.resource.type,
      resourceId: event.resource.id ?? null,
      purpose: event.purpose?.trim() || null,
      requestId: event.requestId ?? null,
    })),
  );
}
