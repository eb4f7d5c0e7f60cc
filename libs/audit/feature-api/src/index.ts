export { AuditApiModule } from './audit-api.module';
export { AuditService, MAX_PAGE_SIZE } from './audit.service';
export type { AuditPage, AuditTrailFilter, DataAccessRow } from './audit.service';
export { AuditAction } from '@werkmatch/audit/data-access';
export type { AuditResource } from '@werkmatch/audit/data-access';
