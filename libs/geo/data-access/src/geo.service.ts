import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { parseDutchPostcode } from '@werkmatch/geo/domain';
import { ValidationError } from '@werkmatch/shared/errors';
import { EmployerServicePointEntity } from './employer-service-point.entity';
import { LabourMarketRegionEntity } from './labour-market-region.entity';

export interface ResolvedPostcode {
  /** As written back to the user: `3991 AB` or `3991`. */
  postcode: string;
  pc4: string;
  placeNames: string[];
  lat: number;
  lon: number;
  municipality: { code: string; name: string; province: string };
  region: { id: string; name: string; slug: string };
}

export const UNKNOWN_POSTCODE_RULE = 'a postcode that exists in the Netherlands';

interface ResolvedRow {
  pc4: string;
  place_names: string[];
  lat: number;
  lon: number;
  municipality_code: string;
  municipality_name: string;
  province: string;
  region_id: string;
  region_name: string;
  region_slug: string;
}

/**
 * Read access to regions and postcodes. A plain class over a DataSource (or a transaction's manager), so the
 * API, the worker and tools use the same code; a Nest module provides it with a factory.
 */
export class GeoService {
  /** pc4 → its row and when it was read; postcode areas change only when the reference data is imported again. */
  private readonly areas = new Map<string, { row: ResolvedRow; at: number }>();

  constructor(
    private readonly db: DataSource | EntityManager,
    private readonly options: {
      /** Keeps resolved areas this long, for hot paths such as searches near a postcode; 0 keeps none. */
      keepAreasMs?: number;
    } = {},
  ) {}

  /**
   * `3991 AB`, `3991ab` or `3991` -> its area, municipality and region. A malformed or unknown postcode is a
   * ValidationError naming `field`, so callers pass the input path (`input.postcode`).
   */
  async resolvePostcode(input: string, field = 'postcode'): Promise<ResolvedPostcode> {
    const parsed = parseDutchPostcode(input, field);
    const row = await this.areaRow(parsed.pc4);
    if (!row) throw ValidationError.field(field, UNKNOWN_POSTCODE_RULE);
    return {
      postcode: parsed.formatted,
      pc4: row.pc4,
      placeNames: row.place_names,
      lat: row.lat,
      lon: row.lon,
      municipality: {
        code: row.municipality_code,
        name: row.municipality_name,
        province: row.province,
      },
      region: { id: row.region_id, name: row.region_name, slug: row.region_slug },
    };
  }

  private async areaRow(pc4: string): Promise<ResolvedRow | undefined> {
    const keepMs = this.options.keepAreasMs ?? 0;
    const kept = this.areas.get(pc4);
    if (kept && Date.now() - kept.at <= keepMs) return kept.row;
    const rows = (await this.db.query(
      `SELECT p.pc4, p.place_names, p.lat, p.lon, m.code AS municipality_code,
              m.name AS municipality_name, m.province, r.id AS region_id, r.name AS region_name,
              r.slug AS region_slug
       FROM postcode_area p
       JOIN municipality m ON m.code = p.municipality_code
       JOIN labour_market_region r ON r.id = m.region_id
       WHERE p.pc4 = $1`,
      [pc4],
    )) as ResolvedRow[];
    const row = rows[0];
    // Every 4-digit area of the country fits; a bound still, as unknown ones are never kept.
    if (row && keepMs > 0 && this.areas.size < 10_000) this.areas.set(pc4, { row, at: Date.now() });
    return row;
  }

  listRegions(): Promise<LabourMarketRegionEntity[]> {
    return this.db.getRepository(LabourMarketRegionEntity).find({ order: { name: 'ASC' } });
  }

  /** For DataLoaders: the regions with these ids, in no particular order (missing ids are left out). */
  findRegionsByIds(ids: readonly string[]): Promise<LabourMarketRegionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(LabourMarketRegionEntity).findBy({ id: In([...ids]) });
  }

  servicePointOfRegion(regionId: string): Promise<EmployerServicePointEntity | null> {
    return this.db.getRepository(EmployerServicePointEntity).findOneBy({ regionId });
  }
}
