import type { EntityManager } from 'typeorm';
import { ImportProgress, silentProgress } from './progress';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  /** Rows that were already as the source has them and were left untouched. */
  unchanged: number;
}

export const noChanges = (): UpsertCounts => ({ inserted: 0, updated: 0, unchanged: 0 });

export function addCounts(a: UpsertCounts, b: UpsertCounts): UpsertCounts {
  return {
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
  };
}

export interface BulkUpsertOptions {
  batchSize?: number;
  progress?: ImportProgress;
}

/**
 * Runs one upsert statement per batch of rows. The statement receives the batch as `$1::jsonb` (an array of
 * objects, read with `jsonb_to_recordset`), which keeps one bind parameter per batch however many columns
 * there are and turns JSON arrays into PostgreSQL arrays. It must end in `RETURNING (xmax = 0) AS inserted`
 * and update only rows that differ (`DO UPDATE ... WHERE (...) IS DISTINCT FROM (...)`), so the counts show
 * what changed and a second run rewrites nothing.
 */
export async function bulkUpsert(
  manager: EntityManager,
  sql: string,
  rows: readonly object[],
  { batchSize = 2_000, progress = silentProgress }: BulkUpsertOptions = {},
): Promise<UpsertCounts> {
  const counts = noChanges();
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const changed = (await manager.query(sql, [JSON.stringify(batch)])) as { inserted: boolean }[];
    const inserted = changed.filter((row) => row.inserted).length;
    counts.inserted += inserted;
    counts.updated += changed.length - inserted;
    counts.unchanged += batch.length - changed.length;
    progress.advance(batch.length);
  }
  return counts;
}
