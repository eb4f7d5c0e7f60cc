import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { geoReferenceFiles, importGeo } from '@werkmatch/geo/data-access';
import { Role } from '@werkmatch/identity/domain';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createTestDatabase, TestDatabase, withDatabase } from '@werkmatch/shared/testing';
import { importTaxonomy, taxonomyReferenceFiles } from '@werkmatch/taxonomy/data-access';
import { GeneratorCatalogue, readGeneratorCatalogue } from './catalogue';
import { inspectDatabase, resetDatabase } from './database-state';
import { generateData, GenerateOptions } from './load';
import { GeneratorInputError } from './sizes';

const referenceDir = join(__dirname, '..', '..', '..', '..', 'data', 'reference');
const now = new Date('2026-05-04T10:00:00Z');
const counts = { profiles: 240, vacancies: 60 };

/** Everything the generator wrote, with ESCO concepts by URI (their ids differ per database). */
async function contentsOf(db: DataSource): Promise<unknown[]> {
  return Promise.all(
    [
      `SELECT email, role, full_name, organisation_id, region_id IS NOT NULL AS has_region, created_at
         FROM app_user ORDER BY email`,
      `SELECT id, name, kvk_number, postcode, region_id IS NOT NULL AS has_region, verified_at, verified_by
         FROM employer_organisation ORDER BY id`,
      `SELECT coach_id, job_seeker_id, assigned_by FROM caseload_assignment ORDER BY job_seeker_id`,
      `SELECT p.id, p.job_seeker_id, p.status, p.headline, p.talents, p.work_experience, p.languages,
              p.dutch_level, p.hours_min, p.hours_max, p.postcode, p.pc4, p.lat, p.lon, p.travel_km,
              p.wanted_route_types, p.participation_level, p.support_needs, p.target_groups,
              p.published_at, p.paused_at, p.confirmed_at,
              (SELECT array_agg(s.uri || ':' || ps.level ORDER BY ps.position)
                 FROM talent_profile_skill ps JOIN skill s ON s.id = ps.skill_id WHERE ps.profile_id = p.id) AS skills,
              (SELECT array_agg(o.uri ORDER BY po.position)
                 FROM talent_profile_occupation po JOIN occupation o ON o.id = po.occupation_id
                 WHERE po.profile_id = p.id) AS occupations
         FROM talent_profile p ORDER BY p.id`,
      `SELECT v.id, v.organisation_id, v.status, v.title, v.description, v.route_type, v.hours_min,
              v.hours_max, v.postcode, v.lat, v.lon, v.min_dutch_level, v.contract_type, v.pay_min,
              v.closing_date, v.published_at, o.uri AS occupation,
              (SELECT array_agg(s.uri || ':' || vs.required ORDER BY vs.required DESC, vs.position)
                 FROM vacancy_skill vs JOIN skill s ON s.id = vs.skill_id WHERE vs.vacancy_id = v.id) AS skills
         FROM vacancy v JOIN occupation o ON o.id = v.occupation_id ORDER BY v.id`,
    ].map((sql) => db.query(sql)),
  );
}

describe('generateData', () => {
  const databases: TestDatabase[] = [];
  const sources: DataSource[] = [];
  let catalogue: GeneratorCatalogue;
  const open = async (url: string) => {
    const source = createPlatformDataSource({ url, poolSize: 2 });
    await source.initialize();
    sources.push(source);
    return source;
  };
  /** A copy of the database with the reference data, made in a moment instead of importing ESCO again. */
  let withReferenceData: () => Promise<DataSource>;
  const options = (extra: Partial<GenerateOptions> = {}): GenerateOptions => ({
    size: 'small',
    seed: 42,
    now,
    counts,
    reference: catalogue,
    passwordHash: 'not-a-real-hash',
    ...extra,
  });

  beforeAll(async () => {
    catalogue = readGeneratorCatalogue(referenceDir);
    const template = await createTestDatabase();
    databases.push(template);
    const source = createPlatformDataSource({ url: template.url, poolSize: 2 });
    await source.initialize();
    await importGeo(source, geoReferenceFiles(referenceDir));
    await importTaxonomy(source, taxonomyReferenceFiles(referenceDir));
    await source.destroy();
    let n = 0;
    withReferenceData = async () => {
      const name = `${template.name}_${++n}`;
      const admin = new Client({ connectionString: withDatabase(template.url, 'postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
      } finally {
        await admin.end();
      }
      const url = withDatabase(template.url, name);
      databases.push({
        url,
        name,
        drop: async () => {
          const client = new Client({ connectionString: withDatabase(template.url, 'postgres') });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end()); // prettier-ignore
        },
      });
      return open(url);
    };
  }, 120_000);

  afterAll(async () => {
    await Promise.all(sources.map((source) => source.destroy().catch(() => undefined)));
    for (const database of databases.reverse()) await database.drop();
  });

  it('writes the same data into two databases from the same seed', async () => {
    const [first, second] = [await withReferenceData(), await withReferenceData()];
    const result = await generateData(first, options());
    await generateData(second, options());
    expect(result.records).toMatchObject({ talentProfiles: 240, vacancies: 60 });
    expect(await contentsOf(second)).toEqual(await contentsOf(first));
  }, 60_000);

  it('writes other data from another seed', async () => {
    const [first, second] = [await withReferenceData(), await withReferenceData()];
    await generateData(first, options({ seed: 1 }));
    await generateData(second, options({ seed: 2 }));
    expect(await contentsOf(second)).not.toEqual(await contentsOf(first));
  }, 60_000);

  it('publishes profiles and vacancies that search and matching can use', async () => {
    const db = await withReferenceData();
    const result = await generateData(db, options());
    const [{ unplaced }] = (await db.query(
      `SELECT count(*)::int AS unplaced FROM talent_profile
       WHERE status = 'PUBLISHED' AND (lat IS NULL OR region_id IS NULL OR hours_min IS NULL OR dutch_level IS NULL)`,
    )) as [{ unplaced: number }];
    expect(unplaced).toBe(0);
    const [{ unreviewed }] = (await db.query(
      `SELECT count(*)::int AS unreviewed FROM vacancy v JOIN employer_organisation o ON o.id = v.organisation_id
       WHERE v.status = 'PUBLISHED' AND (o.verified_at IS NULL OR v.review_region_id IS DISTINCT FROM o.region_id)`,
    )) as [{ unreviewed: number }];
    expect(unreviewed).toBe(0);
    expect(result.records.publishedTalentProfiles).toBeGreaterThan(0.8 * counts.profiles);
    const roles = (await db.query(
      'SELECT role, count(*)::int AS n FROM app_user GROUP BY role ORDER BY role',
    )) as { role: Role; n: number }[];
    expect(roles.map((r) => r.role)).toEqual(
      [Role.ACCOUNT_MANAGER, Role.ADMIN, Role.COACH, Role.EMPLOYER, Role.JOB_SEEKER].sort(),
    );
  }, 60_000);

  it('refuses a database that already holds generated data, and writes nothing', async () => {
    const db = await withReferenceData();
    await generateData(db, options());
    const before = await inspectDatabase(db);
    const refusal = generateData(db, options({ seed: 43 }));
    await expect(refusal).rejects.toThrow(GeneratorInputError);
    await expect(refusal).rejects.toThrow(/already holds data: \d+ generated accounts.*\n.*mix old and new data.*\n.*--reset/s); // prettier-ignore
    expect(await inspectDatabase(db)).toEqual(before);
  }, 60_000);

  it('refuses a database with someone else’s accounts', async () => {
    const db = await withReferenceData();
    await db.query(
      `INSERT INTO app_user (email, password_hash, role, full_name) VALUES ('iemand@example.org', 'x', 'JOB_SEEKER', 'Iemand')`,
    );
    await expect(generateData(db, options())).rejects.toThrow(/1 other accounts/);
    expect((await inspectDatabase(db)).generatedAccounts).toBe(0);
  }, 60_000);

  it('adds its data around the accounts it is told to keep', async () => {
    const db = await withReferenceData();
    await db.query(
      `INSERT INTO app_user (email, password_hash, role, full_name) VALUES ('coach@demo.werkmatch.localhost', 'x', 'COACH', 'Demo')`,
    );
    const result = await generateData(db, options({ keep: { emailDomain: 'demo.werkmatch.localhost' } })); // prettier-ignore
    expect((await inspectDatabase(db)).generatedAccounts).toBe(result.records.accounts);
  }, 60_000);

  it('empties a database on reset, so a new set can be generated into it', async () => {
    const db = await withReferenceData();
    await generateData(db, options());
    await resetDatabase(db, referenceDir);
    expect(await inspectDatabase(db)).toEqual({
      generatedAccounts: 0,
      otherAccounts: 0,
      otherOrganisations: 0,
      vacancies: 0,
      talentProfiles: 0,
    });
    const result = await generateData(db, options({ seed: 43 }));
    expect(result.records.talentProfiles).toBe(counts.profiles);
  }, 120_000);
});
