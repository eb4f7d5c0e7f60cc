import { join } from 'node:path';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import { RouteType, TargetGroup } from '@werkmatch/work/domain';
import { GeneratorCatalogue, readGeneratorCatalogue } from './catalogue';
import { planGeneratedData } from './plan';
import { GeneratorInputError, parseGeneratorSize } from './sizes';

const referenceDir = join(__dirname, '..', '..', '..', '..', 'data', 'reference');
const now = new Date('2026-05-04T10:00:00Z');
const HOUTEN = 'GM0321';

describe('planGeneratedData', () => {
  let catalogue: GeneratorCatalogue;

  beforeAll(() => {
    catalogue = readGeneratorCatalogue(referenceDir);
  });

  it('makes the same data from the same seed, size and moment', () => {
    const first = planGeneratedData(catalogue, { size: 'small', seed: 7, now });
    const second = planGeneratedData(catalogue, { size: 'small', seed: 7, now });
    expect(JSON.stringify(second)).toEqual(JSON.stringify(first));
  });

  it('makes other data from another seed', () => {
    const first = planGeneratedData(catalogue, { size: 'small', seed: 7, now });
    const other = planGeneratedData(catalogue, { size: 'small', seed: 8, now });
    expect(other.profiles.map((p) => p.input.postcode)).not.toEqual(
      first.profiles.map((p) => p.input.postcode),
    );
    expect(other.profiles[0]?.id).not.toEqual(first.profiles[0]?.id);
  });

  it('makes as many profiles and vacancies as the size names', () => {
    const plan = planGeneratedData(catalogue, { size: 'small', seed: 1, now });
    expect(plan.profiles).toHaveLength(2_000);
    expect(plan.vacancies).toHaveLength(500);
    expect(new Set(plan.profiles.map((p) => p.jobSeeker.email)).size).toBe(2_000);
    // Caseloads of about 50, as in Utrecht's pilot.
    expect(plan.coaches).toHaveLength(40);
  });

  it('places the small size in Houten and its surroundings, most people in Houten itself', () => {
    const plan = planGeneratedData(catalogue, { size: 'small', seed: 1, now });
    const places = new Map(catalogue.places.map((place) => [place.pc4, place]));
    const homes = plan.profiles.map((p) => places.get(p.input.postcode?.slice(0, 4) ?? ''));
    expect(homes.every((place) => place?.region === 'Midden-Utrecht')).toBe(true);
    const inHouten = homes.filter((place) => place?.municipalityCode === HOUTEN).length;
    expect(inHouten / homes.length).toBeGreaterThan(0.5);
    const workplaces = plan.vacancies.map((v) => places.get(v.draft.postcode?.slice(0, 4) ?? ''));
    expect(workplaces.every((place) => place?.region === 'Midden-Utrecht')).toBe(true);
  });

  it('places the city size’s people in Utrecht and the national size’s in every region', () => {
    const places = new Map(catalogue.places.map((place) => [place.pc4, place]));
    const home = (postcode: string | null | undefined) => places.get(postcode?.slice(0, 4) ?? '');
    const city = planGeneratedData(catalogue, {
      size: 'city',
      seed: 1,
      now,
      counts: { profiles: 2_000, vacancies: 200 },
    });
    expect(city.profiles.every((p) => home(p.input.postcode)?.municipalityName === 'Utrecht')).toBe(
      true,
    );
    const national = planGeneratedData(catalogue, {
      size: 'national',
      seed: 1,
      now,
      counts: { profiles: 5_000, vacancies: 500 },
    });
    expect(new Set(national.profiles.map((p) => home(p.input.postcode)?.region)).size).toBe(35);
    expect(national.accountManagers).toHaveLength(70);
  });

  it('aims most people at paid work and a sizeable share at volunteer, participation and sheltered places', () => {
    const plan = planGeneratedData(catalogue, { size: 'small', seed: 3, now });
    const share = (test: (routes: readonly RouteType[]) => boolean) =>
      plan.profiles.filter((p) => test(p.input.wantedRouteTypes ?? [])).length /
      plan.profiles.length;
    const paid = share(
      (r) => r.includes(RouteType.PAID_JOB) || r.includes(RouteType.SUPPORTED_JOB),
    );
    const unpaid = share((r) =>
      r.some((route) =>
        [
          RouteType.VOLUNTEER,
          RouteType.PARTICIPATION_JOB,
          RouteType.SHELTERED_WORK,
          RouteType.DAY_ACTIVITY,
          RouteType.SOCIAL_ACTIVATION,
        ].includes(route),
      ),
    );
    expect(paid).toBeGreaterThan(0.5);
    expect(unpaid).toBeGreaterThan(0.3);
    // A sheltered-work place is only for people with the indication: everyone who wants one has it.
    for (const profile of plan.profiles)
      if (profile.input.wantedRouteTypes?.includes(RouteType.SHELTERED_WORK))
        expect(profile.assessment.targetGroups).toContain(TargetGroup.SHELTERED_WORK);
  });

  it('publishes most profiles and vacancies and leaves some in draft, paused or ended', () => {
    const plan = planGeneratedData(catalogue, { size: 'small', seed: 3, now });
    const profiles = new Set(plan.profiles.map((p) => p.status));
    expect([...profiles].sort()).toEqual(Object.values(TalentProfileStatus).sort());
    const published = plan.vacancies.filter((v) => v.status === VacancyStatus.PUBLISHED).length;
    expect(published / plan.vacancies.length).toBeGreaterThan(0.8);
    expect(plan.vacancies.some((v) => v.status === VacancyStatus.DRAFT)).toBe(true);
  });

  it('takes each vacancy’s skills from its ESCO occupation', () => {
    const plan = planGeneratedData(catalogue, { size: 'small', seed: 3, now });
    const occupations = new Map(catalogue.occupations.map((o) => [o.uri, o]));
    for (const vacancy of plan.vacancies.slice(0, 100)) {
      const occupation = occupations.get(vacancy.draft.occupationUri);
      const essential = new Set(occupation?.essential.map((s) => s.uri));
      const optional = new Set(occupation?.optional.map((s) => s.uri));
      expect(vacancy.draft.requiredSkillUris.every((uri) => essential.has(uri))).toBe(true);
      expect(vacancy.draft.niceToHaveSkillUris.every((uri) => optional.has(uri))).toBe(true);
    }
  });
});

describe('parseGeneratorSize', () => {
  it('accepts small, city and national', () => {
    expect(['small', 'city', 'national'].map(parseGeneratorSize)).toEqual([
      'small',
      'city',
      'national',
    ]);
  });

  it('refuses an unknown size, naming the sizes there are', () => {
    expect(() => parseGeneratorSize('huge')).toThrow(GeneratorInputError);
    expect(() => parseGeneratorSize('huge')).toThrow(
      /unknown size "huge".*\n.*small.*\n.*city.*\n.*national/,
    );
    expect(() => parseGeneratorSize(undefined)).toThrow(/no size given/);
  });
});
