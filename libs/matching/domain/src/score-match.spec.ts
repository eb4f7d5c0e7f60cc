import {
  CefrLevel,
  EducationLevel,
  InclusiveOption,
  RouteType,
  SkillLevel,
} from '@werkmatch/work/domain';
import { ExplanationItem, ExplanationKind } from './explanation';
import { DEFAULT_MATCH_WEIGHTS, MatchWeights } from './match-config';
import { scoreMatch, scoreMatchOnly } from './score-match';
import {
  aCandidate,
  aVacancy,
  FORKLIFT,
  HOUTEN,
  kmNorthOf,
  LIFTING,
  ORDER_PICKING,
  own,
  randomCandidate,
  randomVacancy,
  RECEIVING,
  SCANNING,
  seededRandom,
  skill,
  STACKING,
  WAREHOUSE_WORKER,
} from './testing/match-fixtures';

function item<K extends ExplanationKind>(
  items: ExplanationItem[],
  kind: K,
): Extract<ExplanationItem, { kind: K }> {
  const found = items.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no ${kind} item`);
  return found as Extract<ExplanationItem, { kind: K }>;
}

describe('scoreMatch', () => {
  it('gives 100 when every part fits and explains each part in Dutch and English', () => {
    const { score, items } = scoreMatch(aCandidate(), aVacancy());
    expect(score).toBe(100);
    expect(items.map((entry) => entry.kind)).toEqual([
      ExplanationKind.REQUIRED_SKILLS,
      ExplanationKind.OCCUPATION,
      ExplanationKind.DISTANCE,
      ExplanationKind.HOURS,
      ExplanationKind.LANGUAGE,
      ExplanationKind.EDUCATION,
      ExplanationKind.ROUTE,
      ExplanationKind.START,
    ]);
    for (const entry of items) {
      expect(entry.score).toBe(1);
      expect(entry.nl).not.toBe('');
      expect(entry.en).not.toBe('');
    }
  });

  it('explains required-skill coverage and names the required skills the person lacks', () => {
    const person = aCandidate({
      skills: [ORDER_PICKING, STACKING, LIFTING, RECEIVING].map((ref) => own(ref)),
    });
    const required = item(scoreMatch(person, aVacancy()).items, ExplanationKind.REQUIRED_SKILLS);
    expect(required.nl).toBe('4 van 5 vereiste vaardigheden. Mist: heftruckcertificaat');
    expect(required.en).toBe('4 of 5 required skills. Missing: heftruckcertificaat');
    expect(required.score).toBe(0.8);
    expect(required.data.missing).toEqual([FORKLIFT]);
    expect(required.data.matched.map((entry) => entry.id)).toEqual([
      ORDER_PICKING.id,
      STACKING.id,
      LIFTING.id,
      RECEIVING.id,
    ]);
  });

  it('names at most five missing skills in the sentence and all of them in the data', () => {
    const many = Array.from({ length: 8 }, (_, i) => skill(`esco:s${i}`, `vaardigheid ${i}`));
    const required = item(
      scoreMatch(aCandidate(), aVacancy({ requiredSkills: many })).items,
      ExplanationKind.REQUIRED_SKILLS,
    );
    expect(required.nl).toBe(
      '0 van 8 vereiste vaardigheden. Mist: vaardigheid 0, vaardigheid 1, vaardigheid 2, vaardigheid 3, vaardigheid 4 en 3 meer',
    );
    expect(required.en).toMatch(/vaardigheid 4 and 3 more$/);
    expect(required.data.missing).toHaveLength(8);
  });

  it('counts a skill the person assesses as beginner for less than one they master', () => {
    const beginner = aCandidate({
      skills: [FORKLIFT, ORDER_PICKING, STACKING, LIFTING, RECEIVING].map((ref) =>
        own(ref, ref === FORKLIFT ? SkillLevel.BEGINNER : SkillLevel.PROFICIENT),
      ),
    });
    const { score, items } = scoreMatch(beginner, aVacancy());
    expect(score).toBeLessThan(scoreMatch(aCandidate(), aVacancy()).score);
    const required = item(items, ExplanationKind.REQUIRED_SKILLS);
    expect(required.nl).toBe('5 van 5 vereiste vaardigheden (1 als beginner)');
    expect(required.score).toBe(0.92);
  });

  it('fills a short list of required skills of a paid job with essential skills of its ESCO occupation', () => {
    const job = aVacancy({
      requiredSkills: [FORKLIFT],
      occupationEssentialSkills: [FORKLIFT, ORDER_PICKING, STACKING, SCANNING, LIFTING],
    });
    const knowsTheTrade = aCandidate({
      skills: [FORKLIFT, ORDER_PICKING, STACKING, LIFTING].map((ref) => own(ref)),
    });
    const onlyTheListedSkill = aCandidate({ skills: [own(FORKLIFT)] });
    const trade = item(scoreMatch(knowsTheTrade, job).items, ExplanationKind.REQUIRED_SKILLS);
    expect(trade.nl).toBe(
      '1 van 1 vereiste vaardigheden en 3 van 3 kernvaardigheden van het beroep (ESCO)',
    );
    expect(trade.en).toBe('1 of 1 required skills and 3 of 3 core skills of the occupation (ESCO)');
    expect(trade.score).toBe(1);
    expect(trade.data.occupationSlots).toBe(3);
    const thin = item(scoreMatch(onlyTheListedSkill, job).items, ExplanationKind.REQUIRED_SKILLS);
    expect(thin.score).toBe(0.25);
    expect(thin.data.missing).toEqual([]);
  });

  it('fills nothing from ESCO on learn-work, work-experience, sheltered, volunteer and day-activity places', () => {
    const person = aCandidate({
      skills: [own(FORKLIFT)],
      wantedRouteTypes: Object.values(RouteType),
      participationLevel: null,
    });
    for (const routeType of [
      RouteType.LEARN_WORK,
      RouteType.WORK_EXPERIENCE,
      RouteType.SHELTERED_WORK,
      RouteType.VOLUNTEER,
      RouteType.DAY_ACTIVITY,
    ]) {
      const place = aVacancy({
        routeType,
        requiredSkills: [FORKLIFT],
        occupationEssentialSkills: [ORDER_PICKING, STACKING, SCANNING],
      });
      const required = item(scoreMatch(person, place).items, ExplanationKind.REQUIRED_SKILLS);
      expect(required.score).toBe(1);
      expect(required.data.occupationSlots).toBe(0);
    }
  });

  it('explains nice-to-have skills and counts them apart from the required ones', () => {
    const job = aVacancy({ niceToHaveSkills: [SCANNING, skill('esco:first-aid', 'EHBO')] });
    const person = aCandidate({
      skills: [...aCandidate().skills, own(SCANNING)],
    });
    const nice = item(scoreMatch(person, job).items, ExplanationKind.NICE_TO_HAVE_SKILLS);
    expect(nice.nl).toBe('1 van 2 gewenste vaardigheden');
    expect(nice.en).toBe('1 of 2 nice-to-have skills');
    expect(nice.data.missing.map((entry) => entry.label)).toEqual(['EHBO']);
  });

  it('ranks the wanted occupation above the same ISCO unit, minor and sub-major group, and those above another', () => {
    const occupation = (iscoGroup: string, id = `esco:other-${iscoGroup}`) =>
      aVacancy({ occupation: { id, label: 'beroep', iscoGroup } });
    const person = aCandidate({
      wantedOccupations: [{ id: WAREHOUSE_WORKER.id, iscoGroup: '9333' }],
    });
    const fits = [
      occupation('9333', WAREHOUSE_WORKER.id),
      occupation('9333'),
      occupation('9334'),
      occupation('9312'),
      occupation('8344'),
    ].map((job) => item(scoreMatch(person, job).items, ExplanationKind.OCCUPATION));
    expect(fits.map((fit) => fit.data.level)).toEqual([
      'EXACT',
      'ISCO_4',
      'ISCO_3',
      'ISCO_2',
      'OTHER',
    ]);
    expect(fits.map((fit) => fit.score)).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(fits[0].nl).toBe('Gewenst beroep: beroep');
    expect(fits[2].en).toBe('beroep: related to a wanted occupation (ISCO 933)');
  });

  it('judges a person who named no wanted occupation by their skills alone', () => {
    const occupation = (skills: ReturnType<typeof own>[]) =>
      item(
        scoreMatch(aCandidate({ wantedOccupations: [], skills }), aVacancy()).items,
        ExplanationKind.OCCUPATION,
      );
    const skilled = occupation([FORKLIFT, ORDER_PICKING, STACKING, LIFTING].map((ref) => own(ref)));
    expect(skilled.data.level).toBe('NONE_WANTED');
    expect(skilled.score).toBe(0.8);
    expect(skilled.nl).toBe(
      'magazijnmedewerker: geen gewenst beroep opgegeven, de vaardigheden tellen hier',
    );
    expect(occupation([own(SCANNING)]).score).toBe(0);
  });

  it('scores distance down towards the edge of the travel range and explains it', () => {
    const person = aCandidate({ location: HOUTEN, travelKm: 15 });
    const at = (km: number) =>
      item(
        scoreMatch(person, aVacancy({ location: kmNorthOf(HOUTEN, km) })).items,
        ExplanationKind.DISTANCE,
      );
    expect(at(12).nl).toBe('12 km, binnen 15 km reisafstand');
    expect(at(12).en).toBe('12 km, within a 15 km travel range');
    expect(at(12).data).toEqual({ remote: false, km: 12, travelKm: 15 });
    expect(at(0).score).toBe(1);
    expect(at(7.5).score).toBe(0.7);
    expect(at(14.999).score).toBe(0.4);
    expect(at(23).score).toBe(0);
    expect(at(23).nl).toBe('23 km, buiten 15 km reisafstand');
  });

  it('counts remote work as fully within reach', () => {
    const distance = item(
      scoreMatch(aCandidate(), aVacancy({ remote: true, location: null })).items,
      ExplanationKind.DISTANCE,
    );
    expect(distance).toMatchObject({ score: 1, nl: 'Werk op afstand', en: 'Remote work' });
  });

  it('scores hours by the hours both ranges share against the narrower range', () => {
    const hours = (available: [number, number], offered: [number, number]) =>
      item(
        scoreMatch(
          aCandidate({ hours: { min: available[0], max: available[1] } }),
          aVacancy({ hours: { min: offered[0], max: offered[1] } }),
        ).items,
        ExplanationKind.HOURS,
      );
    expect(hours([8, 40], [36, 40]).score).toBe(1);
    expect(hours([24, 24], [16, 40]).score).toBe(1);
    expect(hours([12, 20], [16, 24]).score).toBe(0.56);
    expect(hours([12, 20], [16, 24]).nl).toBe('Beschikbaar 12–20 uur, vacature 16–24 uur per week');
    expect(hours([12, 20], [16, 24]).data.overlap).toEqual({ min: 16, max: 20 });
    expect(hours([4, 8], [32, 40])).toMatchObject({
      score: 0,
      en: 'Available 4–8 hours, vacancy 32–40 hours a week: no overlap',
    });
  });

  it('explains the Dutch level against the minimum', () => {
    const language = (level: CefrLevel | null) =>
      item(
        scoreMatch(aCandidate({ dutchLevel: level }), aVacancy({ minDutchLevel: CefrLevel.A2 }))
          .items,
        ExplanationKind.LANGUAGE,
      );
    expect(language(CefrLevel.B1)).toMatchObject({
      score: 1,
      nl: 'Nederlands B1, vereist A2',
      en: 'Dutch B1, A2 required',
    });
    expect(language(CefrLevel.A1)).toMatchObject({ score: 0, nl: 'Nederlands A1, vereist A2' });
    expect(language(null)).toMatchObject({ score: 0, en: 'Dutch unknown, A2 required' });
  });

  it('marks education below the level asked down by the levels short, without ruling the pair out', () => {
    const education = (own: EducationLevel | null) =>
      item(
        scoreMatch(
          aCandidate({ educationLevel: own }),
          aVacancy({ educationLevel: EducationLevel.MBO_2 }),
        ).items,
        ExplanationKind.EDUCATION,
      );
    expect(education(EducationLevel.HBO).score).toBe(1);
    expect(education(EducationLevel.MBO_1).score).toBe(0.6);
    expect(education(EducationLevel.VMBO).score).toBe(0.3);
    expect(education(EducationLevel.NONE).score).toBe(0.1);
    expect(education(EducationLevel.MBO_1).nl).toBe('Opleiding mbo 1, gevraagd mbo 2');
    expect(education(null)).toMatchObject({
      score: 0.5,
      en: 'Education unknown, MBO 2 asked',
    });
  });

  it('ranks a volunteer or participation place above the same work as a regular job at level 3, and the reverse at level 6', () => {
    const routes = [RouteType.VOLUNTEER, RouteType.PARTICIPATION_JOB, RouteType.PAID_JOB];
    const scores = (participationLevel: number) =>
      routes.map(
        (routeType) =>
          scoreMatch(
            aCandidate({ participationLevel, wantedRouteTypes: routes }),
            aVacancy({ routeType }),
          ).score,
      );
    const [volunteer3, participation3, paid3] = scores(3);
    expect(volunteer3).toBeGreaterThan(paid3);
    expect(participation3).toBeGreaterThan(paid3);
    const [volunteer6, participation6, paid6] = scores(6);
    expect(paid6).toBeGreaterThan(volunteer6);
    expect(paid6).toBeGreaterThan(participation6);
    const route = item(
      scoreMatch(
        aCandidate({ participationLevel: 3 }),
        aVacancy({ routeType: RouteType.VOLUNTEER }),
      ).items,
      ExplanationKind.ROUTE,
    );
    expect(route.nl).toBe('Vrijwilligerswerk past bij trede 3 van de participatieladder');
    expect(route.en).toBe('Volunteer work fits participation level 3');
  });

  it('weighs a start long after the closing date down and explains it', () => {
    const start = (earliestStart: string) =>
      item(
        scoreMatch(aCandidate({ earliestStart }), aVacancy({ closingDate: '2026-03-31' })).items,
        ExplanationKind.START,
      );
    expect(start('2026-03-01')).toMatchObject({
      score: 1,
      nl: 'Kan beginnen vóór de sluitdatum (31 maart 2026)',
    });
    expect(start('2026-04-30').score).toBe(1);
    expect(start('2026-08-28')).toMatchObject({
      score: 0.2,
      en: 'Can start on 28 August 2026, closing date 31 March 2026',
    });
    expect(start('2027-01-01').score).toBe(0);
  });

  it('leaves out parts a vacancy does not ask for instead of marking them down', () => {
    const asksLittle = aVacancy({
      niceToHaveSkills: [],
      occupation: null,
      minDutchLevel: null,
      educationLevel: null,
      closingDate: null,
    });
    const { score, items } = scoreMatch(aCandidate({ educationLevel: null }), asksLittle);
    expect(items.map((entry) => entry.kind)).toEqual([
      ExplanationKind.REQUIRED_SKILLS,
      ExplanationKind.DISTANCE,
      ExplanationKind.HOURS,
      ExplanationKind.ROUTE,
    ]);
    expect(score).toBe(100);
  });

  it('lists inclusive options as information that never changes the score', () => {
    const plain = scoreMatch(aCandidate(), aVacancy({ hours: { min: 28, max: 40 } }));
    const inclusive = scoreMatch(
      aCandidate(),
      aVacancy({
        hours: { min: 28, max: 40 },
        inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE, InclusiveOption.PART_TIME_POSSIBLE],
      }),
    );
    expect(inclusive.score).toBe(plain.score);
    expect(item(inclusive.items, ExplanationKind.INCLUSIVE_OPTIONS)).toMatchObject({
      weight: 0,
      nl: 'De werkgever biedt: jobcoach mogelijk, deeltijd mogelijk',
      en: 'The employer offers: job coach possible, part time possible',
    });
  });

  it('uses the weights it is given, and reports them on the items', () => {
    const onlyDistance: MatchWeights = {
      ...Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((key) => [key, 0])),
      distance: 1,
    } as MatchWeights;
    const person = aCandidate({ location: HOUTEN, travelKm: 15 });
    const job = aVacancy({ location: kmNorthOf(HOUTEN, 7.5), requiredSkills: [SCANNING] });
    expect(scoreMatch(person, job, onlyDistance).score).toBe(70);
    expect(scoreMatch(person, job).score).not.toBe(70);
    const required = item(scoreMatch(person, job).items, ExplanationKind.REQUIRED_SKILLS);
    expect(required.weight).toBe(DEFAULT_MATCH_WEIGHTS.requiredSkills);
  });

  it('always gives a whole score from 0 to 100, the same for the same input', () => {
    const random = seededRandom(6);
    for (let i = 0; i < 1000; i++) {
      const person = randomCandidate(random);
      const place = randomVacancy(random);
      const first = scoreMatch(person, place);
      expect(Number.isInteger(first.score)).toBe(true);
      expect(first.score).toBeGreaterThanOrEqual(0);
      expect(first.score).toBeLessThanOrEqual(100);
      expect(scoreMatch(structuredClone(person), structuredClone(place))).toEqual(first);
    }
  });

  it('gives the same score without an explanation as with one', () => {
    const random = seededRandom(7);
    const differences: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const person = randomCandidate(random);
      const place = randomVacancy(random);
      if (scoreMatchOnly(person, place) !== scoreMatch(person, place).score) differences.push(i);
    }
    expect(differences).toEqual([]);
    expect(scoreMatchOnly(aCandidate(), aVacancy({ requiredSkills: [SCANNING] }))).toBe(
      scoreMatch(aCandidate(), aVacancy({ requiredSkills: [SCANNING] })).score,
    );
  });
});
