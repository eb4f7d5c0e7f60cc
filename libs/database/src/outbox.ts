import type { EntityManager } from 'typeorm';
import { OutboxEventEntity, OutboxPayload } from './outbox-event.entity';

export interface OutboxEvent {
  aggregateType: string;
  aggregateId: string;
  eventType: string;
  payload?: OutboxPayload;
}

/** Must be called with the EntityManager of the transaction that makes the change. */
export async function recordOutboxEvent(manager: EntityManager, event: OutboxEvent): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordOutboxEvent must run inside the transaction of the change it records');
  }
  const row = manager.create(OutboxEventEntity, {
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    eventType: event.eventType,
    payload: event.payload ?? {},
  });
  await manager.insert(OutboxEventEntity, row);
}
