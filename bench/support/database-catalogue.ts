import type { DataSource } from 'typeorm';
import { SkillRelation } from '@werkmatch/taxonomy/data-access';
import type { Catalogue, CatalogueOccupation, Place } from '../search-data';

/**
 * What searches ask for, taken from the data in the database (the generated set) rather than from the reference
 * files: the postcode areas where published profiles and vacancies are, their regions by their real ids, and the
 * occupations they use most with their essential skills. Filters then hit what is there, as real users' would.
 */
export async function databaseCatalogue(db: DataSource): Promise<Catalogue> {
  const places = (
    (await db.query(
      `SELECT p.pc4, m.code, m.name, r.id AS region_id, p.lat, p.lon
       FROM postcode_area p
       JOIN municipality m ON m.code = p.municipality_code
       JOIN labour_market_region r ON r.id = m.region_id
       WHERE p.pc4 IN (SELECT pc4 FROM talent_profile WHERE status = 'PUBLISHED'
                       UNION SELECT pc4 FROM vacancy WHERE status = 'PUBLISHED')
       ORDER BY p.pc4`,
    )) as { pc4: string; code: string; name: string; region_id: string; lat: number; lon: number }[]
  ).map((row): Place => ({
    pc4: row.pc4,
    municipalityCode: row.code,
    municipalityName: row.name,
    regionId: row.region_id,
    at: { lat: row.lat, lon: row.lon },
  }));
  const used = (await db.query(
    `SELECT o.id, o.label_nl AS label, o.isco_group_code, count(*)::int AS uses
     FROM (SELECT occupation_id FROM vacancy WHERE status = 'PUBLISHED'
           UNION ALL SELECT occupation_id FROM talent_profile_occupation) x
     JOIN occupation o ON o.id = x.occupation_id
     GROUP BY o.id ORDER BY uses DESC, o.id LIMIT 300`,
  )) as { id: string; label: string; isco_group_code: string }[];
  const skills = (await db.query(
    `SELECT os.occupation_id, s.id, coalesce(s.label_nl, s.label_en) AS label
     FROM occupation_skill os JOIN skill s ON s.id = os.skill_id
     WHERE os.relation = $1 AND os.occupation_id = ANY($2::uuid[])
     ORDER BY os.occupation_id, (s.label_nl IS NULL), s.id`,
    [SkillRelation.ESSENTIAL, used.map((o) => o.id)],
  )) as { occupation_id: string; id: string; label: string }[];
  const skillsOf = new Map<string, { id: string; label: string }[]>();
  for (const skill of skills)
    skillsOf.set(skill.occupation_id, [
      ...(skillsOf.get(skill.occupation_id) ?? []),
      { id: skill.id, label: skill.label },
    ]);
  const all = used
    .map((o): CatalogueOccupation => ({
      id: o.id,
      label: o.label,
      iscoGroupCode: o.isco_group_code,
      skills: skillsOf.get(o.id) ?? [],
    }))
    .filter((o) => o.skills.length >= 3);
  if (places.length === 0 || all.length === 0)
    throw new Error('no published profiles or vacancies to search for: generate data first');
  const common = all.filter((o) => '45789'.includes(o.iscoGroupCode[0] ?? ''));
  return {
    places,
    regionIds: [...new Set(places.map((place) => place.regionId))],
    common: common.length > 0 ? common : all,
    all,
  };
}
