import { RouteType, SupportNeed, TargetGroup } from '@werkmatch/work/domain';
import { isEligible } from './eligibility';
import type { MatchCandidate } from './match-input';
import { scoreMatch } from './score-match';
import {
  aCandidate,
  aVacancy,
  randomCandidate,
  randomVacancy,
  seededRandom,
} from './testing/match-fixtures';

/** What a profile or account may hold that matching must never weigh (issue 6, DOMAIN.md). */
interface ProtectedAttributes {
  name: string;
  firstName: string;
  dateOfBirth: string;
  age: number;
  gender: string;
  origin: string;
  nationality: string;
  countryOfBirth: string;
  targetGroups: TargetGroup[];
  supportNeeds: SupportNeed[];
  photo: string;
  photoUrl: string;
}
type ProtectedKey = keyof ProtectedAttributes;

// Fails to compile the day someone adds such a field to the scorer's input.
const noProtectedField: [Extract<keyof MatchCandidate, ProtectedKey>] extends [never]
  ? true
  : false = true;

const NAMES = [
  'Fatima El Amrani',
  'Jan de Vries',
  'Daniel Haile',
  'Anna Kowalska',
  'Mehmet Yılmaz',
];
const GENDERS = ['female', 'male', 'non-binary', 'unknown'];
const ORIGINS = ['NL', 'MA', 'ER', 'SY', 'PL', 'TR', 'SR'];

function protectedAttributes(random: () => number): ProtectedAttributes {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
  const age = 16 + Math.floor(random() * 52);
  return {
    name: pick(NAMES),
    firstName: pick(NAMES).split(' ')[0] as string,
    dateOfBirth: `${2026 - age}-0${1 + Math.floor(random() * 9)}-15`,
    age,
    gender: pick(GENDERS),
    origin: pick(ORIGINS),
    nationality: pick(ORIGINS),
    countryOfBirth: pick(ORIGINS),
    targetGroups: Object.values(TargetGroup).filter(() => random() < 0.3),
    supportNeeds: Object.values(SupportNeed).filter(() => random() < 0.3),
    photo: `data:image/jpeg;base64,${Math.floor(random() * 1e9).toString(36)}`,
    photoUrl: `https://example.org/photos/${Math.floor(random() * 1e6)}.jpg`,
  };
}

describe('fairness of matching', () => {
  it('gives the same score, explanation and eligibility whatever name, age, gender, origin, target group, support need or photo a profile carries', () => {
    const random = seededRandom(2026);
    const vacancies = Array.from({ length: 25 }, () => randomVacancy(random));
    const differences: string[] = [];
    let eligiblePairs = 0;
    for (let i = 0; i < 200; i++) {
      const person = randomCandidate(random);
      // At runtime a caller could hand over a whole profile; none of the extra fields may make a difference.
      const variants = Array.from({ length: 4 }, () => ({
        ...person,
        ...protectedAttributes(random),
      }));
      vacancies.forEach((vacancy, v) => {
        const expected = JSON.stringify([scoreMatch(person, vacancy), isEligible(person, vacancy)]);
        if (isEligible(person, vacancy).eligible) eligiblePairs++;
        for (const variant of variants)
          if (
            JSON.stringify([scoreMatch(variant, vacancy), isEligible(variant, vacancy)]) !==
            expected
          )
            differences.push(`person ${i}, vacancy ${v}`);
      });
    }
    expect(differences).toEqual([]);
    // The generated pairs must include proposable ones, or the comparison above proves little.
    expect(eligiblePairs).toBeGreaterThan(50);
  });

  it('does not let the scorer be called with protected attributes', () => {
    const person = aCandidate();
    const vacancy = aVacancy();
    const expected = scoreMatch(person, vacancy).score;
    expect(
      scoreMatch(
        {
          ...person,
          // @ts-expect-error a name is no input to matching
          name: 'Fatima El Amrani',
        },
        vacancy,
      ).score,
    ).toBe(expected);
    expect(
      scoreMatch(
        {
          ...person,
          // @ts-expect-error target groups are no input to matching (they may filter, never weigh)
          targetGroups: [TargetGroup.STATUS_HOLDER],
        },
        vacancy,
      ).score,
    ).toBe(expected);
    expect(
      scoreMatch(
        {
          ...person,
          // @ts-expect-error support needs are no input to matching
          supportNeeds: [SupportNeed.LANGUAGE_SUPPORT],
        },
        vacancy,
      ).score,
    ).toBe(expected);
    expect(
      isEligible(
        {
          ...person,
          // @ts-expect-error age is no input to matching
          age: 58,
        },
        vacancy,
      ).eligible,
    ).toBe(true);
    expect(noProtectedField).toBe(true);
  });

  it('reads nothing outside its input fields, and never the eligibility indications', () => {
    const scored: (keyof MatchCandidate)[] = [
      'skills',
      'wantedOccupations',
      'educationLevel',
      'dutchLevel',
      'hours',
      'earliestStart',
      'location',
      'travelKm',
      'participationLevel',
    ];
    const read = new Set<string | symbol>();
    const watched = new Proxy(
      { ...aCandidate(), ...protectedAttributes(seededRandom(1)) },
      {
        get(target, key, receiver) {
          read.add(key);
          return Reflect.get(target, key, receiver);
        },
      },
    );
    scoreMatch(
      watched,
      aVacancy({ routeType: RouteType.SHELTERED_WORK, reservedForJobAgreement: true }),
    );
    expect([...read].sort()).toEqual([...scored].sort());
    read.clear();
    isEligible(
      watched,
      aVacancy({ routeType: RouteType.SHELTERED_WORK, reservedForJobAgreement: true }),
    );
    expect([...read].filter((key) => !scored.includes(key as keyof MatchCandidate)).sort()).toEqual(
      ['hasShelteredWorkIndication', 'inJobAgreementRegister', 'wantedRouteTypes'],
    );
  });

  it('lets the sheltered-work indication and the Banenafspraak register change eligibility but never a score', () => {
    const random = seededRandom(42);
    const vacancies = Array.from({ length: 40 }, () => randomVacancy(random));
    let changedEligibility = 0;
    let scoreChanges = 0;
    for (let i = 0; i < 150; i++) {
      const person = randomCandidate(random);
      const flags: Pick<MatchCandidate, 'hasShelteredWorkIndication' | 'inJobAgreementRegister'>[] =
        [
          { hasShelteredWorkIndication: false, inJobAgreementRegister: false },
          { hasShelteredWorkIndication: true, inJobAgreementRegister: false },
          { hasShelteredWorkIndication: false, inJobAgreementRegister: true },
          { hasShelteredWorkIndication: true, inJobAgreementRegister: true },
        ];
      for (const vacancy of vacancies) {
        const results = flags.map((flag) => ({
          score: scoreMatch({ ...person, ...flag }, vacancy),
          eligible: isEligible({ ...person, ...flag }, vacancy).eligible,
        }));
        const scores = new Set(results.map((result) => JSON.stringify(result.score)));
        if (scores.size > 1) scoreChanges++;
        if (new Set(results.map((result) => result.eligible)).size > 1) {
          changedEligibility++;
          // Only a sheltered-work place or a reserved place can depend on them.
          expect(
            vacancy.routeType === RouteType.SHELTERED_WORK || vacancy.reservedForJobAgreement,
          ).toBe(true);
        }
      }
    }
    expect(scoreChanges).toBe(0);
    expect(changedEligibility).toBeGreaterThan(10);
  });
});
