import { OutboxEventEntity } from '@werkmatch/database';
import { SystemCheckEntity } from '@werkmatch/system/data-access';

/** Every entity of the platform; the migration drift check compares exactly these with the migrations. */
export const ENTITIES = [OutboxEventEntity, SystemCheckEntity];
