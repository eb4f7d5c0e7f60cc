import { CefrLevel, EducationLevel, RouteType, SkillLevel } from '@werkmatch/work/domain';
import type { CandidateSkill, MatchCandidate, MatchVacancy, SkillRef } from '../match-input';

/** Test data for the matching specs: a person and a vacancy that fit on every part, to vary one part at a time. */

export const HOUTEN = { lat: 52.022, lon: 5.165 };

/** A point `km` due north: along a meridian the great-circle distance is exact, so tests can name it. */
export function kmNorthOf(origin: { lat: number; lon: number }, km: number) {
  return { lat: origin.lat + (km / 6371.0088) * (180 / Math.PI), lon: origin.lon };
}

export const skill = (id: string, label = id): SkillRef => ({ id, label });
export const own = (ref: SkillRef, level = SkillLevel.PROFICIENT): CandidateSkill => ({
  ...ref,
  level,
});

export const FORKLIFT = skill('esco:operate-forklift', 'heftruckcertificaat');
export const ORDER_PICKING = skill('esco:pick-orders', 'orders verzamelen');
export const STACKING = skill('esco:stack-goods', 'goederen stapelen');
export const LIFTING = skill('esco:lift-heavy-weights', 'zwaar tillen');
export const RECEIVING = skill('esco:receive-goods', 'goederen ontvangen');
export const SCANNING = skill('esco:warehouse-records', 'magazijnsysteem bedienen');

export const WAREHOUSE_WORKER = {
  id: 'esco:occupation:warehouse-worker',
  label: 'magazijnmedewerker',
  iscoGroup: '9333',
};

export function aCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    skills: [FORKLIFT, ORDER_PICKING, STACKING, LIFTING, RECEIVING].map((ref) => own(ref)),
    wantedOccupations: [{ id: WAREHOUSE_WORKER.id, iscoGroup: WAREHOUSE_WORKER.iscoGroup }],
    educationLevel: EducationLevel.VMBO,
    dutchLevel: CefrLevel.B1,
    hours: { min: 24, max: 32 },
    earliestStart: '2026-03-01',
    location: HOUTEN,
    travelKm: 15,
    wantedRouteTypes: [RouteType.PAID_JOB],
    participationLevel: 6,
    hasShelteredWorkIndication: false,
    inJobAgreementRegister: false,
    ...overrides,
  };
}

export function aVacancy(overrides: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    requiredSkills: [FORKLIFT, ORDER_PICKING, STACKING, LIFTING, RECEIVING],
    niceToHaveSkills: [],
    occupation: WAREHOUSE_WORKER,
    occupationEssentialSkills: [],
    routeType: RouteType.PAID_JOB,
    hours: { min: 24, max: 32 },
    location: HOUTEN,
    remote: false,
    minDutchLevel: CefrLevel.A2,
    educationLevel: EducationLevel.VMBO,
    inclusiveOptions: [],
    reservedForJobAgreement: false,
    closingDate: '2026-03-31',
    ...overrides,
  };
}

/** mulberry32: a fixed seed gives the same "random" people and vacancies on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)] as T;
const some = <T>(random: () => number, values: readonly T[], max: number): T[] =>
  values.filter(() => random() < max / values.length);

const SKILL_POOL: readonly SkillRef[] = Array.from({ length: 40 }, (_, i) =>
  skill(`esco:skill-${i}`, `vaardigheid ${i}`),
);
const ISCO_POOL = ['9333', '9334', '9321', '8344', '5321', '5322', '2221', '5120', '5131', '4110'];
const ROUTES = Object.values(RouteType);
const LEVELS = Object.values(SkillLevel);

function hoursRange(random: () => number) {
  const min = 1 + Math.floor(random() * 32);
  return { min, max: Math.min(40, min + Math.floor(random() * 16)) };
}

function nearHouten(random: () => number) {
  return { lat: 52.022 + (random() - 0.5) * 0.4, lon: 5.165 + (random() - 0.5) * 0.6 };
}

function isoDate(random: () => number) {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A person with random but valid content on every field. */
export function randomCandidate(random: () => number): MatchCandidate {
  const group = pick(random, ISCO_POOL);
  return {
    skills: some(random, SKILL_POOL, 8).map((ref) => own(ref, pick(random, LEVELS))),
    wantedOccupations:
      random() < 0.2
        ? []
        : [{ id: `esco:occupation:${group}-${Math.floor(random() * 3)}`, iscoGroup: group }],
    educationLevel: random() < 0.2 ? null : pick(random, Object.values(EducationLevel)),
    dutchLevel: random() < 0.1 ? null : pick(random, Object.values(CefrLevel)),
    hours: hoursRange(random),
    earliestStart: random() < 0.3 ? null : isoDate(random),
    location: nearHouten(random),
    travelKm: 1 + Math.floor(random() * 40),
    wantedRouteTypes: some(random, ROUTES, 4),
    participationLevel: random() < 0.15 ? null : 1 + Math.floor(random() * 6),
    hasShelteredWorkIndication: random() < 0.2,
    inJobAgreementRegister: random() < 0.2,
  };
}

/** A vacancy with random but valid content on every field. */
export function randomVacancy(random: () => number): MatchVacancy {
  const group = pick(random, ISCO_POOL);
  const remote = random() < 0.1;
  return {
    requiredSkills: some(random, SKILL_POOL, 4).slice(0, 30),
    niceToHaveSkills: some(random, SKILL_POOL, 2),
    occupation:
      random() < 0.15
        ? null
        : {
            id: `esco:occupation:${group}-${Math.floor(random() * 3)}`,
            label: `beroep ${group}`,
            iscoGroup: group,
          },
    occupationEssentialSkills: some(random, SKILL_POOL, 10),
    routeType: pick(random, ROUTES),
    hours: hoursRange(random),
    location: remote && random() < 0.5 ? null : nearHouten(random),
    remote,
    minDutchLevel: random() < 0.3 ? null : pick(random, Object.values(CefrLevel)),
    educationLevel: random() < 0.4 ? null : pick(random, Object.values(EducationLevel)),
    inclusiveOptions: [],
    reservedForJobAgreement: random() < 0.15,
    closingDate: random() < 0.3 ? null : isoDate(random),
  };
}
