import { OutboxEventEntity } from '@werkmatch/database';
import { SystemCheckEntity } from '@werkmatch/system/data-access';
import { IDENTITY_ENTITIES } from '@werkmatch/identity/data-access';
import { NotificationEntity, OutgoingEmailEntity } from '@werkmatch/notifications/data-access';
import { GEO_ENTITIES } from '@werkmatch/geo/data-access';
import { TAXONOMY_ENTITIES } from '@werkmatch/taxonomy/data-access';
import { AUDIT_ENTITIES } from '@werkmatch/audit/data-access';
import { TALENT_PROFILE_ENTITIES } from '@werkmatch/talent-profiles/data-access';
import { VACANCY_ENTITIES } from '@werkmatch/vacancies/data-access';
import { MATCHING_ENTITIES } from '@werkmatch/matching/data-access';
import { APPROVAL_ENTITIES } from '@werkmatch/approvals/data-access';

/** Every entity of the platform; the migration drift check compares exactly these with the migrations. */
export const ENTITIES = [
  OutboxEventEntity,
  SystemCheckEntity,
  ...IDENTITY_ENTITIES,
  OutgoingEmailEntity,
  NotificationEntity,
  ...GEO_ENTITIES,
  ...TAXONOMY_ENTITIES,
  ...AUDIT_ENTITIES,
  ...TALENT_PROFILE_ENTITIES,
  ...VACANCY_ENTITIES,
  ...MATCHING_ENTITIES,
  ...APPROVAL_ENTITIES,
];
