import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { ValidationError } from '@werkmatch/shared/errors';
import { createTestDatabase, TestDatabase } from '@werkmatch/shared/testing';
import {
  GeoService,
  geoReferenceFiles,
  importGeo,
  POSTCODE_RULE,
  readGeoReference,
  UNKNOWN_POSTCODE_RULE,
} from '@werkmatch/geo/data-access';

const referenceDir = join(__dirname, '..', '..', 'data', 'reference');

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('geo reference data', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let geo: GeoService;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createPlatformDataSource({ url: db.url, poolSize: 2 });
    await dataSource.initialize();
    await importGeo(dataSource, geoReferenceFiles(referenceDir));
    geo = new GeoService(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('resolves 3991 AB to Houten in the region Midden-Utrecht', async () => {
    const resolved = await geo.resolvePostcode('3991 AB');
    expect(resolved).toMatchObject({
      postcode: '3991 AB',
      pc4: '3991',
      placeNames: ['Houten'],
      municipality: { code: 'GM0321', name: 'Houten', province: 'Utrecht' },
      region: { name: 'Midden-Utrecht', slug: 'midden-utrecht' },
    });
    expect(resolved.lat).toBeCloseTo(52.02, 1);
    expect(resolved.lon).toBeCloseTo(5.17, 1);
  });

  it('normalises 1234AB and accepts the four digits alone', async () => {
    expect((await geo.resolvePostcode('1234AB')).postcode).toBe('1234 AB');
    expect((await geo.resolvePostcode('3991')).municipality.name).toBe('Houten');
  });

  it('rejects a malformed postcode naming the field and the rule', async () => {
    const error = await rejection(geo.resolvePostcode('ABCD', 'input.postcode'));
    expect(error.violations).toEqual([{ field: 'input.postcode', rule: POSTCODE_RULE }]);
  });

  it('rejects a well-formed postcode that does not exist', async () => {
    const [{ pc4 }] = (await dataSource.query(
      `SELECT lpad(n::text, 4, '0') AS pc4 FROM generate_series(1000, 9999) n
       WHERE lpad(n::text, 4, '0') NOT IN (SELECT pc4 FROM postcode_area) LIMIT 1`,
    )) as { pc4: string }[];
    const error = await rejection(geo.resolvePostcode(`${pc4} AB`, 'input.postcode'));
    expect(error.violations).toEqual([{ field: 'input.postcode', rule: UNKNOWN_POSTCODE_RULE }]);
  });

  it('has the 35 labour-market regions, each with exactly one employer service point', async () => {
    const regions = await geo.listRegions();
    expect(regions).toHaveLength(35);
    const perRegion = (await dataSource.query(
      `SELECT r.name, count(p.id)::int AS points, min(p.name) AS point
       FROM labour_market_region r LEFT JOIN employer_service_point p ON p.region_id = r.id
       GROUP BY r.name`,
    )) as { name: string; points: number; point: string }[];
    expect(perRegion.filter((r) => r.points !== 1)).toEqual([]);
    const utrecht = regions.find((r) => r.name === 'Midden-Utrecht');
    expect(utrecht).toBeDefined();
    expect((await geo.servicePointOfRegion(utrecht?.id ?? ''))?.name).toBe(
      'Werkgeversservicepunt Midden-Utrecht',
    );
  });

  it('refuses a second service point for a region', async () => {
    const [region] = await geo.listRegions();
    await expect(
      dataSource.query(
        `INSERT INTO employer_service_point (region_id, name) VALUES ($1, 'tweede')`,
        [region.id],
      ),
    ).rejects.toThrow(/unique/i);
  });

  it('changes nothing when imported again', async () => {
    const before = (await dataSource.query(
      `SELECT r.id, r.slug, count(m.code)::int AS municipalities
       FROM labour_market_region r JOIN municipality m ON m.region_id = r.id
       GROUP BY r.id ORDER BY r.id`,
    )) as unknown[];
    const again = await importGeo(dataSource, geoReferenceFiles(referenceDir));
    expect(again.totals).toEqual({
      regions: 35,
      servicePoints: 35,
      municipalities: 342,
      postcodeAreas: 4086,
    });
    for (const counts of [again.regions, again.municipalities, again.postcodeAreas])
      expect(counts).toMatchObject({ inserted: 0, updated: 0 });
    expect(again.servicePoints.inserted).toBe(0);
    // Same ids: references from organisations and users stay valid.
    expect(
      await dataSource.query(
        `SELECT r.id, r.slug, count(m.code)::int AS municipalities
         FROM labour_market_region r JOIN municipality m ON m.region_id = r.id
         GROUP BY r.id ORDER BY r.id`,
      ),
    ).toEqual(before);
  });

  it('writes nothing of a dataset when part of it fails', async () => {
    const empty = await createTestDatabase();
    const target = createPlatformDataSource({ url: empty.url, poolSize: 2 });
    await target.initialize();
    try {
      const data = readGeoReference(geoReferenceFiles(referenceDir));
      const known = new Set(data.postcodeAreas.map((area) => area.pc4));
      const unused = Array.from({ length: 9000 }, (_, i) => String(1000 + i)).find(
        (pc4) => !known.has(pc4),
      );
      // The last row names a municipality that does not exist: the database refuses it, after everything
      // before it was written in the same transaction.
      const broken = {
        ...data,
        postcodeAreas: [
          ...data.postcodeAreas.slice(0, 5),
          {
            pc4: unused ?? '',
            placeNames: ['Nergens'],
            municipalityCode: 'GM9999',
            lat: 52,
            lon: 5,
          },
        ],
      };
      await expect(importGeo(target, broken)).rejects.toThrow(/foreign key/i);
      const [counts] = (await target.query(
        `SELECT (SELECT count(*) FROM labour_market_region)::int AS regions,
                (SELECT count(*) FROM municipality)::int AS municipalities,
                (SELECT count(*) FROM postcode_area)::int AS areas`,
      )) as unknown[];
      expect(counts).toEqual({ regions: 0, municipalities: 0, areas: 0 });
    } finally {
      await target.destroy();
      await empty.drop();
    }
  });
});
