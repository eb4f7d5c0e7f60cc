import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { GeoService, ResolvedPostcode } from '@werkmatch/geo/data-access';
import {
  CaseloadAssignmentEntity,
  EmployerOrganisationEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import {
  isValidEmail,
  isValidKvkNumber,
  normalizeEmail,
  normalizePostcode,
  organisationMayPublish,
} from '@werkmatch/identity/domain';
import type { FieldViolation } from '@werkmatch/shared/errors';
import {
  TalentProfileEntity,
  TalentProfileOccupationEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';
import {
  dutchLevelOf,
  EMPTY_TALENT_PROFILE,
  LifecycleState,
  PauseReason,
  pauseProfile,
  prepareAssessmentChanges,
  prepareTalentProfileChanges,
  publishProfile,
  TalentProfileContent,
  TalentProfileInput,
  TalentProfileStatus,
} from '@werkmatch/talent-profiles/domain';
import { OccupationEntity, SkillEntity } from '@werkmatch/taxonomy/data-access';
import {
  vacancyContentColumns,
  VacancyEntity,
  VacancySkillEntity,
} from '@werkmatch/vacancies/data-access';
import {
  amsterdamDate,
  assertVacancyTransition,
  normalizeVacancyDraft,
  VacancyAction,
  vacancyReferenceViolations,
  VacancyStatus,
  vacancyViolations,
} from '@werkmatch/vacancies/domain';
import { GeneratorCatalogue, readGeneratorCatalogue } from './catalogue';
import { assertGeneratorMayLoad, KeepOption } from './database-state';
import {
  GeneratorPlan,
  planGeneratedData,
  PlannedProfile,
  PlannedUser,
  PlannedVacancy,
} from './plan';
import { GENERATOR_SIZES, GeneratorInputError, GeneratorSize, GeneratorSizeSpec } from './sizes';

export interface GenerateOptions {
  size: GeneratorSize;
  seed?: number;
  /** The moment the data is made for (dates, closing dates, confirmations); now by default. */
  now?: Date;
  /** Fewer records than the size names (tests). */
  counts?: { profiles: number; vacancies: number };
  /** `data/reference`, or a catalogue read from it already. */
  reference: string | GeneratorCatalogue;
  /** One argon2 hash for every generated account: hashing 100,000 passwords would take over an hour. */
  passwordHash: string;
  /** Accounts that may be there already (the quick start's demo accounts). */
  keep?: KeepOption;
  log?: (message: string) => void;
}

export interface GeneratorResult {
  size: GeneratorSize;
  seed: number;
  area: string;
  records: {
    accounts: number;
    organisations: number;
    vacancies: number;
    publishedVacancies: number;
    talentProfiles: number;
    publishedTalentProfiles: number;
    /** Rows in link tables: skills and occupations of profiles and vacancies, caseloads. */
    links: number;
  };
  /** Every row written. */
  rows: number;
  ms: { reference: number; plan: number; validate: number; write: number; total: number };
  /** Main records (accounts, organisations, vacancies, profiles) per second, over the whole run. */
  recordsPerSecond: number;
  rowsPerSecond: number;
}

export const DEFAULT_GENERATOR_SEED = 20_260_801;
const INSERT_BATCH = 2_000;

/** A generated record broke one of the platform's rules: a bug in the generator, never skipped over. */
export class GeneratedRecordError extends Error {
  constructor(what: string, violations: readonly FieldViolation[] | string) {
    super(
      `generated ${what} breaks the platform's rules: ${
        typeof violations === 'string'
          ? violations
          : violations.map((v) => `${v.field}: ${v.rule}`).join('; ')
      }`,
    );
    this.name = 'GeneratedRecordError';
  }
}

interface References {
  skillIds: Map<string, string>;
  occupationIds: Map<string, string>;
  regionIds: Map<string, string>;
  places: Map<string, ResolvedPostcode>;
  knownSkillIds: ReadonlySet<string>;
  knownOccupationIds: ReadonlySet<string>;
}

type Rows<T> = Partial<T>[];

interface PreparedRows {
  users: Rows<UserEntity>;
  organisations: Rows<EmployerOrganisationEntity>;
  caseloads: Rows<CaseloadAssignmentEntity>;
  profiles: Rows<TalentProfileEntity>;
  profileSkills: Rows<TalentProfileSkillEntity>;
  profileOccupations: Rows<TalentProfileOccupationEntity>;
  vacancies: Rows<VacancyEntity>;
  vacancySkills: Rows<VacancySkillEntity>;
}

function required<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined)
    throw new GeneratorInputError(`${what} ${String(key)} is not in the database's reference data`);
  return value;
}

/** Up to `limit` promises at a time, in order. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

/**
 * Looks up what the plan refers to the way the services do: postcodes through `GeoService.resolvePostcode`
 * (area, municipality, region, centre), ESCO concepts by URI: the ids found are the known references the domain
 * rules check, as the services check ids against the same tables when a person saves a form.
 */
async function resolveReferences(db: DataSource, plan: GeneratorPlan): Promise<References> {
  const skillUris = new Set<string>();
  const occupationUris = new Set<string>();
  const pc4s = new Set<string>();
  for (const vacancy of plan.vacancies) {
    occupationUris.add(vacancy.draft.occupationUri);
    for (const uri of [...vacancy.draft.requiredSkillUris, ...vacancy.draft.niceToHaveSkillUris])
      skillUris.add(uri);
    if (vacancy.draft.postcode) pc4s.add(vacancy.draft.postcode.slice(0, 4));
  }
  for (const profile of plan.profiles) {
    for (const skill of profile.input.skills) skillUris.add(skill.skillUri);
    for (const uri of profile.input.wantedOccupationUris) occupationUris.add(uri);
    for (const work of profile.input.workExperience)
      if (work.occupationUri) occupationUris.add(work.occupationUri);
    if (profile.input.postcode) pc4s.add(profile.input.postcode.slice(0, 4));
  }
  for (const organisation of plan.organisations) pc4s.add(organisation.postcode.slice(0, 4));

  const byUri = async (entity: typeof SkillEntity | typeof OccupationEntity, uris: Set<string>) =>
    new Map(
      (
        (await db
          .getRepository<{ id: string; uri: string }>(entity)
          .createQueryBuilder('c')
          .select(['c.id', 'c.uri'])
          .where('c.uri = ANY(:uris)', { uris: [...uris] })
          .getMany()) as { id: string; uri: string }[]
      ).map((row) => [row.uri, row.id]),
    );
  const [skillIds, occupationIds] = await Promise.all([
    byUri(SkillEntity, skillUris),
    byUri(OccupationEntity, occupationUris),
  ]);
  if (occupationIds.size === 0)
    throw new GeneratorInputError(
      'the database has no ESCO taxonomy: import the reference data first (npm run import:reference)',
    );
  const geo = new GeoService(db);
  const resolved = await inParallel([...pc4s].sort(), 8, async (pc4) => {
    try {
      return await geo.resolvePostcode(pc4);
    } catch {
      throw new GeneratorInputError(
        `postcode area ${pc4} is not in the database: import the reference data first (npm run import:reference)`,
      );
    }
  });
  const regions = await geo.listRegions();
  return {
    skillIds,
    occupationIds,
    regionIds: new Map(regions.map((region) => [region.name, region.id])),
    places: new Map(resolved.map((place) => [place.pc4, place])),
    knownSkillIds: new Set(skillIds.values()),
    knownOccupationIds: new Set(occupationIds.values()),
  };
}

function userRow(
  user: PlannedUser,
  passwordHash: string,
  regionId: string | null,
): Partial<UserEntity> {
  const email = normalizeEmail(user.email);
  const fullName = user.fullName.trim();
  if (!isValidEmail(email) || fullName.length === 0 || fullName.length > 200)
    throw new GeneratedRecordError(`account ${user.email}`, 'an invalid email address or name');
  return {
    id: user.id,
    email,
    passwordHash,
    role: user.role,
    fullName,
    phone: null,
    organisationId: user.organisationId,
    regionId,
    createdAt: user.createdAt,
    updatedAt: user.createdAt,
    deactivatedAt: null,
    erasedAt: null,
  };
}

/** A profile through the rules `TalentProfileService` applies: save, the coach's assessment, publish, pause. */
function profileRows(
  planned: PlannedProfile,
  references: References,
  now: Date,
  rows: PreparedRows,
): void {
  const skillId = (uri: string) => required(references.skillIds, uri, 'skill');
  const occupationId = (uri: string) => required(references.occupationIds, uri, 'occupation');
  const { wantedOccupationUris, ...form } = planned.input;
  const input: TalentProfileInput = {
    ...form,
    skills: planned.input.skills.map((skill) => ({
      skillId: skillId(skill.skillUri),
      level: skill.level,
    })),
    wantedOccupationIds: wantedOccupationUris.map(occupationId),
    workExperience: planned.input.workExperience.map(({ occupationUri, ...work }) => ({
      ...work,
      occupationId: occupationUri ? occupationId(occupationUri) : null,
    })),
  };
  const what = `talent profile ${planned.id}`;
  const { changes, violations } = prepareTalentProfileChanges(input, now);
  const place = changes.postcode ? references.places.get(changes.postcode.slice(0, 4)) : undefined;
  if (changes.postcode && !place)
    violations.push({ field: 'input.postcode', rule: 'a postcode that exists in the Netherlands' });
  (changes.skills ?? []).forEach((skill, index) => {
    if (!references.knownSkillIds.has(skill.skillId))
      violations.push({
        field: `input.skills[${index}].skillId`,
        rule: 'a known taxonomy reference',
      });
  });
  for (const id of [
    ...(changes.wantedOccupationIds ?? []),
    ...(changes.workExperience ?? []).flatMap((w) => (w.occupationId ? [w.occupationId] : [])),
  ])
    if (!references.knownOccupationIds.has(id))
      violations.push({ field: 'input.wantedOccupationIds', rule: 'a known taxonomy reference' });
  const assessment = prepareAssessmentChanges(planned.assessment);
  violations.push(...assessment.violations);
  if (violations.length > 0) throw new GeneratedRecordError(what, violations);

  const content: TalentProfileContent = { ...EMPTY_TALENT_PROFILE, ...changes };
  let state: LifecycleState = {
    status: TalentProfileStatus.DRAFT,
    publishedAt: null,
    pausedAt: null,
    pauseReason: null,
    confirmedAt: null,
    confirmationRequestedAt: null,
  };
  try {
    if (planned.status !== TalentProfileStatus.DRAFT && planned.publishedAt)
      state = publishProfile(state, content, planned.publishedAt);
    if (planned.status === TalentProfileStatus.PAUSED && planned.pausedAt)
      state = pauseProfile(state, PauseReason.BY_OWNER, planned.pausedAt);
  } catch (error) {
    throw new GeneratedRecordError(what, error instanceof Error ? error.message : String(error));
  }
  if (state.status !== planned.status)
    throw new GeneratedRecordError(what, `ends ${state.status}, planned ${planned.status}`);

  const updatedAt = state.pausedAt ?? state.publishedAt ?? planned.createdAt;
  rows.profiles.push({
    id: planned.id,
    jobSeekerId: planned.jobSeeker.id,
    status: state.status,
    headline: content.headline,
    talents: content.talents,
    workExperience: content.workExperience,
    educationLevel: content.educationLevel,
    diplomas: content.diplomas,
    languages: content.languages,
    dutchLevel: dutchLevelOf(content.languages),
    hoursMin: content.hours?.min ?? null,
    hoursMax: content.hours?.max ?? null,
    earliestStart: content.earliestStart,
    postcode: place ? content.postcode : null,
    pc4: place?.pc4 ?? null,
    municipalityCode: place?.municipality.code ?? null,
    regionId: place?.region.id ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    travelKm: content.travelKm,
    drivingLicences: content.drivingLicences,
    transportModes: content.transportModes,
    wantedRouteTypes: content.wantedRouteTypes,
    participationLevel: assessment.changes.participationLevel ?? null,
    supportNeeds: assessment.changes.supportNeeds ?? [],
    targetGroups: assessment.changes.targetGroups ?? [],
    publishedAt: state.publishedAt,
    pausedAt: state.pausedAt,
    pauseReason: state.pauseReason,
    confirmedAt: state.confirmedAt,
    confirmationRequestedAt: state.confirmationRequestedAt,
    version: 1,
    updatedByUserId: planned.jobSeeker.id,
    createdAt: planned.createdAt,
    updatedAt,
  });
  content.skills.forEach((skill, position) =>
    rows.profileSkills.push({
      profileId: planned.id,
      skillId: skill.skillId,
      level: skill.level,
      position,
    }),
  );
  content.wantedOccupationIds.forEach((id, position) =>
    rows.profileOccupations.push({ profileId: planned.id, occupationId: id, position }),
  );
}

/** What a vacancy needs to know of its organisation: whether it may publish, and the region that reviews it. */
interface OrganisationStanding {
  verified: boolean;
  regionId: string | null;
}

/** A vacancy through the rules `VacanciesService` applies: the draft, its references, and each transition. */
function vacancyRows(
  planned: PlannedVacancy,
  references: References,
  organisation: OrganisationStanding,
  today: string,
  rows: PreparedRows,
): void {
  const what = `vacancy ${planned.id}`;
  const { occupationUri, requiredSkillUris, niceToHaveSkillUris, ...form } = planned.draft;
  const draft = normalizeVacancyDraft({
    ...form,
    occupationId: required(references.occupationIds, occupationUri, 'occupation'),
    requiredSkillIds: requiredSkillUris.map((uri) => required(references.skillIds, uri, 'skill')),
    niceToHaveSkillIds: niceToHaveSkillUris.map((uri) =>
      required(references.skillIds, uri, 'skill'),
    ),
  });
  const place = draft.postcode ? references.places.get(draft.postcode.slice(0, 4)) : undefined;
  const violations = [
    ...vacancyViolations(draft, { today }),
    ...vacancyReferenceViolations(draft, {
      knownSkillIds: references.knownSkillIds,
      knownOccupationIds: references.knownOccupationIds,
      postcodeKnown: draft.postcode ? place !== undefined : null,
    }),
  ];
  if (violations.length > 0) throw new GeneratedRecordError(what, violations);
  // The path a real vacancy takes to its status, each step checked against the transition table.
  const path: VacancyAction[] = {
    [VacancyStatus.DRAFT]: [],
    [VacancyStatus.SUBMITTED]: [VacancyAction.SUBMIT],
    [VacancyStatus.PUBLISHED]: [VacancyAction.SUBMIT, VacancyAction.PUBLISH],
    [VacancyStatus.FILLED]: [VacancyAction.SUBMIT, VacancyAction.PUBLISH, VacancyAction.FILL],
    [VacancyStatus.CLOSED]: [VacancyAction.SUBMIT, VacancyAction.PUBLISH, VacancyAction.CLOSE],
    [VacancyStatus.EXPIRED]: [VacancyAction.SUBMIT, VacancyAction.PUBLISH, VacancyAction.EXPIRE],
  }[planned.status];
  let status = VacancyStatus.DRAFT;
  try {
    for (const action of path) {
      if (action === VacancyAction.SUBMIT && !organisation.verified)
        throw new Error('an unverified organisation cannot submit');
      status = assertVacancyTransition(status, action);
    }
  } catch (error) {
    throw new GeneratedRecordError(what, error instanceof Error ? error.message : String(error));
  }
  rows.vacancies.push({
    id: planned.id,
    organisationId: planned.organisationId,
    createdByUserId: planned.createdByUserId,
    status,
    ...vacancyContentColumns({ draft, place: place ?? null }),
    // The service point of the organisation's region reviews it (taken at submission, as the service does).
    reviewRegionId: organisation.regionId,
    submittedAt: planned.submittedAt,
    publishedAt: planned.publishedAt,
    publishedByUserId: planned.publishedByUserId,
    returnReason: null,
    returnedAt: null,
    endedAt: planned.endedAt,
    version: 1,
    createdAt: planned.createdAt,
    updatedAt: planned.endedAt ?? planned.publishedAt ?? planned.submittedAt ?? planned.createdAt,
  });
  draft.requiredSkillIds.forEach((skillId, position) =>
    rows.vacancySkills.push({ vacancyId: planned.id, skillId, required: true, position }),
  );
  draft.niceToHaveSkillIds.forEach((skillId, position) =>
    rows.vacancySkills.push({ vacancyId: planned.id, skillId, required: false, position }),
  );
}

/** Every record of the plan as rows, each checked by the platform's own rules first. */
function prepareRows(
  plan: GeneratorPlan,
  references: References,
  passwordHash: string,
): PreparedRows {
  const rows: PreparedRows = {
    users: [],
    organisations: [],
    caseloads: [],
    profiles: [],
    profileSkills: [],
    profileOccupations: [],
    vacancies: [],
    vacancySkills: [],
  };
  const region = (name: string | null) =>
    name === null ? null : required(references.regionIds, name, 'region');
  rows.users.push(userRow(plan.admin, passwordHash, null));
  for (const manager of plan.accountManagers)
    rows.users.push(userRow(manager, passwordHash, region(manager.region)));
  for (const coach of plan.coaches) rows.users.push(userRow(coach, passwordHash, null));
  const standing = new Map<string, OrganisationStanding>();
  for (const organisation of plan.organisations) {
    const postcode = normalizePostcode(organisation.postcode);
    const texts = [organisation.name, organisation.street, organisation.city, organisation.sector];
    if (
      !isValidKvkNumber(organisation.kvkNumber) ||
      !postcode ||
      texts.some((t) => t.trim().length === 0 || t.length > 200) ||
      organisation.houseNumber.length > 16
    )
      throw new GeneratedRecordError(
        `organisation ${organisation.name}`,
        'an invalid KvK number, postcode or text',
      );
    // As at registration: the region comes from the postcode (RegionLookup.regionOfPostcode).
    const place = required(references.places, postcode.slice(0, 4), 'postcode area');
    rows.organisations.push({
      id: organisation.id,
      name: organisation.name.trim(),
      kvkNumber: organisation.kvkNumber,
      street: organisation.street,
      houseNumber: organisation.houseNumber,
      postcode,
      city: organisation.city,
      sector: organisation.sector,
      regionId: place.region.id,
      verifiedAt: organisation.verifiedAt,
      verifiedBy: organisation.verifiedBy,
      createdAt: organisation.createdAt,
      updatedAt: organisation.verifiedAt,
    });
    standing.set(organisation.id, {
      verified: organisationMayPublish({ verifiedAt: organisation.verifiedAt }),
      regionId: place.region.id,
    });
  }
  for (const employer of plan.employers) rows.users.push(userRow(employer, passwordHash, null));
  for (const profile of plan.profiles) {
    rows.users.push(userRow(profile.jobSeeker, passwordHash, null));
    rows.caseloads.push({
      coachId: profile.coachId,
      jobSeekerId: profile.jobSeeker.id,
      assignedBy: plan.admin.id,
      assignedAt: profile.createdAt,
    });
    profileRows(profile, references, plan.now, rows);
  }
  const today = amsterdamDate(plan.now);
  for (const vacancy of plan.vacancies)
    vacancyRows(
      vacancy,
      references,
      standing.get(vacancy.organisationId) ?? { verified: false, regionId: null },
      today,
      rows,
    );
  return rows;
}

/**
 * Inserts rows of an entity a batch at a time as one JSON parameter (`jsonb_populate_recordset` with the table's
 * own row type), which is several times faster than a multi-row VALUES list built by the ORM. Column names come
 * from the entity's metadata, so a renamed column is still written where the entity says.
 */
async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: Rows<T>,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.propertyName in first);
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const sql = `INSERT INTO "${metadata.tableName}" (${names})
    SELECT ${names} FROM jsonb_populate_recordset(NULL::"${metadata.tableName}", $1::jsonb)`;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows
      .slice(start, start + INSERT_BATCH)
      .map((row) =>
        Object.fromEntries(
          columns.map((column) => [
            column.databaseName,
            (row as Record<string, unknown>)[column.propertyName] ?? null,
          ]),
        ),
      );
    await manager.query(sql, [JSON.stringify(batch)]);
  }
}

/**
 * Generates a data set of a size and writes it in one transaction (all of it or nothing). Every record goes
 * through the domain rules the services use; the rows are written in bulk rather than through the services one
 * request at a time, and no outbox events are written: the caller rebuilds the search indexes and runs one full
 * match recomputation afterwards (see the README), which ends in the same state as 120,000 single events
 * would, in a fraction of the time.
 */
export async function generateData(
  db: DataSource,
  options: GenerateOptions,
): Promise<GeneratorResult> {
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? DEFAULT_GENERATOR_SEED;
  const now = options.now ?? new Date();
  const started = performance.now();
  await assertGeneratorMayLoad(db, options.keep);
  const catalogue =
    typeof options.reference === 'string'
      ? readGeneratorCatalogue(options.reference)
      : options.reference;
  const referenceDone = performance.now();
  const plan = planGeneratedData(catalogue, {
    size: options.size,
    seed,
    now,
    counts: options.counts,
  });
  const planDone = performance.now();
  const references = await resolveReferences(db, plan);
  const rows = prepareRows(plan, references, options.passwordHash);
  const validateDone = performance.now();
  log(
    `writing ${rows.users.length.toLocaleString('en')} accounts, ${rows.organisations.length.toLocaleString('en')} organisations, ${rows.vacancies.length.toLocaleString('en')} vacancies and ${rows.profiles.length.toLocaleString('en')} talent profiles`,
  );
  await db.transaction(async (manager) => {
    // Members refer to their organisation, so accounts without one go first.
    await insertAll(
      manager,
      UserEntity,
      rows.users.filter((u) => !u.organisationId),
    );
    await insertAll(manager, EmployerOrganisationEntity, rows.organisations);
    await insertAll(
      manager,
      UserEntity,
      rows.users.filter((u) => u.organisationId),
    );
    await insertAll(manager, CaseloadAssignmentEntity, rows.caseloads);
    await insertAll(manager, TalentProfileEntity, rows.profiles);
    await insertAll(manager, TalentProfileSkillEntity, rows.profileSkills);
    await insertAll(manager, TalentProfileOccupationEntity, rows.profileOccupations);
    await insertAll(manager, VacancyEntity, rows.vacancies);
    await insertAll(manager, VacancySkillEntity, rows.vacancySkills);
  });
  // Fresh statistics, so the first searches and match computations get good plans.
  for (const entity of [
    UserEntity,
    EmployerOrganisationEntity,
    CaseloadAssignmentEntity,
    TalentProfileEntity,
    TalentProfileSkillEntity,
    TalentProfileOccupationEntity,
    VacancyEntity,
    VacancySkillEntity,
  ])
    await db.query(`ANALYZE "${db.getMetadata(entity).tableName}"`);
  const finished = performance.now();
  const spec: GeneratorSizeSpec = GENERATOR_SIZES[options.size];
  const links =
    rows.caseloads.length +
    rows.profileSkills.length +
    rows.profileOccupations.length +
    rows.vacancySkills.length;
  const main =
    rows.users.length + rows.organisations.length + rows.vacancies.length + rows.profiles.length;
  const seconds = (finished - started) / 1000;
  return {
    size: options.size,
    seed,
    area: spec.area.description,
    records: {
      accounts: rows.users.length,
      organisations: rows.organisations.length,
      vacancies: rows.vacancies.length,
      publishedVacancies: rows.vacancies.filter((v) => v.status === VacancyStatus.PUBLISHED).length,
      talentProfiles: rows.profiles.length,
      publishedTalentProfiles: rows.profiles.filter(
        (p) => p.status === TalentProfileStatus.PUBLISHED,
      ).length,
      links,
    },
    rows: main + links,
    ms: {
      reference: referenceDone - started,
      plan: planDone - referenceDone,
      validate: validateDone - planDone,
      write: finished - validateDone,
      total: finished - started,
    },
    recordsPerSecond: main / seconds,
    rowsPerSecond: (main + links) / seconds,
  };
}
