import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditEventEntity,
  AuditEventInput,
  AuditResource,
  recordAuditEvent,
} from '@werkmatch/audit/data-access';
import type { Principal } from '@werkmatch/identity/domain';
import { EmployerOrganisationEntity } from '@werkmatch/identity/data-access';
import { EmployerServicePointEntity } from '@werkmatch/geo/data-access';
import { currentLogContext } from '@werkmatch/shared/logging';
import { ValidationError } from '@werkmatch/shared/errors';

export interface AuditTrailFilter {
  actorUserId?: string | null;
  subjectUserId?: string | null;
  action?: AuditAction | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface DataAccessRow {
  occurredAt: Date;
  action: AuditAction;
  actorRole: string | null;
  organisationName: string | null;
  servicePointName: string | null;
  resourceType: string;
  purpose: string | null;
}

export const MAX_PAGE_SIZE = 200;

function cursorValue(after: string | null | undefined): string | null {
  if (!after) return null;
  if (!/^[1-9][0-9]{0,18}$/.test(after))
    throw ValidationError.field('after', 'must be a cursor from a previous page');
  return after;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw ValidationError.field('first', `between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/**
 * The audit trail. Every read of a person's personal data by someone else and every change goes through
 * `auditRead` / `auditChange`; pass the EntityManager of the transaction when there is one.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    event: AuditEventInput,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await recordAuditEvent(manager, { requestId: currentLogContext().requestId ?? null, ...event });
  }

  /** Someone read a person's data. Records nothing when the reader is that person: the trail is about others. */
  async auditRead(
    principal: Principal,
    subjectUserId: string,
    resource: AuditResource,
    purpose: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (principal.userId === subjectUserId) return;
    await this.record(
      { actor: principal, subjectUserId, action: AuditAction.READ, resource, purpose },
      manager,
    );
  }

  /** A change of a person's data, by themselves, someone else or the system (`principal` null). */
  async auditChange(
    principal: Principal | null,
    action: AuditAction,
    subjectUserId: string | null,
    resource: AuditResource,
    manager?: EntityManager,
    purpose?: string,
  ): Promise<void> {
    await this.record({ actor: principal, subjectUserId, action, resource, purpose }, manager);
  }

  /** Who else read or changed the person's data, newest first, with the names of their organisations. */
  async accessLogOf(
    subjectUserId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<AuditPage<DataAccessRow>> {
    const size = pageSize(first);
    const cursor = cursorValue(after);
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .leftJoin(
        EmployerOrganisationEntity,
        'organisation',
        'organisation.id = event.actor_organisation_id',
      )
      .leftJoin(
        EmployerServicePointEntity,
        'service_point',
        'service_point.region_id = event.actor_region_id',
      )
      .select('event.id', 'id')
      .addSelect('event.occurred_at', 'occurredAt')
      .addSelect('event.action', 'action')
      .addSelect('event.actor_role', 'actorRole')
      .addSelect('organisation.name', 'organisationName')
      .addSelect('service_point.name', 'servicePointName')
      .addSelect('event.resource_type', 'resourceType')
      .addSelect('event.purpose', 'purpose')
      .where('event.subject_user_id = :subjectUserId', { subjectUserId })
      .andWhere('event.actor_user_id IS DISTINCT FROM :subjectUserId', { subjectUserId })
      .orderBy('event.id', 'DESC')
      .limit(size + 1);
    if (cursor) query.andWhere('event.id < :cursor', { cursor });
    const rows = await query.getRawMany<DataAccessRow & { id: string }>();
    return this.page(rows, size);
  }

  async trail(
    filter: AuditTrailFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<AuditPage<AuditEventEntity>> {
    const size = pageSize(first);
    const cursor = cursorValue(after);
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .orderBy('event.id', 'DESC')
      .limit(size + 1);
    if (filter.actorUserId)
      query.andWhere('event.actor_user_id = :actor', { actor: filter.actorUserId });
    if (filter.subjectUserId)
      query.andWhere('event.subject_user_id = :subject', { subject: filter.subjectUserId });
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurred_at < :to', { to: filter.to });
    if (cursor) query.andWhere('event.id < :cursor', { cursor });
    return this.page(await query.getMany(), size);
  }

  private page<T extends { id: string }>(rows: T[], size: number): AuditPage<T> {
    const items = rows.slice(0, size);
    return { items, nextCursor: rows.length > size ? String(items[items.length - 1]?.id) : null };
  }
}
