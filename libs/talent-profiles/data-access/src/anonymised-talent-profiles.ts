import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { LabourMarketRegionEntity, MunicipalityEntity } from '@werkmatch/geo/data-access';
import {
  anonymiseTalentProfile,
  AnonymisedTalentProfile,
  TalentProfileStatus,
} from '@werkmatch/talent-profiles/domain';
import { OccupationEntity, showLabel, SkillEntity } from '@werkmatch/taxonomy/data-access';
import { TalentProfileEntity } from './talent-profile.entity';
import { findOccupationLinks, findSkillLinks, wellFormedIds } from './talent-profile-links';

type Labels = Map<string, { label: string; labelLanguage: 'NL' | 'EN' }>;

function labelsOf(rows: { id: string; labelNl: string | null; labelEn: string }[]): Labels {
  return new Map(
    rows.map((row) => {
      const shown = showLabel(row);
      return [
        row.id,
        { label: shown.label, labelLanguage: shown.labelLanguage === 'NL' ? 'NL' : 'EN' },
      ];
    }),
  );
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The anonymised profiles (talent-profiles/domain) of those of `profileIds` that are PUBLISHED, in the order asked;
 * others (draft, paused, erased, unknown) are left out. What every employer-facing place and the search index
 * use. A fixed number of queries whatever the number of profiles: profiles, skill links with labels,
 * occupation links, occupation labels, municipality and region names.
 */
export async function loadAnonymisedTalentProfiles(
  db: DataSource | EntityManager,
  profileIds: readonly string[],
): Promise<AnonymisedTalentProfile[]> {
  const ids = wellFormedIds(profileIds);
  if (ids.length === 0) return [];
  const profiles = await db
    .getRepository(TalentProfileEntity)
    .findBy({ id: In(ids), status: TalentProfileStatus.PUBLISHED });
  if (profiles.length === 0) return [];
  const publishedIds = profiles.map((profile) => profile.id);

  const [skillLinks, occupationLinks] = await Promise.all([
    findSkillLinks(db, publishedIds),
    findOccupationLinks(db, publishedIds),
  ]);
  const skillIds = [...new Set(skillLinks.map((link) => link.skillId))];
  const occupationIds = [
    ...new Set([
      ...occupationLinks.map((link) => link.occupationId),
      ...profiles.flatMap((profile) =>
        profile.workExperience.flatMap((work) => (work.occupationId ? [work.occupationId] : [])),
      ),
    ]),
  ];
  const municipalityCodes = [
    ...new Set(
      profiles.flatMap((profile) => (profile.municipalityCode ? [profile.municipalityCode] : [])),
    ),
  ];
  const regionIds = [
    ...new Set(profiles.flatMap((profile) => (profile.regionId ? [profile.regionId] : []))),
  ];

  const [skills, occupations, municipalities, regions] = await Promise.all([
    skillIds.length > 0
      ? db.getRepository(SkillEntity).find({
          select: { id: true, labelNl: true, labelEn: true },
          where: { id: In(skillIds) },
        })
      : [],
    wellFormedIds(occupationIds).length > 0
      ? db.getRepository(OccupationEntity).find({
          select: { id: true, labelNl: true, labelEn: true },
          where: { id: In(wellFormedIds(occupationIds)) },
        })
      : [],
    municipalityCodes.length > 0
      ? db.getRepository(MunicipalityEntity).findBy({ code: In(municipalityCodes) })
      : [],
    regionIds.length > 0
      ? db.getRepository(LabourMarketRegionEntity).findBy({ id: In(regionIds) })
      : [],
  ]);
  const skillLabels = labelsOf(skills);
  const occupationLabels = labelsOf(occupations);
  const municipalityNames = new Map(municipalities.map((m) => [m.code, m.name]));
  const regionNames = new Map(regions.map((r) => [r.id, r.name]));

  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const skillsOf = groupBy(skillLinks, (link) => link.profileId);
  const occupationsOf = groupBy(occupationLinks, (link) => link.profileId);
  return ids.flatMap((id) => {
    const profile = byId.get(id);
    if (!profile) return [];
    return [
      anonymiseTalentProfile(profile, {
        skills: skillsOf.get(id) ?? [],
        wantedOccupationIds: (occupationsOf.get(id) ?? []).map((link) => link.occupationId),
        skillLabels,
        occupationLabels,
        municipalityName: profile.municipalityCode
          ? (municipalityNames.get(profile.municipalityCode) ?? null)
          : null,
        regionName: profile.regionId ? (regionNames.get(profile.regionId) ?? null) : null,
      }),
    ];
  });
}
