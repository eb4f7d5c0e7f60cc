export { AuditAction } from './audit-action';
export { AuditEventEntity } from './audit-event.entity';
export { recordAuditEvent, recordAuditEvents } from './record-audit-event';
export type { AuditEventInput, AuditResource } from './record-audit-event';

import { AuditEventEntity } from './audit-event.entity';

/** The audit tables, for the platform's entity list. */
export const AUDIT_ENTITIES = [AuditEventEntity];
