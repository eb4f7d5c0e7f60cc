import type { DataSource } from 'typeorm';
import { geoReferenceFiles, importGeo } from '@werkmatch/geo/data-access';
import { importTaxonomy, taxonomyReferenceFiles } from '@werkmatch/taxonomy/data-access';
import { GENERATED_EMAIL_DOMAIN } from './plan';
import { GeneratorInputError } from './sizes';

/** What a database holds besides reference data, as far as the generator cares. */
export interface DatabaseContents {
  /** Accounts the generator made (an earlier run). */
  generatedAccounts: number;
  /** Accounts of anyone else, outside the domain the caller keeps (the quick start's demo accounts). */
  otherAccounts: number;
  /** Organisations none of whose members is generated or kept (registered by someone else, or without members). */
  otherOrganisations: number;
  vacancies: number;
  talentProfiles: number;
}

export interface KeepOption {
  /** Accounts with an address in this domain (and their organisations) may be there already: the demo accounts. */
  emailDomain: string;
}

const like = (domain: string) => `%@${domain.replace(/[\\%_]/g, (c) => `\\${c}`)}`;

/** Whether an earlier run of the generator left accounts: one index probe, not a count over whole tables. */
export async function hasGeneratedAccounts(db: DataSource): Promise<boolean> {
  const [row] = (await db.query(
    'SELECT EXISTS (SELECT 1 FROM app_user WHERE email LIKE $1) AS generated',
    [like(GENERATED_EMAIL_DOMAIN)],
  )) as { generated: boolean }[];
  if (!row) throw new Error('no answer from the database');
  return row.generated;
}

export async function inspectDatabase(
  db: DataSource,
  keep?: KeepOption,
): Promise<DatabaseContents> {
  const kept = keep ? like(keep.emailDomain) : null;
  const [row] = (await db.query(
    `SELECT
       (SELECT count(*) FROM app_user WHERE email LIKE $1)::int AS generated,
       (SELECT count(*) FROM app_user
          WHERE email NOT LIKE $1 AND ($2::text IS NULL OR email NOT LIKE $2))::int AS other_accounts,
       (SELECT count(*) FROM employer_organisation o WHERE NOT EXISTS (
          SELECT 1 FROM app_user u WHERE u.organisation_id = o.id
            AND (u.email LIKE $1 OR ($2::text IS NOT NULL AND u.email LIKE $2))))::int AS other_organisations,
       (SELECT count(*) FROM vacancy)::int AS vacancies,
       (SELECT count(*) FROM talent_profile)::int AS profiles`,
    [like(GENERATED_EMAIL_DOMAIN), kept],
  )) as {
    generated: number;
    other_accounts: number;
    other_organisations: number;
    vacancies: number;
    profiles: number;
  }[];
  if (!row) throw new Error('no answer from the database');
  return {
    generatedAccounts: row.generated,
    otherAccounts: row.other_accounts,
    otherOrganisations: row.other_organisations,
    vacancies: row.vacancies,
    talentProfiles: row.profiles,
  };
}

export function databaseName(db: DataSource): string {
  const options = db.options as { url?: string; database?: string };
  if (options.url) return decodeURIComponent(new URL(options.url).pathname.slice(1));
  return options.database ?? 'the database';
}

/**
 * Refuses a database that already holds generated data or anyone else's: loading into it would mix old and new
 * records, and every figure measured on it would mean less. The message says what is there and how to reset.
 */
export async function assertGeneratorMayLoad(db: DataSource, keep?: KeepOption): Promise<void> {
  const contents = await inspectDatabase(db, keep);
  if (
    contents.generatedAccounts === 0 &&
    contents.otherAccounts === 0 &&
    contents.otherOrganisations === 0
  )
    return;
  const what = [
    contents.generatedAccounts > 0 &&
      `${contents.generatedAccounts.toLocaleString('en')} generated accounts (an earlier run of the generator)`,
    contents.otherAccounts > 0 && `${contents.otherAccounts.toLocaleString('en')} other accounts`,
    contents.otherOrganisations > 0 &&
      `${contents.otherOrganisations.toLocaleString('en')} other employer organisations`,
  ].filter(Boolean);
  throw new GeneratorInputError(
    [
      `The database "${databaseName(db)}" already holds data: ${what.join(', ')}; ` +
        `${contents.vacancies.toLocaleString('en')} vacancies and ${contents.talentProfiles.toLocaleString('en')} talent profiles in all.`,
      'Generating into it would mix old and new data, so nothing was written.',
      'Run again with --reset to empty it first (this deletes everything in it: accounts, vacancies, profiles, proposals,',
      'the audit trail; migrations and reference data are set up again), or point DATABASE_URL at an empty database.',
    ].join('\n'),
  );
}

/**
 * Empties the database: drops the public schema with everything in it, then runs the migrations and imports the
 * reference data again. Dropping the schema is the one way that also removes the append-only audit trail, which
 * refuses DELETE and TRUNCATE by design; it is meant for development and benchmark databases only.
 */
export async function resetDatabase(
  db: DataSource,
  referenceDir: string,
  log: (message: string) => void = () => undefined,
): Promise<void> {
  log(`resetting database "${databaseName(db)}": dropping everything in it`);
  await db.query('DROP SCHEMA public CASCADE');
  await db.query('CREATE SCHEMA public');
  const applied = await db.runMigrations({ transaction: 'each' });
  log(`applied ${applied.length} migrations`);
  await importGeo(db, geoReferenceFiles(referenceDir));
  await importTaxonomy(db, taxonomyReferenceFiles(referenceDir));
  log('imported the reference data (regions, postcode areas, ESCO)');
}
