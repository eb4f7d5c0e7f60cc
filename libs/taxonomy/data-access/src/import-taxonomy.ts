import type { DataSource, EntityManager } from 'typeorm';
import {
  bulkUpsert,
  ImportProgress,
  silentProgress,
  UpsertCounts,
} from '@werkmatch/shared/bulk-import';
import {
  readTaxonomyReference,
  SkillRecord,
  TaxonomyReferenceData,
  TaxonomyReferenceFiles,
} from './taxonomy-reference';
import { SkillRelation, SkillReuseLevel, SkillType } from './taxonomy.enums';

export interface TaxonomyImportResult {
  iscoGroups: UpsertCounts;
  occupations: UpsertCounts;
  skills: UpsertCounts;
  occupationSkills: UpsertCounts;
  occupationSearchTerms: UpsertCounts & { deleted: number };
  skillSearchTerms: UpsertCounts & { deleted: number };
  /** Rows in the tables after the import. */
  totals: {
    iscoGroups: number;
    occupations: number;
    skills: number;
    occupationSkills: number;
    occupationSearchTerms: number;
    skillSearchTerms: number;
  };
}

const UPSERT_ISCO_GROUPS = `
  INSERT INTO isco_group (code, label_nl)
  SELECT code, "labelNl" FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, "labelNl" text)
  ON CONFLICT (code) DO UPDATE SET label_nl = EXCLUDED.label_nl
    WHERE isco_group.label_nl IS DISTINCT FROM EXCLUDED.label_nl
  RETURNING (xmax = 0) AS inserted`;

const UPSERT_OCCUPATIONS = `
  INSERT INTO occupation (uri, label_nl, label_en, alt_labels_nl, alt_labels_en, isco_group_code)
  SELECT uri, "labelNl", "labelEn", "altLabelsNl", "altLabelsEn", "iscoGroup"
  FROM jsonb_to_recordset($1::jsonb) AS x(uri varchar, "labelNl" text, "labelEn" text,
    "altLabelsNl" text[], "altLabelsEn" text[], "iscoGroup" varchar)
  ON CONFLICT (uri) DO UPDATE SET label_nl = EXCLUDED.label_nl, label_en = EXCLUDED.label_en,
    alt_labels_nl = EXCLUDED.alt_labels_nl, alt_labels_en = EXCLUDED.alt_labels_en,
    isco_group_code = EXCLUDED.isco_group_code
  WHERE (occupation.label_nl, occupation.label_en, occupation.alt_labels_nl, occupation.alt_labels_en,
         occupation.isco_group_code)
    IS DISTINCT FROM (EXCLUDED.label_nl, EXCLUDED.label_en, EXCLUDED.alt_labels_nl,
         EXCLUDED.alt_labels_en, EXCLUDED.isco_group_code)
  RETURNING (xmax = 0) AS inserted`;

const UPSERT_SKILLS = `
  INSERT INTO skill (uri, label_nl, label_en, alt_labels_nl, alt_labels_en, skill_type, reuse_level)
  SELECT uri, "labelNl", "labelEn", "altLabelsNl", "altLabelsEn", "skillType", "reuseLevel"
  FROM jsonb_to_recordset($1::jsonb) AS x(uri varchar, "labelNl" text, "labelEn" text,
    "altLabelsNl" text[], "altLabelsEn" text[], "skillType" varchar, "reuseLevel" varchar)
  ON CONFLICT (uri) DO UPDATE SET label_nl = EXCLUDED.label_nl, label_en = EXCLUDED.label_en,
    alt_labels_nl = EXCLUDED.alt_labels_nl, alt_labels_en = EXCLUDED.alt_labels_en,
    skill_type = EXCLUDED.skill_type, reuse_level = EXCLUDED.reuse_level
  WHERE (skill.label_nl, skill.label_en, skill.alt_labels_nl, skill.alt_labels_en, skill.skill_type,
         skill.reuse_level)
    IS DISTINCT FROM (EXCLUDED.label_nl, EXCLUDED.label_en, EXCLUDED.alt_labels_nl,
         EXCLUDED.alt_labels_en, EXCLUDED.skill_type, EXCLUDED.reuse_level)
  RETURNING (xmax = 0) AS inserted`;

// Relations name their concepts by URI; the join finds the ids (a relation to an unknown concept is skipped).
const UPSERT_OCCUPATION_SKILLS = `
  INSERT INTO occupation_skill (occupation_id, skill_id, relation)
  SELECT o.id, s.id, x.relation
  FROM jsonb_to_recordset($1::jsonb) AS x("occupationUri" varchar, "skillUri" varchar, relation varchar)
  JOIN occupation o ON o.uri = x."occupationUri"
  JOIN skill s ON s.uri = x."skillUri"
  ON CONFLICT (occupation_id, skill_id) DO UPDATE SET relation = EXCLUDED.relation
    WHERE occupation_skill.relation IS DISTINCT FROM EXCLUDED.relation
  RETURNING (xmax = 0) AS inserted`;

/** The searchable labels of each concept: preferred first, so a label that is both keeps `preferred`. */
const SEARCH_SOURCES = {
  occupation: {
    table: 'occupation_search_term',
    key: 'occupation_id',
    labels: `
      SELECT c.id, t.term, t.language, t.preferred, t.rank
      FROM occupation c CROSS JOIN LATERAL (
        VALUES (c.label_nl, 'NL', true, 1), (c.label_en, 'EN', true, 2)
        UNION ALL SELECT unnest(c.alt_labels_nl), 'NL', false, 3
        UNION ALL SELECT unnest(c.alt_labels_en), 'EN', false, 4
      ) AS t(term, language, preferred, rank)`,
  },
  skill: {
    table: 'skill_search_term',
    key: 'skill_id',
    labels: `
      SELECT c.id, t.term, t.language, t.preferred, t.rank
      FROM skill c CROSS JOIN LATERAL (
        VALUES (c.label_nl, 'NL', true, 1), (c.label_en, 'EN', true, 2)
        UNION ALL SELECT unnest(c.alt_labels_nl), 'NL', false, 3
        UNION ALL SELECT unnest(c.alt_labels_en), 'EN', false, 4
      ) AS t(term, language, preferred, rank)`,
  },
} as const;

/**
 * Brings a search-term table in line with its concept table: computes the wanted rows once (temp table),
 * upserts the ones that differ and deletes the ones no label produces any more.
 */
async function syncSearchTerms(
  manager: EntityManager,
  kind: keyof typeof SEARCH_SOURCES,
): Promise<UpsertCounts & { deleted: number }> {
  const { table, key, labels } = SEARCH_SOURCES[kind];
  const wanted = `wanted_${table}`;
  await manager.query(`DROP TABLE IF EXISTS ${wanted}`);
  await manager.query(`
    CREATE TEMP TABLE ${wanted} ON COMMIT DROP AS
    SELECT DISTINCT ON (id, norm) id, norm, term, language, preferred
    FROM (SELECT l.*, taxonomy_search_normalize(l.term) COLLATE "C" AS norm
          FROM (${labels}) l WHERE l.term IS NOT NULL) s
    WHERE norm <> ''
    ORDER BY id, norm, rank`);
  const [{ total }] = (await manager.query(`SELECT count(*)::int AS total FROM ${wanted}`)) as {
    total: number;
  }[];
  const changed = (await manager.query(`
    INSERT INTO ${table} (${key}, norm, term, language, preferred)
    SELECT id, norm, term, language, preferred FROM ${wanted}
    ON CONFLICT (${key}, norm) DO UPDATE
      SET term = EXCLUDED.term, language = EXCLUDED.language, preferred = EXCLUDED.preferred
      WHERE (${table}.term, ${table}.language, ${table}.preferred)
        IS DISTINCT FROM (EXCLUDED.term, EXCLUDED.language, EXCLUDED.preferred)
    RETURNING (xmax = 0) AS inserted`)) as { inserted: boolean }[];
  // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare DELETE.
  const [{ deleted }] = (await manager.query(`
    WITH gone AS (
      DELETE FROM ${table} t
      WHERE NOT EXISTS (SELECT 1 FROM ${wanted} w WHERE w.id = t.${key} AND w.norm = t.norm)
      RETURNING 1)
    SELECT count(*)::int AS deleted FROM gone`)) as { deleted: number }[];
  const inserted = changed.filter((row) => row.inserted).length;
  return {
    inserted,
    updated: changed.length - inserted,
    unchanged: total - changed.length,
    deleted,
  };
}

const enumValue = (value: string | null) =>
  value ? value.toUpperCase().replace(/[^A-Z]+/g, '_') : null;

function skillRow(record: SkillRecord) {
  const skillType = enumValue(record.skillType);
  const reuseLevel = enumValue(record.reuseLevel);
  if (skillType && !(skillType in SkillType))
    throw new Error(`skill ${record.uri}: unknown type ${record.skillType}`);
  if (reuseLevel && !(reuseLevel in SkillReuseLevel))
    throw new Error(`skill ${record.uri}: unknown reuse level ${record.reuseLevel}`);
  return { ...record, skillType, reuseLevel };
}

const isData = (
  source: TaxonomyReferenceFiles | TaxonomyReferenceData,
): source is TaxonomyReferenceData => Array.isArray(source.iscoGroups);

/**
 * Imports ISCO groups, occupations, skills, their relations and the search terms in one transaction, so a
 * failure leaves the previous taxonomy in place. Upserts by ESCO URI: ids stay stable across imports, and a
 * second run changes nothing. Relations or concepts that disappear from ESCO are not deleted here, because
 * profiles and vacancies may still point at them.
 */
export async function importTaxonomy(
  dataSource: DataSource,
  source: TaxonomyReferenceFiles | TaxonomyReferenceData,
  progress: ImportProgress = silentProgress,
): Promise<TaxonomyImportResult> {
  const data = isData(source) ? source : readTaxonomyReference(source);
  const result = await dataSource.transaction(async (manager) => {
    progress.stage('ISCO groups', data.iscoGroups.length);
    const iscoGroups = await bulkUpsert(manager, UPSERT_ISCO_GROUPS, data.iscoGroups, { progress });
    progress.stage('occupations', data.occupations.length);
    const occupations = await bulkUpsert(manager, UPSERT_OCCUPATIONS, data.occupations, {
      batchSize: 1_000,
      progress,
    });
    progress.stage('skills', data.skills.length);
    const skills = await bulkUpsert(manager, UPSERT_SKILLS, data.skills.map(skillRow), {
      batchSize: 2_000,
      progress,
    });
    progress.stage('occupation skills', data.occupationSkills.length);
    const occupationSkills = await bulkUpsert(
      manager,
      UPSERT_OCCUPATION_SKILLS,
      data.occupationSkills.map((r) => ({
        ...r,
        relation: r.relation === 'essential' ? SkillRelation.ESSENTIAL : SkillRelation.OPTIONAL,
      })),
      { batchSize: 5_000, progress },
    );
    progress.stage('search terms', 2);
    const occupationSearchTerms = await syncSearchTerms(manager, 'occupation');
    progress.advance(1);
    const skillSearchTerms = await syncSearchTerms(manager, 'skill');
    progress.advance(1);
    const [totals] = (await manager.query(`SELECT
      (SELECT count(*) FROM isco_group)::int AS "iscoGroups",
      (SELECT count(*) FROM occupation)::int AS occupations,
      (SELECT count(*) FROM skill)::int AS skills,
      (SELECT count(*) FROM occupation_skill)::int AS "occupationSkills",
      (SELECT count(*) FROM occupation_search_term)::int AS "occupationSearchTerms",
      (SELECT count(*) FROM skill_search_term)::int AS "skillSearchTerms"`)) as TaxonomyImportResult['totals'][];
    return {
      iscoGroups,
      occupations,
      skills,
      occupationSkills,
      occupationSearchTerms,
      skillSearchTerms,
      totals,
    };
  });
  // After a bulk load: statistics for the planner, and a visibility map so that look-ups need not visit the
  // heap for every index entry (suggestion p95 ~11 ms before, ~7 ms after). VACUUM cannot run in a transaction.
  await dataSource.query(
    'VACUUM (ANALYZE) isco_group, occupation, skill, occupation_skill, occupation_search_term, skill_search_term',
  );
  progress.done();
  return result;
}
