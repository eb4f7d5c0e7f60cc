import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type {
  IscoGroupRecord,
  OccupationRecord,
  OccupationSkillRecord,
  SkillRecord,
} from '@werkmatch/taxonomy/data-access';
import { findRepoRoot, referenceDataDir } from './paths';

/**
 * Rebuilds data/reference/ from the shared data collection: the geo files are copied as they are, the ESCO
 * export is reduced to the columns the platform uses and gzip-compressed, so the committed copy stays a few MB
 * instead of ~40 MB. Usage: node tools/run.mjs tools/reference-data/refresh-from-shared.ts [shared-data-dir]
 */
type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

/** ESCO keeps several labels in one field, one per line; the preferred label itself is often among them. */
function labelList(field: string | undefined, ...exclude: (string | null | undefined)[]): string[] {
  const skip = new Set(exclude.filter((x): x is string => !!x).map((x) => x.trim().toLowerCase()));
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const raw of (field ?? '').split('\n')) {
    const label = raw.trim();
    const key = label.toLowerCase();
    if (!label || skip.has(key) || seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}

function writeGzip(file: string, lines: string[]): void {
  writeFileSync(file, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
}

const DUTCH_SKILL_COLLECTIONS = [
  'digCompSkillsCollection_nl.csv',
  'digitalSkillsCollection_nl.csv',
  'greenSkillsCollection_nl.csv',
  'languageSkillsCollection_nl.csv',
  'researchSkillsCollection_nl.csv',
  'transversalSkillsCollection_nl.csv',
];

function main(): void {
  const root = findRepoRoot();
  const argument = process.argv[2];
  const shared = argument
    ? isAbsolute(argument)
      ? argument
      : resolve(process.cwd(), argument)
    : resolve(root, '..', 'shared', 'data');
  const target = referenceDataDir(root);
  mkdirSync(join(target, 'geo'), { recursive: true });
  mkdirSync(join(target, 'esco'), { recursive: true });

  // Copied by content: the shared files are read-only, and a copy that kept their mode would block the next refresh.
  for (const file of ['pc4_nl.csv', 'gemeente_arbeidsmarktregio.csv'])
    writeFileSync(join(target, 'geo', file), readFileSync(join(shared, 'geo', file)), {
      mode: 0o644,
    });

  const esco = (file: string) => join(shared, 'esco', file);

  const iscoGroups: IscoGroupRecord[] = readCsv(esco('ISCOGroups_nl.csv')).map((row) => ({
    code: row['code'],
    labelNl: row['preferredLabel'].trim(),
  }));

  const english = new Map(
    readCsv(esco('occupations_en.csv')).map((row) => [row['conceptUri'], row]),
  );
  const occupations: OccupationRecord[] = readCsv(esco('occupations_nl.csv')).map((row) => {
    const en = english.get(row['conceptUri']);
    if (!en) throw new Error(`occupation ${row['conceptUri']} has no English row`);
    const labelNl = row['preferredLabel'].trim();
    const labelEn = en['preferredLabel'].trim();
    return {
      uri: row['conceptUri'],
      iscoGroup: row['iscoGroup'],
      labelNl,
      labelEn,
      altLabelsNl: labelList(row['altLabels'], labelNl),
      altLabelsEn: labelList(en['altLabels'], labelEn),
    };
  });

  const dutchAltLabels = new Map<string, string>();
  for (const file of DUTCH_SKILL_COLLECTIONS)
    for (const row of readCsv(esco(file)))
      if (row['altLabels'])
        dutchAltLabels.set(
          row['conceptUri'],
          [dutchAltLabels.get(row['conceptUri']), row['altLabels']].filter(Boolean).join('\n'),
        );
  const dutchLabels = new Map(
    readCsv(esco('skill_labels_en_nl.csv')).map((row) => [
      row['conceptUri'],
      row['preferredLabel_nl'].trim() || null,
    ]),
  );
  const skills: SkillRecord[] = readCsv(esco('skills_en.csv')).map((row) => {
    const labelEn = row['preferredLabel'].trim();
    const labelNl = dutchLabels.get(row['conceptUri']) ?? null;
    return {
      uri: row['conceptUri'],
      skillType: row['skillType'] || null,
      reuseLevel: row['reuseLevel'] || null,
      labelEn,
      labelNl,
      altLabelsEn: labelList(row['altLabels'], labelEn),
      altLabelsNl: labelNl ? labelList(dutchAltLabels.get(row['conceptUri']), labelNl) : [],
    };
  });

  const occupationUris = new Set(occupations.map((o) => o.uri));
  const skillUris = new Set(skills.map((s) => s.uri));
  const relations: OccupationSkillRecord[] = [];
  let skipped = 0;
  for (const row of readCsv(esco('occupationSkillRelations.csv'))) {
    const relation = row['relationType'];
    if (
      !occupationUris.has(row['occupationUri']) ||
      !skillUris.has(row['skillUri']) ||
      (relation !== 'essential' && relation !== 'optional')
    ) {
      skipped++;
      continue;
    }
    relations.push({ occupationUri: row['occupationUri'], skillUri: row['skillUri'], relation });
  }
  // Sorted so that a refresh from unchanged sources writes byte-identical files (a clean git diff).
  relations.sort(
    (a, b) =>
      a.occupationUri.localeCompare(b.occupationUri) || a.skillUri.localeCompare(b.skillUri),
  );

  const json = (records: object[]) => records.map((record) => JSON.stringify(record));
  writeGzip(join(target, 'esco', 'isco_groups.jsonl.gz'), json(iscoGroups));
  writeGzip(join(target, 'esco', 'occupations.jsonl.gz'), json(occupations));
  writeGzip(join(target, 'esco', 'skills.jsonl.gz'), json(skills));
  writeGzip(join(target, 'esco', 'occupation_skills.csv.gz'), [
    'occupation_uri,skill_uri,relation',
    ...relations.map((r) => `${r.occupationUri},${r.skillUri},${r.relation}`),
  ]);

  const files = [
    'geo/pc4_nl.csv',
    'geo/gemeente_arbeidsmarktregio.csv',
    'esco/isco_groups.jsonl.gz',
    'esco/occupations.jsonl.gz',
    'esco/skills.jsonl.gz',
    'esco/occupation_skills.csv.gz',
  ];
  for (const file of files)
    process.stdout.write(
      `${relative(root, join(target, file))}: ${statSync(join(target, file)).size} bytes\n`,
    );
  process.stdout.write(
    `isco groups ${iscoGroups.length}, occupations ${occupations.length}, skills ${skills.length} ` +
      `(${skills.filter((s) => s.labelNl).length} with a Dutch label), relations ${relations.length} ` +
      `(${skipped} skipped: unknown occupation or skill)\n`,
  );
}

main();
