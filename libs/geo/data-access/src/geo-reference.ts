import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** The project's copy of the geo reference data (data/reference/geo; sources in data/reference/README.md). */
export interface GeoReferenceFiles {
  /** gemeente_arbeidsmarktregio.csv: gemeente_code, gemeente_naam, provincie, arbeidsmarktregio. */
  municipalities: string;
  /** pc4_nl.csv: pc4, plaatsen (`|`-separated), gemeente_code, ..., lat, lon. */
  postcodeAreas: string;
}

export function geoReferenceFiles(referenceDir: string): GeoReferenceFiles {
  return {
    municipalities: join(referenceDir, 'geo', 'gemeente_arbeidsmarktregio.csv'),
    postcodeAreas: join(referenceDir, 'geo', 'pc4_nl.csv'),
  };
}

export interface MunicipalityRecord {
  code: string;
  name: string;
  province: string;
  region: string;
}

export interface PostcodeAreaRecord {
  pc4: string;
  placeNames: string[];
  municipalityCode: string;
  lat: number;
  lon: number;
}

export interface GeoReferenceData {
  /** Region names; every municipality's region is among them. */
  regions: string[];
  municipalities: MunicipalityRecord[];
  postcodeAreas: PostcodeAreaRecord[];
}

type Row = Record<string, string>;
const readCsv = (file: string) =>
  parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

function finite(value: string, what: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new Error(`${what}: not a number`);
  return number;
}

/** Reads and checks the files; a broken file fails here, before anything is written. */
export function readGeoReference(files: GeoReferenceFiles): GeoReferenceData {
  const municipalities = readCsv(files.municipalities).map((row) => ({
    code: row['gemeente_code'],
    name: row['gemeente_naam'],
    province: row['provincie'],
    region: row['arbeidsmarktregio'],
  }));
  for (const m of municipalities)
    if (!/^GM\d{4}$/.test(m.code) || !m.name || !m.region)
      throw new Error(`${files.municipalities}: incomplete municipality ${JSON.stringify(m)}`);
  const known = new Set(municipalities.map((m) => m.code));
  const postcodeAreas = readCsv(files.postcodeAreas).map((row) => {
    const pc4 = row['pc4'];
    if (!/^[1-9]\d{3}$/.test(pc4)) throw new Error(`${files.postcodeAreas}: bad pc4 ${pc4}`);
    if (!known.has(row['gemeente_code']))
      throw new Error(
        `${files.postcodeAreas}: ${pc4} has unknown gemeente ${row['gemeente_code']}`,
      );
    return {
      pc4,
      placeNames: row['plaatsen'].split('|').filter(Boolean),
      municipalityCode: row['gemeente_code'],
      lat: finite(row['lat'], `${pc4} lat`),
      lon: finite(row['lon'], `${pc4} lon`),
    };
  });
  const regions = [...new Set(municipalities.map((m) => m.region))].sort();
  return { regions, municipalities, postcodeAreas };
}

/** `Zaanstreek/Waterland` -> `zaanstreek-waterland`. */
export function regionSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const servicePointName = (regionName: string) => `Werkgeversservicepunt ${regionName}`;
