import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@werkmatch/identity/domain';
import { NotificationEntity } from '@werkmatch/notifications/data-access';
import { ValidationError } from '@werkmatch/shared/errors';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_MARKED = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NotificationEntityPage {
  items: NotificationEntity[];
  nextCursor: string | null;
  unreadCount: number;
}

/** The caller's own in-app notifications: every query is scoped to the user id of the login, never an argument. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; the cursor is the id of the last one of the previous page. */
  async page(
    principal: Principal,
    first: number | null | undefined,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<NotificationEntityPage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      throw ValidationError.field('first', `between 1 and ${MAX_PAGE_SIZE}`);
    if (after && !UUID.test(after))
      throw ValidationError.field('after', 'must be a cursor from a previous page');
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId: principal.userId });
    if (unreadOnly) query.andWhere('n.readAt IS NULL');
    if (after)
      query.andWhere(
        '(n.createdAt, n.id) < (SELECT c.created_at, c.id FROM notification c WHERE c.id = :after AND c.user_id = :userId)',
        { after },
      );
    const [rows, unreadCount] = await Promise.all([
      query
        .orderBy('n.createdAt', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .limit(size + 1)
        .getMany(),
      this.dataSource
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .where('n.userId = :userId AND n.readAt IS NULL', { userId: principal.userId })
        .getCount(),
    ]);
    const items = rows.slice(0, size);
    return {
      items,
      nextCursor: rows.length > size ? (items[items.length - 1]?.id ?? null) : null,
      unreadCount,
    };
  }

  /** Marks these (or, without ids, all) of the caller's notifications read; returns how many changed. */
  async markRead(principal: Principal, ids: readonly string[] | null | undefined): Promise<number> {
    if (ids && ids.length > MAX_MARKED)
      throw ValidationError.field('ids', `at most ${MAX_MARKED} at once`);
    const malformed = (ids ?? []).findIndex((id) => !UUID.test(id));
    if (malformed >= 0)
      throw ValidationError.field(`ids[${malformed}]`, 'must be a notification id');
    // No ids means all; an empty list means none (a client that filtered its selection down to nothing).
    if (ids && ids.length === 0) return 0;
    const params: unknown[] = [principal.userId];
    let only = '';
    if (ids) {
      params.push(ids);
      only = 'AND id = ANY($2::uuid[])';
    }
    const [, count] = (await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL ${only}`,
      params,
    )) as [unknown, number];
    return count;
  }
}
