import { geoReferenceFiles, readGeoReference } from '@werkmatch/geo/data-access';
import type { GeoReferenceData } from '@werkmatch/geo/data-access';
import {
  readTaxonomyReference,
  showLabel,
  taxonomyReferenceFiles,
} from '@werkmatch/taxonomy/data-access';
import type { TaxonomyReferenceData } from '@werkmatch/taxonomy/data-access';
import { referenceDataDir } from '../reference-data/paths';

/**
 * What the matching quality set (libs/matching/domain/src/quality) takes from the reference data: ESCO
 * occupations with their essential skills, the skills its profiles and vacancies name, and PC4 centres in and
 * around Houten and Utrecht. The set itself stays static data in the domain lib (no I/O there); this is how its
 * reference file is written and checked.
 */

/** Occupations by the key the set uses, with their ESCO URI. */
export const QUALITY_SET_OCCUPATIONS: Readonly<Record<string, string>> = {
  nurse: 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50',
  nurseAssistant: 'http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7',
  healthcareAssistant: 'http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082',
  homeCareAide: 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60',
  warehouseWorker: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
  orderPicker: 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb',
  forkliftOperator: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
  handPacker: 'http://data.europa.eu/esco/occupation/f5cb9901-86fc-48d0-9cde-667fbe8cef3a',
  buildingCleaner: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
  kitchenAssistant: 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c',
  cook: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e',
  landscapeGardener: 'http://data.europa.eu/esco/occupation/e7970c7a-7769-4002-87d3-0a8ea94fdd6f',
  shopAssistant: 'http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2',
  cashier: 'http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098',
  administrativeAssistant:
    'http://data.europa.eu/esco/occupation/044d78cc-f62f-4532-83a5-8e04f2889652',
  receptionist: 'http://data.europa.eu/esco/occupation/f7b04542-d8c7-42db-8475-e63b507cce82',
  ictHelpDeskAgent: 'http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9',
  softwareDeveloper: 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',
  bicycleMechanic: 'http://data.europa.eu/esco/occupation/336cf331-8082-4a0c-bf5f-e7c54706211c',
  libraryAssistant: 'http://data.europa.eu/esco/occupation/37b15470-3b2d-4ae0-816c-c7c06ed15c99',
};

/** Skills by their ESCO English preferred label (each is unique in ESCO v1.1.1; the writer checks it). */
export const QUALITY_SET_SKILLS: readonly string[] = [
  'provide professional care in nursing',
  'implement fundamentals of nursing',
  'safe management of medicines',
  'infection control',
  'first aid',
  'apply person-centred care',
  'listen actively',
  'use electronic health records in nursing',
  'palliative care',
  'geriatrics',
  'plan nursing care',
  'coordinate care',
  'provide basic support to patients',
  'support nurses',
  'empathise with the healthcare user',
  'tend to elderly people',
  'support social service users to live at home',
  'wash the laundry',
  'make the beds',
  'prepare sandwiches',
  'keep company',
  'accompany people',
  'monitor basic patients signs',
  'pick orders for dispatching',
  'stack goods',
  'lift heavy weights',
  'receive goods',
  'operate forklift',
  'conduct forklift inspections',
  'store warehouse goods',
  'stack empty pallets',
  'follow work procedures',
  'operate warehouse record systems',
  'operate voice picking systems',
  'process orders from online shop',
  'pack goods',
  'follow written instructions',
  'ensure correct goods labelling',
  'use packaging equipment',
  'comply with checklists',
  'clean surfaces',
  'clean building floors',
  'operate floor cleaning equipment',
  'clean glass surfaces',
  'remove dust',
  'perform cleaning duties',
  'wash the dishes',
  'clean kitchen equipment',
  'use cooking techniques',
  'use food preparation techniques',
  'use food cutting tools',
  'comply with food safety and hygiene',
  'work in a hospitality team',
  'nurse plants',
  'use gardening equipment',
  'work in outdoor conditions',
  'maintain ground',
  'prune hedges and trees',
  'operate landscaping equipment',
  'maintain landscape site',
  'build fences',
  'prepare the ground',
  'stock shelves',
  'operate cash register',
  'maintain relationship with customers',
  'operate cash point',
  'process payments',
  'customer service',
  'assist customers',
  'maintain customer service',
  'use microsoft office',
  'file documents',
  'manage digital documents',
  'draft corporate emails',
  'use spreadsheets software',
  'greet guests',
  'communicate by telephone',
  'administer appointments',
  'provide ICT support',
  'use ICT ticketing system',
  'solve ICT system problems',
  'communicate with customers',
  'computer programming',
  'debug software',
  'use software design patterns',
  'use software libraries',
  'have computer literacy',
  'perform repairs on bicycles',
  'maintain braking system',
  'replace defect components',
  'assemble bicycles',
  'tune bicycles',
  'wash bicycles',
  'organise library material',
  'provide library information',
  'prepare hot drinks',
];

/** PC4 areas the set places people and workplaces in. */
export const QUALITY_SET_PC4: readonly string[] = [
  '1017', // Amsterdam centre
  '3011', // Rotterdam centre
  '3431',
  '3432',
  '3433',
  '3437',
  '3439', // Nieuwegein
  '3511',
  '3512',
  '3521',
  '3525',
  '3526',
  '3542',
  '3563',
  '3564',
  '3584', // Utrecht
  '3701',
  '3705', // Zeist
  '3961', // Wijk bij Duurstede
  '3984', // Odijk (Bunnik)
  '3991',
  '3992',
  '3993',
  '3994',
  '3995', // Houten
  '4101', // Culemborg
];

/** `operate forklift` → `operateForklift`; `provide ICT support` → `provideIctSupport`. */
export function skillKey(labelEn: string): string {
  const words = labelEn
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean);
  return words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
}

export interface ReferenceSkill {
  id: string;
  label: string;
}

export interface ReferenceOccupationRecord {
  id: string;
  label: string;
  iscoGroup: string;
  essentialSkills: ReferenceSkill[];
}

export interface QualitySetReference {
  skills: Record<string, ReferenceSkill>;
  occupations: Record<string, ReferenceOccupationRecord>;
  pc4: Record<string, { lat: number; lon: number; place: string }>;
}

export function loadReferenceData(): { taxonomy: TaxonomyReferenceData; geo: GeoReferenceData } {
  const dir = referenceDataDir();
  return {
    taxonomy: readTaxonomyReference(taxonomyReferenceFiles(dir)),
    geo: readGeoReference(geoReferenceFiles(dir)),
  };
}

/** What the reference file must hold, extracted from the project's copy of ESCO and the PC4 list. */
export function extractQualitySetReference(
  taxonomy: TaxonomyReferenceData,
  geo: GeoReferenceData,
): QualitySetReference {
  const skillsByUri = new Map(taxonomy.skills.map((skill) => [skill.uri, skill]));
  const shown = (uri: string): ReferenceSkill => {
    const skill = skillsByUri.get(uri);
    if (!skill) throw new Error(`unknown ESCO skill ${uri}`);
    return { id: uri, label: showLabel(skill).label };
  };

  const skills: Record<string, ReferenceSkill> = {};
  for (const labelEn of QUALITY_SET_SKILLS) {
    const found = taxonomy.skills.filter((skill) => skill.labelEn === labelEn);
    if (found.length !== 1)
      throw new Error(`ESCO has ${found.length} skills labelled "${labelEn}", expected 1`);
    skills[skillKey(labelEn)] = shown(found[0].uri);
  }

  const occupations: Record<string, ReferenceOccupationRecord> = {};
  for (const [key, uri] of Object.entries(QUALITY_SET_OCCUPATIONS)) {
    const occupation = taxonomy.occupations.find((candidate) => candidate.uri === uri);
    if (!occupation) throw new Error(`unknown ESCO occupation ${uri}`);
    const essentialSkills = taxonomy.occupationSkills
      .filter((relation) => relation.occupationUri === uri && relation.relation === 'essential')
      .map((relation) => shown(relation.skillUri))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    occupations[key] = {
      id: uri,
      label: occupation.labelNl,
      iscoGroup: occupation.iscoGroup,
      essentialSkills,
    };
  }

  const pc4: Record<string, { lat: number; lon: number; place: string }> = {};
  for (const code of QUALITY_SET_PC4) {
    const area = geo.postcodeAreas.find((candidate) => candidate.pc4 === code);
    if (!area) throw new Error(`unknown PC4 ${code}`);
    pc4[code] = { lat: area.lat, lon: area.lon, place: area.placeNames.join('/') };
  }
  return { skills, occupations, pc4 };
}

const quote = (text: string) => JSON.stringify(text).replace(/'/g, "\\'").slice(1, -1);
const str = (text: string) => `'${quote(text)}'`;

/** The TypeScript source of libs/matching/domain/src/quality/labelled-set-reference.ts (before Prettier). */
export function renderQualitySetReference(reference: QualitySetReference): string {
  const lines: string[] = [
    '// Written by `node tools/run.mjs tools/matching/write-labelled-set-reference.ts` from data/reference',
    '// (ESCO v1.1.1, GeoNames PC4 centres); tools/matching/labelled-set-reference.spec.ts checks it against them.',
    "import type { Coordinates } from '@werkmatch/geo/domain';",
    "import type { MatchOccupation, SkillRef } from '../match-input';",
    '',
    '/** An ESCO occupation with its essential skills, as a caller of the scorer passes them in. */',
    'export interface ReferenceOccupation extends MatchOccupation {',
    '  essentialSkills: readonly SkillRef[];',
    '}',
    '',
    '/** ESCO skills the set names, by English label; `label` is the one shown (Dutch where ESCO has one). */',
    'export const SKILL = {',
    ...Object.entries(reference.skills).map(
      ([key, skill]) => `  ${key}: { id: ${str(skill.id)}, label: ${str(skill.label)} },`,
    ),
    '} as const satisfies Record<string, SkillRef>;',
    '',
    'export const OCCUPATION = {',
    ...Object.entries(reference.occupations).flatMap(([key, occupation]) => [
      `  ${key}: {`,
      `    id: ${str(occupation.id)},`,
      `    label: ${str(occupation.label)},`,
      `    iscoGroup: ${str(occupation.iscoGroup)},`,
      '    essentialSkills: [',
      ...occupation.essentialSkills.map(
        (skill) => `      { id: ${str(skill.id)}, label: ${str(skill.label)} },`,
      ),
      '    ],',
      '  },',
    ]),
    '} as const satisfies Record<string, ReferenceOccupation>;',
    '',
    '/** Centres of PC4 areas (GeoNames), by postcode. */',
    'export const PC4 = {',
    ...Object.entries(reference.pc4).map(
      ([code, area]) => `  '${code}': { lat: ${area.lat}, lon: ${area.lon} }, // ${area.place}`,
    ),
    '} as const satisfies Record<string, Coordinates>;',
    '',
  ];
  return lines.join('\n');
}
