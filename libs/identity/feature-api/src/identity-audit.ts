import type { EntityManager } from 'typeorm';
import { AuditAction, recordAuditEvent } from '@werkmatch/audit/data-access';
import type { Principal } from '@werkmatch/identity/domain';
import { currentLogContext } from '@werkmatch/shared/logging';

/** A change to a person's account data, recorded in the transaction that makes it. */
export function auditAccountChange(
  manager: EntityManager,
  actor: Principal | null,
  subjectUserId: string | null,
  action: AuditAction,
  resource: { type: string; id?: string | null },
): Promise<void> {
  return recordAuditEvent(manager, {
    actor,
    subjectUserId,
    action,
    resource,
    requestId: currentLogContext().requestId ?? null,
  });
}

/** Someone other than the person read their account data (name, email, phone): one READ event per person. */
export async function auditAccountReads(
  manager: EntityManager,
  actor: Principal,
  subjectUserIds: string[],
  purpose: string,
): Promise<void> {
  const requestId = currentLogContext().requestId ?? null;
  for (const subjectUserId of subjectUserIds.filter((id) => id !== actor.userId)) {
    await recordAuditEvent(manager, {
      actor,
      subjectUserId,
      action: AuditAction.READ,
      resource: { type: 'user', id: subjectUserId },
      purpose,
      requestId,
    });
  }
}
