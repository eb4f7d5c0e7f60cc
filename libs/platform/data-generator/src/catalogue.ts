import { createHash } from 'node:crypto';
import { geoReferenceFiles, readGeoReference } from '@werkmatch/geo/data-access';
import { readTaxonomyReference, taxonomyReferenceFiles } from '@werkmatch/taxonomy/data-access';

/** A 4-digit postcode area as the generator places people and work in it. */
export interface GeneratorPlace {
  pc4: string;
  placeName: string;
  municipalityCode: string;
  municipalityName: string;
  region: string;
  lat: number;
  lon: number;
  /** Postcode area centres within 3 km, itself included: how built-up the area is (see `density`). */
  neighbours: number;
}

export interface GeneratorSkill {
  uri: string;
  labelNl: string | null;
  labelEn: string;
}

export interface GeneratorOccupation {
  uri: string;
  labelNl: string;
  labelEn: string;
  iscoGroup: string;
  /** Dutch alternative labels: well-known occupations have many (male and female forms, synonyms). */
  altLabelCount: number;
  /** ESCO's essential skills, those with a Dutch label first, then in an order fixed per occupation. */
  essential: GeneratorSkill[];
  optional: GeneratorSkill[];
}

/** The reference data the generator draws from, read once from `data/reference`. */
export interface GeneratorCatalogue {
  places: GeneratorPlace[];
  regions: string[];
  /** Occupations with at least three essential skills, by URI. */
  occupations: GeneratorOccupation[];
}

const NEIGHBOUR_KM = 3;

/** Kilometres between two points (equirectangular: exact enough within the Netherlands). */
export function approximateKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const x = (b.lon - a.lon) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.sqrt(x * x + (b.lat - a.lat) ** 2) * 111.2;
}

/** A stable order of skills within an occupation that does not depend on the order of the files. */
function stableKey(occupationUri: string, skillUri: string): string {
  return createHash('sha1').update(`${occupationUri}|${skillUri}`).digest('hex');
}

export function readGeneratorCatalogue(referenceDir: string): GeneratorCatalogue {
  const geo = readGeoReference(geoReferenceFiles(referenceDir));
  const municipalities = new Map(geo.municipalities.map((m) => [m.code, m]));
  const areas = [...geo.postcodeAreas].sort((a, b) => a.pc4.localeCompare(b.pc4));
  const places = areas.map((area): GeneratorPlace => {
    const municipality = municipalities.get(area.municipalityCode);
    if (!municipality) throw new Error(`no municipality ${area.municipalityCode}`);
    return {
      pc4: area.pc4,
      placeName: area.placeNames[0] ?? municipality.name,
      municipalityCode: municipality.code,
      municipalityName: municipality.name,
      region: municipality.region,
      lat: area.lat,
      lon: area.lon,
      neighbours: 0,
    };
  });
  // A grid of 0.05° cells keeps the neighbour count linear in the number of areas.
  const cells = new Map<string, GeneratorPlace[]>();
  const cellOf = (lat: number, lon: number) =>
    `${Math.floor(lat / 0.05)}:${Math.floor(lon / 0.05)}`;
  for (const place of places) {
    const key = cellOf(place.lat, place.lon);
    cells.set(key, [...(cells.get(key) ?? []), place]);
  }
  for (const place of places) {
    const [row, column] = cellOf(place.lat, place.lon).split(':').map(Number) as [number, number];
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++)
        for (const other of cells.get(`${row + dr}:${column + dc}`) ?? [])
          if (approximateKm(place, other) <= NEIGHBOUR_KM) place.neighbours++;
  }

  const taxonomy = readTaxonomyReference(taxonomyReferenceFiles(referenceDir));
  const skills = new Map(
    taxonomy.skills.map((s): [string, GeneratorSkill] => [
      s.uri,
      { uri: s.uri, labelNl: s.labelNl, labelEn: s.labelEn },
    ]),
  );
  const related = new Map<string, { essential: GeneratorSkill[]; optional: GeneratorSkill[] }>();
  for (const relation of taxonomy.occupationSkills) {
    const skill = skills.get(relation.skillUri);
    if (!skill) continue;
    const entry = related.get(relation.occupationUri) ?? { essential: [], optional: [] };
    entry[relation.relation].push(skill);
    related.set(relation.occupationUri, entry);
  }
  const ordered = (occupationUri: string, list: GeneratorSkill[]) =>
    list
      .map((skill) => ({ skill, key: stableKey(occupationUri, skill.uri) }))
      .sort(
        (a, b) =>
          Number(b.skill.labelNl !== null) - Number(a.skill.labelNl !== null) ||
          a.key.localeCompare(b.key),
      )
      .map((entry) => entry.skill);
  const occupations = taxonomy.occupations
    .map((o): GeneratorOccupation => {
      const entry = related.get(o.uri) ?? { essential: [], optional: [] };
      return {
        uri: o.uri,
        labelNl: o.labelNl,
        labelEn: o.labelEn,
        iscoGroup: o.iscoGroup,
        altLabelCount: o.altLabelsNl.length,
        essential: ordered(o.uri, entry.essential),
        optional: ordered(o.uri, entry.optional),
      };
    })
    .filter((o) => o.essential.length >= 3 && o.iscoGroup.length === 4)
    .sort((a, b) => a.uri.localeCompare(b.uri));
  return { places, regions: geo.regions, occupations };
}
