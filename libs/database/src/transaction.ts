import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction; everything it writes (including outbox events) commits or rolls back together.
 * Serialization failures are retried a few times because concurrent decisions are expected, not exceptional.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if ((code === '40001' || code === '40P01') && attempt < 4) continue;
      throw error;
    }
  }
}
