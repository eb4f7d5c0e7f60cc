import type { DataSource } from 'typeorm';
import { EmployerOrganisationEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import {
  TalentProfileEntity,
  TalentProfileOccupationEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { VacancyEntity, VacancySkillEntity } from '@werkmatch/vacancies/data-access';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import { CefrLevel, RouteType, SkillLevel, TargetGroup } from '@werkmatch/work/domain';
import { createUser, dataSourceOf } from '../identity/identity-fixtures';
import type { TestApp } from '../support/test-app';
import { closingDateAhead, seedOrganisation } from '../vacancies/vacancy-fixtures';

/** Where the seeded region's postcode area lies (test/identity/geo-fixtures.ts). */
export const AREA = { lat: 52.0, lon: 5.1 };

export interface ProfileSeed {
  skills: { skillId: string; level: SkillLevel }[];
  occupationIds?: string[];
  wantedRouteTypes?: RouteType[];
  hours?: { min: number; max: number };
  travelKm?: number;
  /** km north of the area centre. */
  kmNorth?: number;
  targetGroups?: TargetGroup[];
  status?: TalentProfileStatus;
}

/** A job seeker with a published profile straight in the database (no events: nothing heard of it yet). */
export async function seedProfile(
  api: TestApp,
  region: { regionId: string; postcode: string },
  seed: ProfileSeed,
): Promise<{ user: UserEntity; profile: TalentProfileEntity }> {
  const db = dataSourceOf(api);
  const user = await createUser(api, Role.JOB_SEEKER);
  const now = new Date();
  const profile = await db.getRepository(TalentProfileEntity).save({
    jobSeekerId: user.id,
    status: seed.status ?? TalentProfileStatus.PUBLISHED,
    headline: 'Zorgzaam en op tijd',
    languages: [{ code: 'nl', level: CefrLevel.B1 }],
    dutchLevel: CefrLevel.B1,
    hoursMin: seed.hours?.min ?? 16,
    hoursMax: seed.hours?.max ?? 24,
    postcode: region.postcode,
    pc4: region.postcode.slice(0, 4),
    regionId: region.regionId,
    lat: AREA.lat + (seed.kmNorth ?? 0) / 111.2,
    lon: AREA.lon,
    travelKm: seed.travelKm ?? 15,
    wantedRouteTypes: seed.wantedRouteTypes ?? [RouteType.PAID_JOB],
    targetGroups: seed.targetGroups ?? [],
    publishedAt: now,
    confirmedAt: now,
  });
  await db
    .getRepository(TalentProfileSkillEntity)
    .insert(seed.skills.map((skill, position) => ({ profileId: profile.id, ...skill, position })));
  if (seed.occupationIds?.length)
    await db.getRepository(TalentProfileOccupationEntity).insert(
      seed.occupationIds.map((occupationId, position) => ({
        profileId: profile.id,
        occupationId,
        position,
      })),
    );
  return { user, profile };
}

export interface VacancySeed {
  occupationId: string;
  requiredSkillIds: string[];
  niceToHaveSkillIds?: string[];
  routeType?: RouteType;
  status?: VacancyStatus;
}

/** A vacancy of `organisation` at the area centre, SUBMITTED unless told otherwise (so publishing it is an event). */
export async function seedVacancy(
  db: DataSource,
  organisation: EmployerOrganisationEntity,
  region: { regionId: string; postcode: string },
  seed: VacancySeed,
): Promise<VacancyEntity> {
  const vacancy = await db.getRepository(VacancyEntity).save({
    organisationId: organisation.id,
    status: seed.status ?? VacancyStatus.SUBMITTED,
    submittedAt: new Date(),
    title: 'Helpende zorg',
    description: 'Je helpt onze bewoners met de dagelijkse zorg, met een vaste begeleider.',
    occupationId: seed.occupationId,
    routeType: seed.routeType ?? RouteType.PAID_JOB,
    hoursMin: 16,
    hoursMax: 24,
    postcode: region.postcode,
    pc4: region.postcode.slice(0, 4),
    regionId: region.regionId,
    reviewRegionId: organisation.regionId,
    lat: AREA.lat,
    lon: AREA.lon,
    minDutchLevel: CefrLevel.A2,
    closingDate: closingDateAhead(),
    ...(seed.status === VacancyStatus.PUBLISHED ? { publishedAt: new Date() } : {}),
  });
  await db.getRepository(VacancySkillEntity).insert([
    ...seed.requiredSkillIds.map((skillId, position) => ({
      vacancyId: vacancy.id,
      skillId,
      required: true,
      position,
    })),
    ...(seed.niceToHaveSkillIds ?? []).map((skillId, position) => ({
      vacancyId: vacancy.id,
      skillId,
      required: false,
      position: position + seed.requiredSkillIds.length,
    })),
  ]);
  return vacancy;
}

export { seedOrganisation };

export interface ProposalRow {
  id: string;
  profile_id: string;
  vacancy_id: string;
  status: string;
  score: number;
  source: string;
  withdrawal_reason: string | null;
  profile_version: number;
  vacancy_version: number;
  explanation: { kind: string; nl: string; en: string; score: number; weight: number }[];
  updated_at: Date;
}

export async function proposalsOf(
  db: DataSource,
  where: { vacancyId?: string; profileId?: string },
): Promise<ProposalRow[]> {
  const clauses: string[] = [];
  const params: string[] = [];
  if (where.vacancyId) clauses.push(`vacancy_id = $${params.push(where.vacancyId)}`);
  if (where.profileId) clauses.push(`profile_id = $${params.push(where.profileId)}`);
  return (await db.query(
    `SELECT * FROM match_proposal WHERE ${clauses.join(' AND ')} ORDER BY score DESC, profile_id`,
    params,
  )) as ProposalRow[];
}
