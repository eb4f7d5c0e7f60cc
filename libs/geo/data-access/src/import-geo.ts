import type { DataSource } from 'typeorm';
import {
  bulkUpsert,
  ImportProgress,
  silentProgress,
  UpsertCounts,
} from '@werkmatch/shared/bulk-import';
import {
  GeoReferenceData,
  GeoReferenceFiles,
  readGeoReference,
  regionSlug,
  servicePointName,
} from './geo-reference';

export interface GeoImportResult {
  regions: UpsertCounts;
  servicePoints: UpsertCounts;
  municipalities: UpsertCounts;
  postcodeAreas: UpsertCounts;
  /** Rows in the tables after the import. */
  totals: { regions: number; servicePoints: number; municipalities: number; postcodeAreas: number };
}

const UPSERT_REGIONS = `
  INSERT INTO labour_market_region (name, slug)
  SELECT name, slug FROM jsonb_to_recordset($1::jsonb) AS x(name varchar, slug varchar)
  ON CONFLICT (name) DO UPDATE SET slug = EXCLUDED.slug
    WHERE labour_market_region.slug IS DISTINCT FROM EXCLUDED.slug
  RETURNING (xmax = 0) AS inserted`;

// A service point is created once per region and then belongs to the platform: a later import does not
// overwrite a name an administrator changed.
const INSERT_SERVICE_POINTS = `
  INSERT INTO employer_service_point (region_id, name)
  SELECT r.id, x.name
  FROM jsonb_to_recordset($1::jsonb) AS x(region varchar, name varchar)
  JOIN labour_market_region r ON r.name = x.region
  ON CONFLICT (region_id) DO NOTHING
  RETURNING (xmax = 0) AS inserted`;

const UPSERT_MUNICIPALITIES = `
  INSERT INTO municipality (code, name, province, region_id)
  SELECT x.code, x.name, x.province, r.id
  FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, name varchar, province varchar, region varchar)
  JOIN labour_market_region r ON r.name = x.region
  ON CONFLICT (code) DO UPDATE
    SET name = EXCLUDED.name, province = EXCLUDED.province, region_id = EXCLUDED.region_id
    WHERE (municipality.name, municipality.province, municipality.region_id)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.province, EXCLUDED.region_id)
  RETURNING (xmax = 0) AS inserted`;

const UPSERT_POSTCODE_AREAS = `
  INSERT INTO postcode_area (pc4, place_names, municipality_code, lat, lon)
  SELECT pc4, "placeNames", "municipalityCode", lat, lon
  FROM jsonb_to_recordset($1::jsonb)
    AS x(pc4 char(4), "placeNames" text[], "municipalityCode" varchar, lat float8, lon float8)
  ON CONFLICT (pc4) DO UPDATE
    SET place_names = EXCLUDED.place_names, municipality_code = EXCLUDED.municipality_code,
        lat = EXCLUDED.lat, lon = EXCLUDED.lon
    WHERE (postcode_area.place_names, postcode_area.municipality_code, postcode_area.lat, postcode_area.lon)
      IS DISTINCT FROM (EXCLUDED.place_names, EXCLUDED.municipality_code, EXCLUDED.lat, EXCLUDED.lon)
  RETURNING (xmax = 0) AS inserted`;

/**
 * Imports regions, their service points, municipalities and postcode areas in one transaction: a failure
 * leaves the previous state. Upserts by natural key, so running it again changes nothing.
 */
export async function importGeo(
  dataSource: DataSource,
  source: GeoReferenceFiles | GeoReferenceData,
  progress: ImportProgress = silentProgress,
): Promise<GeoImportResult> {
  const data = 'regions' in source ? source : readGeoReference(source);
  const result = await dataSource.transaction(async (manager) => {
    progress.stage('regions', data.regions.length * 2);
    const regions = await bulkUpsert(
      manager,
      UPSERT_REGIONS,
      data.regions.map((name) => ({ name, slug: regionSlug(name) })),
      { progress },
    );
    const servicePoints = await bulkUpsert(
      manager,
      INSERT_SERVICE_POINTS,
      data.regions.map((region) => ({ region, name: servicePointName(region) })),
      { progress },
    );
    progress.stage('municipalities', data.municipalities.length);
    const municipalities = await bulkUpsert(manager, UPSERT_MUNICIPALITIES, data.municipalities, {
      progress,
    });
    progress.stage('postcode areas', data.postcodeAreas.length);
    const postcodeAreas = await bulkUpsert(manager, UPSERT_POSTCODE_AREAS, data.postcodeAreas, {
      batchSize: 1_000,
      progress,
    });
    const [totals] = (await manager.query(`SELECT
      (SELECT count(*) FROM labour_market_region)::int AS regions,
      (SELECT count(*) FROM employer_service_point)::int AS "servicePoints",
      (SELECT count(*) FROM municipality)::int AS municipalities,
      (SELECT count(*) FROM postcode_area)::int AS "postcodeAreas"`)) as GeoImportResult['totals'][];
    return { regions, servicePoints, municipalities, postcodeAreas, totals };
  });
  // Statistics for the planner after a bulk load. VACUUM cannot run in a transaction.
  await dataSource.query(
    'VACUUM (ANALYZE) labour_market_region, employer_service_point, municipality, postcode_area',
  );
  progress.done();
  return result;
}
