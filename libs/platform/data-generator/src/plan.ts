import { Role } from '@werkmatch/identity/domain';
import type { AssessmentInput, TalentProfileInput } from '@werkmatch/talent-profiles/domain';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import type { VacancyDraft } from '@werkmatch/vacancies/domain';
import {
  CefrLevel,
  ContractType,
  DrivingLicence,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
  TransportMode,
} from '@werkmatch/work/domain';
import {
  approximateKm,
  GeneratorCatalogue,
  GeneratorOccupation,
  GeneratorPlace,
} from './catalogue';
import {
  chance,
  int,
  nameUuid,
  pick,
  pickFront,
  pickSome,
  Random,
  seededRandom,
  subSeed,
  weighted,
  WeightedPicker,
} from './random';
import { GENERATOR_SIZES, GeneratorSize, GeneratorSizeSpec } from './sizes';
import {
  DESCRIPTION_SENTENCES,
  EMPLOYER_NAMES,
  FIRST_NAMES,
  HEADLINE_ADJECTIVES,
  LAST_NAMES,
  OTHER_LANGUAGES,
  PRIVATE_TALENTS,
  REFUGEE_LANGUAGES,
  ROUTE_TITLE,
  Sector,
  SECTORS,
  STREETS,
  TALENTS,
} from './vocabulary';

/** Every generated account has an address here, so generated data is recognised (and never mistaken for people). */
export const GENERATED_EMAIL_DOMAIN = 'generated.werkmatch.localhost';

export interface PlannedUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  organisationId: string | null;
  /** Labour-market region (CBS name) of an account manager. */
  region: string | null;
  createdAt: Date;
}

export interface PlannedOrganisation {
  id: string;
  name: string;
  kvkNumber: string;
  street: string;
  houseNumber: string;
  /** `3991 AB`, as a person registering it would type it. */
  postcode: string;
  city: string;
  sector: string;
  region: string;
  /** The account manager of its region who verified it. */
  verifiedBy: string;
  createdAt: Date;
  verifiedAt: Date;
}

/** A vacancy's form as the employer fills it in, with ESCO references by URI (ids differ per database). */
export interface PlannedVacancyDraft extends Omit<
  VacancyDraft,
  'occupationId' | 'requiredSkillIds' | 'niceToHaveSkillIds'
> {
  occupationUri: string;
  requiredSkillUris: string[];
  niceToHaveSkillUris: string[];
}

export interface PlannedVacancy {
  id: string;
  organisationId: string;
  createdByUserId: string;
  draft: PlannedVacancyDraft;
  /** Where it ends up; the loader walks the transitions to it (DRAFT → SUBMITTED → PUBLISHED → ...). */
  status: VacancyStatus;
  createdAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  publishedByUserId: string | null;
  endedAt: Date | null;
}

export interface PlannedWorkExperience {
  title: string;
  employer: string | null;
  occupationUri: string | null;
  from: string;
  until: string | null;
  description: string | null;
  private: boolean;
}

/** A save of the whole profile form, with ESCO references by URI. */
export interface PlannedProfileInput extends Omit<
  TalentProfileInput,
  'skills' | 'wantedOccupationIds' | 'workExperience'
> {
  skills: { skillUri: string; level: SkillLevel }[];
  wantedOccupationUris: string[];
  workExperience: PlannedWorkExperience[];
}

export interface PlannedProfile {
  id: string;
  jobSeeker: PlannedUser;
  coachId: string;
  input: PlannedProfileInput;
  assessment: AssessmentInput;
  status: TalentProfileStatus;
  createdAt: Date;
  publishedAt: Date | null;
  pausedAt: Date | null;
}

export interface GeneratorPlan {
  size: GeneratorSize;
  seed: number;
  /** The moment the plan was made for: every date is relative to it. */
  now: Date;
  admin: PlannedUser;
  accountManagers: PlannedUser[];
  coaches: PlannedUser[];
  organisations: PlannedOrganisation[];
  employers: PlannedUser[];
  vacancies: PlannedVacancy[];
  profiles: PlannedProfile[];
}

export interface PlanOptions {
  size: GeneratorSize;
  seed: number;
  now: Date;
  /** Fewer records than the size names, for tests; the area stays the size's. */
  counts?: { profiles: number; vacancies: number };
}

const DAY_MS = 86_400_000;
const CASELOAD = 50;
const ACCOUNT_MANAGERS_PER_REGION = 2;
/** Published profiles were confirmed within this many days, so the 90-day confirmation does not start at once. */
const CONFIRMED_WITHIN_DAYS = 80;

const capitalised = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

function addDays(isoDate: string, days: number): string {
  return isoDay(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS));
}

/** The two letters of a full postcode (`3991 AB`); SA, SD and SS are never issued. */
function postcodeLetters(random: Random): string {
  const letter = () => String.fromCharCode(65 + int(random, 0, 25));
  for (;;) {
    const letters = letter() + letter();
    if (letters !== 'SA' && letters !== 'SD' && letters !== 'SS') return letters;
  }
}

interface Area {
  residents: WeightedPicker<GeneratorPlace>;
  workplaces: WeightedPicker<GeneratorPlace>;
  regions: string[];
}

/**
 * The postcode areas of a size and how much each weighs. The reference data has no population figures, so an
 * area weighs by how built-up its surroundings are: the number of postcode area centres within 3 km (cities
 * have many small areas close together). People weigh by its square root, work by the count itself, because
 * work concentrates in towns more than housing does.
 */
function areaOf(catalogue: GeneratorCatalogue, spec: GeneratorSizeSpec): Area {
  const { area } = spec;
  let places = catalogue.places.filter(
    (place) => area.regions.length === 0 || area.regions.includes(place.region),
  );
  if (area.centre) {
    const { municipalityCode, radiusKm } = area.centre;
    const own = places.filter((place) => place.municipalityCode === municipalityCode);
    if (own.length === 0) throw new Error(`no postcode areas in municipality ${municipalityCode}`);
    const centre = {
      lat: own.reduce((sum, place) => sum + place.lat, 0) / own.length,
      lon: own.reduce((sum, place) => sum + place.lon, 0) / own.length,
    };
    places = places.filter((place) => approximateKm(place, centre) <= radiusKm);
  }
  const residentPlaces = area.residents.only
    ? places.filter((place) => area.residents.only?.includes(place.municipalityCode))
    : places;
  const boost = (table: Readonly<Record<string, number>> | undefined, place: GeneratorPlace) =>
    table?.[place.municipalityCode] ?? 1;
  return {
    residents: new WeightedPicker(
      residentPlaces,
      (place) => Math.sqrt(place.neighbours) * boost(area.residents.boost, place),
    ),
    workplaces: new WeightedPicker(
      places,
      (place) => place.neighbours * boost(area.workplaces.boost, place),
    ),
    regions: [...new Set(places.map((place) => place.region))].sort(),
  };
}

/** Occupations of each sector, the well-known ones (many Dutch alternative labels) more often. */
function sectorOccupations(
  catalogue: GeneratorCatalogue,
): Map<string, WeightedPicker<GeneratorOccupation>> {
  const pools = new Map<string, WeightedPicker<GeneratorOccupation>>();
  for (const sector of SECTORS) {
    const occupations = catalogue.occupations.filter((o) =>
      sector.isco.some((prefix) => o.iscoGroup.startsWith(prefix)),
    );
    if (occupations.length === 0) throw new Error(`no ESCO occupations for sector ${sector.name}`);
    pools.set(sector.name, new WeightedPicker(occupations, (o) => 1 + o.altLabelCount));
  }
  return pools;
}

function personName(random: Random, migrant: boolean): string {
  // The first 35 first names and 30 last names are Dutch; the rest are common among newer Dutch residents.
  const first = migrant
    ? pick(random, FIRST_NAMES.slice(35))
    : pick(random, FIRST_NAMES.slice(0, 35));
  const last = migrant ? pick(random, LAST_NAMES.slice(30)) : pick(random, LAST_NAMES.slice(0, 30));
  return `${first} ${last}`;
}

class Planner {
  private readonly area: Area;
  private readonly occupations: Map<string, WeightedPicker<GeneratorOccupation>>;
  private readonly today: string;

  constructor(
    catalogue: GeneratorCatalogue,
    private readonly options: PlanOptions,
  ) {
    this.area = areaOf(catalogue, GENERATOR_SIZES[options.size]);
    this.occupations = sectorOccupations(catalogue);
    this.today = amsterdamDate(options.now);
  }

  private id(kind: string, n: number): string {
    return nameUuid(`werkmatch-generator:${this.options.seed}:${kind}:${n}`);
  }

  private occupationOf(random: Random, sector: Sector): GeneratorOccupation {
    const pool = this.occupations.get(sector.name);
    if (!pool) throw new Error(`no occupations for ${sector.name}`);
    return pool.pick(random);
  }

  plan(): GeneratorPlan {
    const { size, seed, now } = this.options;
    const spec: GeneratorSizeSpec = GENERATOR_SIZES[size];
    const counts = this.options.counts ?? { profiles: spec.profiles, vacancies: spec.vacancies };
    const random = seededRandom(subSeed(seed, 'staff'));
    const admin: PlannedUser = {
      id: this.id('admin', 0),
      email: `beheerder@${GENERATED_EMAIL_DOMAIN}`,
      fullName: personName(random, false),
      role: Role.ADMIN,
      organisationId: null,
      region: null,
      createdAt: daysBefore(now, 400),
    };
    const accountManagers = this.area.regions.flatMap((region, r) =>
      Array.from({ length: ACCOUNT_MANAGERS_PER_REGION }, (_, k): PlannedUser => {
        const n = r * ACCOUNT_MANAGERS_PER_REGION + k;
        return {
          id: this.id('account-manager', n),
          email: `accountmanager-${n + 1}@${GENERATED_EMAIL_DOMAIN}`,
          fullName: personName(random, chance(random, 0.2)),
          role: Role.ACCOUNT_MANAGER,
          organisationId: null,
          region,
          createdAt: daysBefore(now, 380),
        };
      }),
    );
    const { organisations, employers, vacancies } = this.employers(
      counts.vacancies,
      accountManagers,
    );
    const { profiles, coaches } = this.profiles(counts.profiles);
    return {
      size,
      seed,
      now,
      admin,
      accountManagers,
      coaches,
      organisations,
      employers,
      vacancies,
      profiles,
    };
  }

  /**
   * Employers and their vacancies. Organisations differ in size as they do in reality (a Zipf-like spread: many
   * with one or two vacancies, a few with dozens); a vacancy is mostly at its organisation's address, sometimes at
   * another location nearby.
   */
  private employers(vacancyCount: number, accountManagers: PlannedUser[]) {
    const { now } = this.options;
    const random = seededRandom(subSeed(this.options.seed, 'employers'));
    const organisationCount = Math.max(3, Math.round(vacancyCount / 4));
    const managersOf = new Map<string, PlannedUser[]>();
    for (const manager of accountManagers)
      managersOf.set(manager.region ?? '', [
        ...(managersOf.get(manager.region ?? '') ?? []),
        manager,
      ]);

    const organisations: (PlannedOrganisation & { place: GeneratorPlace; sectorSpec: Sector })[] =
      [];
    for (let n = 0; n < organisationCount; n++) {
      const sector = weighted(
        random,
        SECTORS.map((s) => [s, s.weight] as const),
      );
      const place = this.area.workplaces.pick(random);
      const createdAt = daysBefore(now, int(random, 30, 900));
      const manager = pick(random, managersOf.get(place.region) ?? accountManagers);
      organisations.push({
        id: this.id('organisation', n),
        name: `${pick(random, sector.kinds)} ${pick(random, EMPLOYER_NAMES)} ${place.placeName}`.slice(
          0,
          200,
        ),
        // 6xxxxxxx: clear of the demo employer's 90000001; only one generated set lives in a database.
        kvkNumber: String(60_000_000 + n),
        street: pick(random, STREETS),
        houseNumber: String(int(random, 1, 180)),
        postcode: `${place.pc4} ${postcodeLetters(random)}`,
        city: place.placeName,
        sector: sector.name,
        region: place.region,
        verifiedBy: manager.id,
        createdAt,
        verifiedAt: new Date(createdAt.getTime() + int(random, 1, 10) * DAY_MS),
        place,
        sectorSpec: sector,
      });
    }
    // Bigger organisations first in the list, then shuffled by the weights' randomness.
    const byOrganisation = new WeightedPicker(
      organisations.map((organisation, index) => ({ organisation, index })),
      ({ index }) => 1 / (index + 1) ** 0.9,
    );
    const assigned = Array.from(
      { length: vacancyCount },
      () => byOrganisation.pick(random).organisation,
    );
    const perOrganisation = new Map<string, number>();
    for (const organisation of assigned)
      perOrganisation.set(organisation.id, (perOrganisation.get(organisation.id) ?? 0) + 1);

    const employers: PlannedUser[] = [];
    const membersOf = new Map<string, PlannedUser[]>();
    organisations.forEach((organisation, n) => {
      const count = perOrganisation.get(organisation.id) ?? 0;
      const members = 1 + (count > 5 ? 1 : 0) + (count > 20 ? 1 : 0);
      const list = Array.from({ length: members }, (_, k): PlannedUser => ({
        id: this.id('employer', n * 3 + k),
        email: `werkgever-${n + 1}-${k + 1}@${GENERATED_EMAIL_DOMAIN}`,
        fullName: personName(random, chance(random, 0.15)),
        role: Role.EMPLOYER,
        organisationId: organisation.id,
        region: null,
        createdAt: organisation.createdAt,
      }));
      membersOf.set(organisation.id, list);
      employers.push(...list);
    });

    const vacancies = assigned.map((organisation, n): PlannedVacancy => {
      const place = chance(random, 0.75)
        ? organisation.place
        : this.nearbyWorkplace(random, organisation.place);
      return this.vacancy(
        random,
        n,
        organisation,
        organisation.sectorSpec,
        place,
        membersOf.get(organisation.id) ?? [],
        managersOf,
      );
    });
    return {
      organisations: organisations.map(({ place: _place, sectorSpec: _sector, ...rest }) => rest),
      employers,
      vacancies,
    };
  }

  private nearbyWorkplace(random: Random, from: GeneratorPlace): GeneratorPlace {
    for (let attempt = 0; attempt < 8; attempt++) {
      const place = this.area.workplaces.pick(random);
      if (approximateKm(place, from) <= 15) return place;
    }
    return from;
  }

  private vacancy(
    random: Random,
    n: number,
    organisation: PlannedOrganisation,
    sector: Sector,
    place: GeneratorPlace,
    members: PlannedUser[],
    managersOf: Map<string, PlannedUser[]>,
  ): PlannedVacancy {
    const { now } = this.options;
    const route = weighted(random, sector.routes);
    const occupation = this.occupationOf(random, sector);
    const paidRoute = [
      RouteType.PAID_JOB,
      RouteType.SUPPORTED_JOB,
      RouteType.SHELTERED_WORK,
    ].includes(route);
    const light = [RouteType.VOLUNTEER, RouteType.DAY_ACTIVITY].includes(route);
    const hoursMin = light
      ? int(random, 1, 3) * 4
      : weighted(random, [
          [8, 1],
          [12, 1],
          [16, 3],
          [20, 3],
          [24, 4],
          [28, 2],
          [32, 4],
          [36, 2],
        ] as const);
    const hours = { min: hoursMin, max: Math.min(40, hoursMin + pick(random, [0, 4, 8, 8])) };
    const required = pickFront(random, occupation.essential, int(random, 2, 6));
    const nice = pickFront(random, occupation.optional, int(random, 0, 3)).filter(
      (skill) => !required.includes(skill),
    );
    const dutchSkills = required.filter((skill) => skill.labelNl !== null);
    const office = sector.name === 'Kantoor en administratie';
    const description = [
      `Voor onze vestiging in ${place.placeName} zoeken wij een ${occupation.labelNl}.`,
      ...(dutchSkills.length > 0
        ? [
            `Belangrijk in dit werk: ${dutchSkills
              .slice(0, 2)
              .map((s) => s.labelNl)
              .join(' en ')}.`,
          ]
        : []),
      ...pickSome(random, DESCRIPTION_SENTENCES, int(random, 2, 4)),
    ].join(' ');
    const contractType = ((): ContractType | null => {
      if (route === RouteType.PAID_JOB)
        return weighted(random, [
          [ContractType.PERMANENT, 30],
          [ContractType.FIXED_TERM, 50],
          [ContractType.TEMPORARY_AGENCY, 12],
          [ContractType.ON_CALL, 8],
        ] as const);
      if (paidRoute) return chance(random, 0.7) ? ContractType.FIXED_TERM : ContractType.PERMANENT;
      if (route === RouteType.LEARN_WORK)
        return chance(random, 0.7) ? ContractType.APPRENTICESHIP : null;
      return null;
    })();
    const pay = ((): PlannedVacancyDraft['pay'] => {
      if (paidRoute && chance(random, 0.85)) {
        if (chance(random, 0.15)) {
          const min = int(random, 2300, 3000);
          return { min, max: min + int(random, 0, 6) * 100, period: PayPeriod.MONTH };
        }
        const min = int(random, 1440, 1800) / 100;
        return {
          min,
          max: Math.round((min + int(random, 0, 400) / 100) * 100) / 100,
          period: PayPeriod.HOUR,
        };
      }
      if (route === RouteType.LEARN_WORK && chance(random, 0.5)) {
        const min = int(random, 11, 16) * 100;
        return { min, max: min + 200, period: PayPeriod.MONTH };
      }
      return null;
    })();
    const inclusiveOptions: InclusiveOption[] =
      route === RouteType.SUPPORTED_JOB
        ? [
            InclusiveOption.JOB_COACH_POSSIBLE,
            ...(chance(random, 0.5) ? [InclusiveOption.JOB_AGREEMENT_SUITABLE] : []),
          ]
        : route === RouteType.SHELTERED_WORK
          ? [InclusiveOption.ACCESSIBLE_WORKPLACE, InclusiveOption.JOB_COACH_POSSIBLE]
          : pickSome(
              random,
              [
                InclusiveOption.PART_TIME_POSSIBLE,
                InclusiveOption.PART_TIME_POSSIBLE,
                InclusiveOption.JOB_COACH_POSSIBLE,
                InclusiveOption.ACCESSIBLE_WORKPLACE,
              ],
              int(random, 0, 2),
            );
    const status = weighted(random, [
      [VacancyStatus.PUBLISHED, 90],
      [VacancyStatus.SUBMITTED, 3],
      [VacancyStatus.DRAFT, 3],
      [VacancyStatus.FILLED, 2],
      [VacancyStatus.CLOSED, 2],
    ] as const);
    const published = [
      VacancyStatus.PUBLISHED,
      VacancyStatus.FILLED,
      VacancyStatus.CLOSED,
    ].includes(status);
    const publishedAt = published ? daysBefore(now, int(random, 0, 60) + random()) : null;
    const submittedAt =
      status === VacancyStatus.SUBMITTED
        ? daysBefore(now, int(random, 0, 5) + random())
        : publishedAt && new Date(publishedAt.getTime() - int(random, 1, 72) * 3_600_000);
    const createdAt = new Date(
      (submittedAt ?? daysBefore(now, int(random, 0, 20))).getTime() -
        int(random, 1, 96) * 3_600_000,
    );
    const managers = managersOf.get(organisation.region) ?? [];
    const closed = status === VacancyStatus.FILLED || status === VacancyStatus.CLOSED;
    return {
      id: this.id('vacancy', n),
      organisationId: organisation.id,
      createdByUserId: pick(random, members).id,
      draft: {
        title: `${capitalised(occupation.labelNl)}${ROUTE_TITLE[route]}${chance(random, 0.2) ? ` (${hours.max} uur)` : ''}`,
        description,
        occupationUri: occupation.uri,
        requiredSkillUris: required.map((skill) => skill.uri),
        niceToHaveSkillUris: nice.map((skill) => skill.uri),
        routeType: route,
        hours,
        positions: light
          ? int(random, 1, 8)
          : weighted(random, [
              [1, 70],
              [2, 15],
              [3, 10],
              [int(random, 4, 10), 5],
            ] as const),
        remote: office && chance(random, 0.05),
        postcode: `${place.pc4} ${postcodeLetters(random)}`,
        minDutchLevel: office
          ? pick(random, [CefrLevel.B1, CefrLevel.B2, CefrLevel.B2, CefrLevel.C1])
          : paidRoute || route === RouteType.LEARN_WORK
            ? weighted(random, [
                [CefrLevel.A2, 25],
                [CefrLevel.B1, 40],
                [CefrLevel.B2, 15],
                [null, 20],
              ] as const)
            : weighted(random, [
                [CefrLevel.A1, 30],
                [CefrLevel.A2, 30],
                [null, 40],
              ] as const),
        educationLevel: weighted(random, [
          [null, 45],
          [EducationLevel.VMBO, 15],
          [EducationLevel.MBO_1, 10],
          [EducationLevel.MBO_2, 15],
          [EducationLevel.MBO_3, 10],
          [EducationLevel.MBO_4, 5],
        ] as const),
        inclusiveOptions,
        contractType,
        pay,
        closingDate: addDays(this.today, int(random, 10, 180)),
      },
      status,
      createdAt,
      submittedAt: status === VacancyStatus.DRAFT ? null : submittedAt,
      publishedAt,
      publishedByUserId: publishedAt && managers.length > 0 ? pick(random, managers).id : null,
      endedAt:
        closed && publishedAt
          ? new Date(publishedAt.getTime() + (now.getTime() - publishedAt.getTime()) * random())
          : null,
    };
  }

  /**
   * Job seekers and their coaches. The participatieladder sets what a person looks for: most aim at paid work
   * (rungs 5 and 6), a sizeable share at volunteer work, participation jobs, day activities and sheltered work.
   * Coaches have caseloads of about 50 (as in Utrecht's pilot), people of one municipality together.
   */
  private profiles(count: number) {
    const { now } = this.options;
    const random = seededRandom(subSeed(this.options.seed, 'profiles'));
    const planned = Array.from({ length: count }, (_, n) => this.profile(random, n));
    const byMunicipality = [...planned].sort(
      (a, b) =>
        a.place.municipalityCode.localeCompare(b.place.municipalityCode) || a.index - b.index,
    );
    const coaches: PlannedUser[] = [];
    const coachRandom = seededRandom(subSeed(this.options.seed, 'coaches'));
    const profiles = new Array<PlannedProfile>(count);
    byMunicipality.forEach((entry, position) => {
      const c = Math.floor(position / CASELOAD);
      if (!coaches[c])
        coaches[c] = {
          id: this.id('coach', c),
          email: `coach-${c + 1}@${GENERATED_EMAIL_DOMAIN}`,
          fullName: personName(coachRandom, chance(coachRandom, 0.25)),
          role: Role.COACH,
          organisationId: null,
          region: null,
          createdAt: daysBefore(now, 420),
        };
      profiles[entry.index] = { ...entry.profile, coachId: (coaches[c] as PlannedUser).id };
    });
    return { profiles, coaches };
  }

  private profile(
    random: Random,
    n: number,
  ): { index: number; place: GeneratorPlace; profile: Omit<PlannedProfile, 'coachId'> } {
    const { now } = this.options;
    const place = this.area.residents.pick(random);
    const level = weighted(random, [
      [6, 30],
      [5, 22],
      [4, 18],
      [3, 15],
      [2, 7],
      [1, 3],
      [null, 5],
    ] as const);
    const statusHolder = chance(random, 0.12);
    const age = weighted(random, [
      ['young', 15],
      ['middle', 50],
      ['older', 35],
    ] as const);
    const indication = level !== null && level >= 3 && level <= 5 && chance(random, 0.12);
    const jobAgreement =
      (level === 4 || level === 5 ? chance(random, 0.2) : chance(random, 0.03)) || indication;
    const targetGroups: TargetGroup[] = [
      ...(age === 'young' ? [TargetGroup.YOUTH] : age === 'older' ? [TargetGroup.AGE_45_PLUS] : []),
      ...(statusHolder ? [TargetGroup.STATUS_HOLDER] : []),
      ...(chance(random, 0.15) ? [TargetGroup.SINGLE_PARENT] : []),
      ...(jobAgreement ? [TargetGroup.JOB_AGREEMENT] : []),
      ...(indication ? [TargetGroup.SHELTERED_WORK] : []),
    ];

    // People further from work mostly look at the sectors that offer unpaid and sheltered places.
    const far = level !== null && level <= 3;
    const sector = weighted(
      random,
      SECTORS.map(
        (s) =>
          [
            s,
            s.weight *
              (far &&
              ['Groen', 'Sociaal werkbedrijf', 'Welzijn en vrijwilligerswerk'].includes(s.name)
                ? 4
                : 1),
          ] as const,
      ),
    );
    const wanted = [this.occupationOf(random, sector)];
    if (chance(random, 0.5)) wanted.push(this.occupationOf(random, sector));
    if (chance(random, 0.2))
      wanted.push(
        this.occupationOf(
          random,
          weighted(
            random,
            SECTORS.map((s) => [s, s.weight] as const),
          ),
        ),
      );
    const occupations = [...new Map(wanted.map((o) => [o.uri, o])).values()];
    const first = occupations[0] as GeneratorOccupation;
    const skillUris = new Set<string>();
    for (const skill of pickFront(random, first.essential, int(random, 3, 6)))
      skillUris.add(skill.uri);
    for (const other of occupations.slice(1))
      for (const skill of pickFront(random, other.essential, int(random, 1, 3)))
        skillUris.add(skill.uri);
    for (const skill of pickFront(random, first.optional, int(random, 0, 2)))
      skillUris.add(skill.uri);

    const routes = this.wantedRoutes(random, level, indication);
    const hoursMin =
      level === null || level >= 5
        ? weighted(random, [
            [8, 1],
            [16, 3],
            [20, 2],
            [24, 3],
            [32, 3],
          ] as const)
        : level >= 3
          ? int(random, 2, 5) * 4
          : int(random, 1, 2) * 4;
    const hours = { min: hoursMin, max: Math.min(40, hoursMin + pick(random, [0, 4, 8, 8, 16])) };
    const modes = pickSome(
      random,
      [
        TransportMode.BICYCLE,
        TransportMode.BICYCLE,
        TransportMode.BICYCLE,
        TransportMode.PUBLIC_TRANSPORT,
        TransportMode.PUBLIC_TRANSPORT,
        TransportMode.CAR,
        TransportMode.WALKING,
        TransportMode.MOPED,
      ],
      int(random, 1, 3),
    );
    const travelKm = Math.max(
      ...modes.map((mode) =>
        mode === TransportMode.CAR
          ? int(random, 15, 40)
          : mode === TransportMode.PUBLIC_TRANSPORT
            ? int(random, 10, 30)
            : mode === TransportMode.MOPED
              ? int(random, 8, 15)
              : mode === TransportMode.BICYCLE
                ? int(random, 5, 12)
                : int(random, 2, 5),
      ),
    );
    const drivingLicences: DrivingLicence[] =
      modes.includes(TransportMode.CAR) || chance(random, 0.1)
        ? [DrivingLicence.B, ...(chance(random, 0.1) ? [DrivingLicence.BE] : [])]
        : [];
    const dutch = statusHolder
      ? weighted(random, [
          [CefrLevel.A1, 15],
          [CefrLevel.A2, 40],
          [CefrLevel.B1, 35],
          [CefrLevel.B2, 10],
        ] as const)
      : weighted(random, [
          [CefrLevel.A2, 5],
          [CefrLevel.B1, 15],
          [CefrLevel.B2, 25],
          [CefrLevel.C1, 30],
          [CefrLevel.C2, 25],
        ] as const);
    const otherLanguages = statusHolder
      ? [pick(random, REFUGEE_LANGUAGES), ...(chance(random, 0.4) ? ['en'] : [])]
      : chance(random, 0.5)
        ? pickSome(random, OTHER_LANGUAGES, int(random, 1, 2))
        : [];
    const educationLevel = weighted(random, [
      [EducationLevel.NONE, 8],
      [EducationLevel.PRIMARY, 10],
      [EducationLevel.VMBO, 22],
      [EducationLevel.MBO_1, 10],
      [EducationLevel.MBO_2, 18],
      [EducationLevel.MBO_3, 12],
      [EducationLevel.MBO_4, 8],
      [EducationLevel.HAVO_VWO, 5],
      [EducationLevel.HBO, 5],
      [EducationLevel.WO, 2],
      [null, 5],
    ] as const);
    const thisYear = Number(this.today.slice(0, 4));
    const diplomas =
      educationLevel !== null && educationLevel.startsWith('MBO') && chance(random, 0.6)
        ? [
            {
              name: `mbo-diploma ${sector.name.toLowerCase()}`,
              level: educationLevel,
              year: int(random, 1990, thisYear),
            },
          ]
        : [];
    const workExperience = Array.from(
      {
        length: weighted(random, [
          [0, 25],
          [1, 40],
          [2, 25],
          [3, 10],
        ] as const),
      },
      (): PlannedWorkExperience => {
        const occupation = chance(random, 0.7)
          ? pick(random, occupations)
          : this.occupationOf(random, sector);
        const from = daysBefore(now, int(random, 180, 5_000));
        const until = chance(random, 0.1)
          ? null
          : new Date(
              Math.min(
                now.getTime() - 31 * DAY_MS,
                from.getTime() + int(random, 90, 1_800) * DAY_MS,
              ),
            );
        return {
          title: capitalised(occupation.labelNl).slice(0, 120),
          employer: chance(random, 0.8)
            ? `${pick(random, sector.kinds)} ${pick(random, EMPLOYER_NAMES)}`
            : null,
          occupationUri: chance(random, 0.7) ? occupation.uri : null,
          from: monthOf(from),
          until: until && monthOf(until) >= monthOf(from) ? monthOf(until) : null,
          description: chance(random, 0.3) ? pick(random, DESCRIPTION_SENTENCES) : null,
          private: chance(random, 0.1),
        };
      },
    );
    const status = weighted(random, [
      [TalentProfileStatus.PUBLISHED, 88],
      [TalentProfileStatus.PAUSED, 5],
      [TalentProfileStatus.DRAFT, 7],
    ] as const);
    // Half of the drafts are unfinished: the essentials a person fills in last are still missing.
    const unfinished = status === TalentProfileStatus.DRAFT && chance(random, 0.5);
    const publishedAt =
      status === TalentProfileStatus.DRAFT
        ? null
        : daysBefore(now, int(random, 1, CONFIRMED_WITHIN_DAYS) + random());
    const createdAt = daysBefore(publishedAt ?? now, int(random, 0, 300) + random());
    const supportNeeds: SupportNeed[] = [
      ...(level !== null && level <= 5 && chance(random, 0.35) ? [SupportNeed.JOB_COACH] : []),
      ...((statusHolder || dutch === CefrLevel.A1 || dutch === CefrLevel.A2) && chance(random, 0.7)
        ? [SupportNeed.LANGUAGE_SUPPORT]
        : []),
      ...(chance(random, 0.08) ? [SupportNeed.ADAPTED_WORKPLACE] : []),
    ];
    const talents = [
      ...pickSome(random, TALENTS, int(random, 1, 3)).map((text) => ({ text, private: false })),
      ...(chance(random, 0.15) ? [{ text: pick(random, PRIVATE_TALENTS), private: true }] : []),
    ];
    const jobSeeker: PlannedUser = {
      id: this.id('job-seeker', n),
      email: `werkzoekende-${n + 1}@${GENERATED_EMAIL_DOMAIN}`,
      fullName: personName(random, statusHolder || chance(random, 0.2)),
      role: Role.JOB_SEEKER,
      organisationId: null,
      region: null,
      createdAt,
    };
    return {
      index: n,
      place,
      profile: {
        id: this.id('talent-profile', n),
        jobSeeker,
        input: {
          headline: chance(random, 0.85)
            ? `${pick(random, HEADLINE_ADJECTIVES)} ${first.labelNl}`.slice(0, 160)
            : null,
          talents,
          skills: unfinished
            ? []
            : [...skillUris].slice(0, 50).map((skillUri) => ({
                skillUri,
                level: weighted(random, [
                  [SkillLevel.BEGINNER, 20],
                  [SkillLevel.COMPETENT, 45],
                  [SkillLevel.PROFICIENT, 25],
                  [SkillLevel.EXPERT, 10],
                ] as const),
              })),
          workExperience,
          educationLevel,
          diplomas,
          languages: [
            { code: 'nl', level: dutch },
            ...otherLanguages.map((code) => ({
              code,
              level: weighted(random, [
                [CefrLevel.B2, 1],
                [CefrLevel.C1, 1],
                [CefrLevel.C2, 3],
              ] as const),
            })),
          ],
          hours: unfinished && chance(random, 0.5) ? null : hours,
          earliestStart: chance(random, 0.4) ? addDays(this.today, int(random, 0, 90)) : null,
          postcode: `${place.pc4} ${postcodeLetters(random)}`,
          travelKm,
          drivingLicences,
          transportModes: modes,
          wantedOccupationUris: occupations.map((o) => o.uri),
          wantedRouteTypes: routes,
        },
        assessment: { participationLevel: level, supportNeeds, targetGroups },
        status,
        createdAt,
        publishedAt,
        pausedAt:
          status === TalentProfileStatus.PAUSED && publishedAt
            ? new Date(publishedAt.getTime() + (now.getTime() - publishedAt.getTime()) * random())
            : null,
      },
    };
  }

  /** What a person at a rung of the participatieladder looks for; at least one route. */
  private wantedRoutes(random: Random, level: number | null, indication: boolean): RouteType[] {
    const {
      PAID_JOB,
      SUPPORTED_JOB,
      LEARN_WORK,
      WORK_EXPERIENCE,
      PARTICIPATION_JOB,
      VOLUNTEER,
      SHELTERED_WORK,
      DAY_ACTIVITY,
      SOCIAL_ACTIVATION,
      SELF_EMPLOYMENT,
    } = RouteType;
    const options: readonly (readonly [RouteType, number])[] =
      level === null
        ? [
            [PAID_JOB, 0.8],
            [LEARN_WORK, 0.2],
            [WORK_EXPERIENCE, 0.2],
            [VOLUNTEER, 0.1],
          ]
        : level === 6
          ? [
              [PAID_JOB, 1],
              [LEARN_WORK, 0.25],
              [WORK_EXPERIENCE, 0.1],
              [SUPPORTED_JOB, 0.05],
              [SELF_EMPLOYMENT, 0.05],
            ]
          : level === 5
            ? [
                [SUPPORTED_JOB, 0.6],
                [PAID_JOB, 0.6],
                [LEARN_WORK, 0.3],
                [WORK_EXPERIENCE, 0.3],
              ]
            : level === 4
              ? [
                  [VOLUNTEER, 0.5],
                  [PARTICIPATION_JOB, 0.5],
                  [WORK_EXPERIENCE, 0.4],
                  [LEARN_WORK, 0.2],
                  [SUPPORTED_JOB, 0.1],
                ]
              : level === 3
                ? [
                    [VOLUNTEER, 0.6],
                    [DAY_ACTIVITY, 0.4],
                    [PARTICIPATION_JOB, 0.3],
                    [WORK_EXPERIENCE, 0.15],
                  ]
                : level === 2
                  ? [
                      [SOCIAL_ACTIVATION, 0.6],
                      [DAY_ACTIVITY, 0.5],
                      [VOLUNTEER, 0.4],
                    ]
                  : [
                      [SOCIAL_ACTIVATION, 0.8],
                      [DAY_ACTIVITY, 0.4],
                      [VOLUNTEER, 0.2],
                    ];
    const routes = options.filter(([, p]) => chance(random, p)).map(([route]) => route);
    if (indication && level !== null && level >= 4) routes.push(SHELTERED_WORK);
    if (routes.length === 0) routes.push((options[0] as readonly [RouteType, number])[0]);
    return [...new Set(routes)];
  }
}

/**
 * The whole data set of a size as plain records, from the reference data and the seed alone: the same seed, size
 * and moment give the same plan, record for record. Nothing here touches a database.
 */
export function planGeneratedData(
  catalogue: GeneratorCatalogue,
  options: PlanOptions,
): GeneratorPlan {
  return new Planner(catalogue, options).plan();
}
