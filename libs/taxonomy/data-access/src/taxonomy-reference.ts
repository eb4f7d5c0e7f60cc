import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/**
 * The project's compact copy of ESCO v1.1.1 (data/reference/esco, written by
 * tools/reference-data/refresh-from-shared.ts): only the columns the platform uses, gzip-compressed.
 */
export interface TaxonomyReferenceFiles {
  /** JSONL.gz of IscoGroupRecord. */
  iscoGroups: string;
  /** JSONL.gz of OccupationRecord. */
  occupations: string;
  /** JSONL.gz of SkillRecord. */
  skills: string;
  /** CSV.gz: occupation_uri, skill_uri, relation (essential|optional). */
  occupationSkills: string;
}

export function taxonomyReferenceFiles(referenceDir: string): TaxonomyReferenceFiles {
  const esco = (file: string) => join(referenceDir, 'esco', file);
  return {
    iscoGroups: esco('isco_groups.jsonl.gz'),
    occupations: esco('occupations.jsonl.gz'),
    skills: esco('skills.jsonl.gz'),
    occupationSkills: esco('occupation_skills.csv.gz'),
  };
}

export interface IscoGroupRecord {
  code: string;
  labelNl: string;
}

export interface OccupationRecord {
  uri: string;
  iscoGroup: string;
  labelNl: string;
  labelEn: string;
  altLabelsNl: string[];
  altLabelsEn: string[];
}

/** ESCO's own spellings of type and reuse level (`skill/competence`, `sector-specific`). */
export interface SkillRecord {
  uri: string;
  skillType: string | null;
  reuseLevel: string | null;
  labelEn: string;
  labelNl: string | null;
  altLabelsEn: string[];
  altLabelsNl: string[];
}

export interface OccupationSkillRecord {
  occupationUri: string;
  skillUri: string;
  relation: 'essential' | 'optional';
}

export interface TaxonomyReferenceData {
  iscoGroups: IscoGroupRecord[];
  occupations: OccupationRecord[];
  skills: SkillRecord[];
  occupationSkills: OccupationSkillRecord[];
}

const gunzipText = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');

function readJsonLines<T>(file: string): T[] {
  return gunzipText(file)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readTaxonomyReference(files: TaxonomyReferenceFiles): TaxonomyReferenceData {
  const relations = parse(gunzipText(files.occupationSkills), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return {
    iscoGroups: readJsonLines<IscoGroupRecord>(files.iscoGroups),
    occupations: readJsonLines<OccupationRecord>(files.occupations),
    skills: readJsonLines<SkillRecord>(files.skills),
    occupationSkills: relations.map((row) => {
      const relation = row['relation'];
      if (relation !== 'essential' && relation !== 'optional')
        throw new Error(`${files.occupationSkills}: unknown relation ${relation}`);
      return { occupationUri: row['occupation_uri'], skillUri: row['skill_uri'], relation };
    }),
  };
}
