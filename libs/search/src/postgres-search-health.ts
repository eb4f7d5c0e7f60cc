import type { DataSource } from 'typeorm';
import type { SearchEngineHealth } from './search-engine';

/** The built-in engine lives in the platform's own PostgreSQL; it is reachable when its extension is there. */
export class PostgresSearchHealth implements SearchEngineHealth {
  readonly kind = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async isReachable(): Promise<boolean> {
    try {
      const rows: unknown[] = await this.dataSource.query(
        "select 1 from pg_extension where extname = 'pg_trgm'",
      );
      return rows.length === 1;
    } catch {
      return false;
    }
  }
}
