import { join } from 'node:path';
import { geoReferenceFiles, readGeoReference, regionSlug } from './geo-reference';

describe('geo reference files', () => {
  const data = readGeoReference(
    geoReferenceFiles(join(__dirname, '..', '..', '..', '..', 'data', 'reference')),
  );

  it('has 35 labour-market regions, each with municipalities, and every postcode area in a municipality', () => {
    expect(data.regions).toHaveLength(35);
    const municipalities = new Set(data.municipalities.map((m) => m.code));
    expect(data.postcodeAreas.filter((a) => !municipalities.has(a.municipalityCode))).toEqual([]);
    expect(data.municipalities.find((m) => m.code === 'GM0321')).toEqual({
      code: 'GM0321',
      name: 'Houten',
      province: 'Utrecht',
      region: 'Midden-Utrecht',
    });
  });

  it('splits the place names of a postcode area', () => {
    expect(data.postcodeAreas.find((a) => a.pc4 === '1096')?.placeNames).toEqual([
      'Amsterdam',
      'Amsterdam-Duivendrecht',
    ]);
  });

  it('makes URL-safe slugs of region names', () => {
    expect(regionSlug('Zaanstreek/Waterland')).toBe('zaanstreek-waterland');
    expect(regionSlug('Zuid-Kennemerland en IJmond')).toBe('zuid-kennemerland-en-ijmond');
    expect(new Set(data.regions.map(regionSlug)).size).toBe(35);
  });
});
