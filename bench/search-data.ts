import { createHash } from 'node:crypto';
import { geoReferenceFiles, readGeoReference } from '@werkmatch/geo/data-access';
import type {
  GeoPoint,
  SearchOccupation,
  SearchSkill,
  TalentProfileSearchDocument,
  VacancySearchDocument,
} from '@werkmatch/search';
import { readTaxonomyReference, taxonomyReferenceFiles } from '@werkmatch/taxonomy/data-access';
import {
  CEFR_LEVELS_IN_ORDER,
  EDUCATION_LEVELS_IN_ORDER,
  InclusiveOption,
  RouteType,
  VACANCY_ROUTE_TYPES,
} from '@werkmatch/work/domain';

/*
 * Synthetic but realistic search documents for the search benchmark: occupations and their essential skills from
 * the project's ESCO copy (Dutch labels where ESCO has them), places from the 4,086 postcode areas, Dutch titles
 * and texts from templates. A seeded generator, so every run indexes and searches the same data.
 */

export type Random = () => number;

/** mulberry32: small, fast and good enough for picking test data. */
export function seededRandom(seed: number): Random {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

/** A UUID made from a name, so ids of regions, skills and occupations are the same on every run. */
export function nameUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface Place {
  pc4: string;
  municipalityCode: string;
  municipalityName: string;
  regionId: string;
  at: GeoPoint;
}

export interface CatalogueOccupation extends SearchOccupation {
  skills: SearchSkill[];
}

export interface Catalogue {
  places: Place[];
  regionIds: string[];
  /** Occupations people in this domain look for most (ISCO major groups 4, 5, 7, 8, 9). */
  common: CatalogueOccupation[];
  /** All occupations with at least three essential skills. */
  all: CatalogueOccupation[];
}

export function readCatalogue(referenceDir: string): Catalogue {
  const geo = readGeoReference(geoReferenceFiles(referenceDir));
  const municipalities = new Map(geo.municipalities.map((m) => [m.code, m]));
  const places = geo.postcodeAreas.map((area): Place => {
    const municipality = municipalities.get(area.municipalityCode);
    if (!municipality) throw new Error(`no municipality ${area.municipalityCode}`);
    return {
      pc4: area.pc4,
      municipalityCode: municipality.code,
      municipalityName: municipality.name,
      regionId: nameUuid(`region:${municipality.region}`),
      at: { lat: area.lat, lon: area.lon },
    };
  });
  const taxonomy = readTaxonomyReference(taxonomyReferenceFiles(referenceDir));
  const skills = new Map(
    taxonomy.skills.map((s) => [
      s.uri,
      { skill: { id: nameUuid(s.uri), label: s.labelNl ?? s.labelEn }, dutch: s.labelNl !== null },
    ]),
  );
  const essential = new Map<string, { skill: SearchSkill; dutch: boolean }[]>();
  for (const relation of taxonomy.occupationSkills) {
    if (relation.relation !== 'essential') continue;
    const skill = skills.get(relation.skillUri);
    if (!skill) continue;
    const list = essential.get(relation.occupationUri) ?? [];
    list.push(skill);
    essential.set(relation.occupationUri, list);
  }
  const all = taxonomy.occupations
    .map((o): CatalogueOccupation => ({
      id: nameUuid(o.uri),
      label: o.labelNl,
      iscoGroupCode: o.iscoGroup,
      // Skills with a Dutch label first: what a Dutch profile or vacancy would mostly show.
      skills: (essential.get(o.uri) ?? [])
        .sort((a, b) => Number(b.dutch) - Number(a.dutch))
        .map((entry) => entry.skill),
    }))
    .filter((o) => o.skills.length >= 3);
  const common = all.filter((o) => '45789'.includes(o.iscoGroupCode[0] ?? ''));
  return { places, regionIds: [...new Set(places.map((p) => p.regionId))], common, all };
}

const TITLE_SUFFIXES = [
  '',
  '',
  ' (parttime)',
  ' met begeleiding',
  ' in de regio',
  ' voor 24 uur',
  ' - werkervaringsplek',
  ' in een klein team',
];
const DESCRIPTION_SENTENCES = [
  'Je komt te werken in een hecht team dat elkaar helpt.',
  'Ervaring is niet nodig: je leert het vak op de werkvloer.',
  'Wij bieden een prettige werkplek en goede begeleiding.',
  'Je werkt samen met collega’s van verschillende achtergronden.',
  'Een jobcoach kan je de eerste maanden ondersteunen.',
  'De werktijden zijn in overleg en passen bij jouw situatie.',
  'Je krijgt een opleiding en kunt doorgroeien.',
  'Wij zoeken iemand die betrouwbaar is en graag aanpakt.',
  'De werkplek is goed bereikbaar met het openbaar vervoer.',
  'Beheersing van de Nederlandse taal op basisniveau is voldoende.',
  'Je draagt bij aan een schone, veilige en gezonde omgeving.',
  'Klantcontact en gastvrijheid staan bij ons centraal.',
];
const HEADLINE_ADJECTIVES = [
  'Betrouwbare',
  'Enthousiaste',
  'Ervaren',
  'Gemotiveerde',
  'Zorgzame',
  'Nauwkeurige',
  'Sociale',
  'Leergierige',
  'Praktische',
  'Rustige',
];
const TALENTS = [
  'Geduldig en goed in luisteren',
  'Werkt graag met de handen',
  'Altijd op tijd',
  'Goed in plannen en organiseren',
  'Sociaal en behulpzaam',
  'Houdt van aanpakken',
  'Rustig in drukke situaties',
  'Creatief en oplossingsgericht',
  'Werkt graag buiten',
  'Nauwkeurig en netjes',
  'Spreekt meerdere talen',
  'Kan goed met kinderen omgaan',
];

/** Roughly how often each route is offered or wanted: paid work most, the other routes well represented. */
const ROUTE_WEIGHTS: [RouteType, number][] = [
  [RouteType.PAID_JOB, 40],
  [RouteType.SUPPORTED_JOB, 10],
  [RouteType.LEARN_WORK, 10],
  [RouteType.WORK_EXPERIENCE, 10],
  [RouteType.PARTICIPATION_JOB, 8],
  [RouteType.VOLUNTEER, 12],
  [RouteType.SHELTERED_WORK, 5],
  [RouteType.DAY_ACTIVITY, 5],
];

function weighted(random: Random, weights: [RouteType, number][]): RouteType {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [route, weight] of weights) {
    at -= weight;
    if (at <= 0) return route;
  }
  return RouteType.PAID_JOB;
}

function hours(random: Random): { min: number; max: number } {
  const min = 4 + Math.floor(random() * 8) * 4;
  return { min, max: Math.min(40, min + 4 + Math.floor(random() * 4) * 4) };
}

function date(random: Random, daysBack: number): string {
  return new Date(
    Date.UTC(2026, 4, 1) - Math.floor(random() * daysBack * 86_400_000),
  ).toISOString();
}

function occupationFor(random: Random, catalogue: Catalogue): CatalogueOccupation {
  return random() < 0.75 ? pick(random, catalogue.common) : pick(random, catalogue.all);
}

const strip = ({ id, label, iscoGroupCode }: CatalogueOccupation): SearchOccupation => ({
  id,
  label,
  iscoGroupCode,
});

export function vacancies(
  catalogue: Catalogue,
  count: number,
  seed: number,
): VacancySearchDocument[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    const occupation = occupationFor(random, catalogue);
    const place = pick(random, catalogue.places);
    const skills = occupation.skills.slice(0, 3 + Math.floor(random() * 4));
    const published = date(random, 120);
    const sentences = pickSome(random, DESCRIPTION_SENTENCES, 3);
    return {
      id: nameUuid(`vacancy:${seed}:${n}`),
      title: `${occupation.label[0]?.toUpperCase()}${occupation.label.slice(1)}${pick(random, TITLE_SUFFIXES)}`,
      description: [
        `Voor onze vestiging in ${place.municipalityName} zoeken wij een ${occupation.label}.`,
        `Je taken: ${skills
          .slice(0, 2)
          .map((s) => s.label)
          .join(' en ')}.`,
        ...sentences,
      ].join(' '),
      routeType: weighted(
        random,
        ROUTE_WEIGHTS.filter(([route]) => VACANCY_ROUTE_TYPES.includes(route)),
      ),
      occupations: [strip(occupation)],
      skills,
      hours: hours(random),
      educationLevel: random() < 0.4 ? null : pick(random, EDUCATION_LEVELS_IN_ORDER.slice(1, 9)),
      minDutchLevel: random() < 0.3 ? null : pick(random, CEFR_LEVELS_IN_ORDER.slice(0, 5)),
      inclusiveOptions: pickSome(random, Object.values(InclusiveOption), Math.floor(random() * 3)),
      regionId: place.regionId,
      municipalityCode: place.municipalityCode,
      municipalityName: place.municipalityName,
      location: place.at,
      publishedAt: published,
      updatedAt: published,
    };
  });
}

export function profiles(
  catalogue: Catalogue,
  count: number,
  seed: number,
): TalentProfileSearchDocument[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    const occupations = pickSome(random, catalogue.common, 1 + Math.floor(random() * 2));
    const first = occupations[0] as CatalogueOccupation;
    const place = pick(random, catalogue.places);
    const updated = date(random, 365);
    return {
      id: nameUuid(`profile:${seed}:${n}`),
      headline: `${pick(random, HEADLINE_ADJECTIVES)} ${first.label}`,
      talents: pickSome(random, TALENTS, 1 + Math.floor(random() * 3)),
      wantedRouteTypes: [
        ...new Set([weighted(random, ROUTE_WEIGHTS), weighted(random, ROUTE_WEIGHTS)]),
      ],
      occupations: occupations.map(strip),
      skills: occupations.flatMap((o) => o.skills.slice(0, 2 + Math.floor(random() * 3))),
      hours: random() < 0.1 ? null : hours(random),
      educationLevel: random() < 0.2 ? null : pick(random, EDUCATION_LEVELS_IN_ORDER.slice(0, 9)),
      dutchLevel: random() < 0.1 ? null : pick(random, CEFR_LEVELS_IN_ORDER),
      regionId: place.regionId,
      municipalityCode: place.municipalityCode,
      municipalityName: place.municipalityName,
      location: place.at,
      publishedAt: updated,
      updatedAt: updated,
    };
  });
}
