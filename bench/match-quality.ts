import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_MATCH_CONFIG,
  evaluateMatch,
  isEligible,
  MATCH_QUALITY_SET,
  MatchCandidate,
  MatchVacancy,
  measureMatchQuality,
  scoreMatch,
  scoreMatchOnly,
} from '@werkmatch/matching/domain';
import { BenchRow, benchRoot, writeReport } from './support/report';

/**
 * Quality of the match scorer on the hand-labelled set (P@5 and nDCG@10 per person and the mean), and the scorer's
 * throughput on 1M pairs. Pure computation: no database, no Redis.
 * Usage: npm run bench:match-quality [-- --people 1000 --vacancies 1000]
 */

// The minimum the quality test (libs/matching/domain/src/quality/match-quality.spec.ts) asserts.
const MEAN_P5_TARGET = 0.95;
const MEAN_NDCG10_TARGET = 0.93;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** mulberry32, seeded, so every run scores the same pairs. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * People and vacancies for the throughput run: the labelled ones, moved up to ~10 km and with other hours, so the
 * scorer sees the skill lists and ESCO essentials of real occupations rather than toy data.
 */
function variations<T>(
  base: readonly T[],
  count: number,
  vary: (item: T, next: () => number) => T,
) {
  const next = seeded(count);
  return Array.from({ length: count }, (_, i) => vary(base[i % base.length] as T, next));
}

const moved = (point: { lat: number; lon: number }, next: () => number) => ({
  lat: point.lat + (next() - 0.5) * 0.15,
  lon: point.lon + (next() - 0.5) * 0.25,
});

function hours(next: () => number) {
  const min = 4 + Math.floor(next() * 28);
  return { min, max: Math.min(40, min + Math.floor(next() * 12)) };
}

const ROUNDS = 3;

/**
 * Runs every pair ROUNDS times and keeps the median time: the development machines are shared, and one round can
 * be slowed by whatever else runs.
 */
function timePairs(
  people: readonly MatchCandidate[],
  places: readonly MatchVacancy[],
  run: (person: MatchCandidate, place: MatchVacancy) => number,
): { seconds: number; checksum: number } {
  const seconds: number[] = [];
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    checksum = 0;
    const started = performance.now();
    for (const person of people) for (const place of places) checksum += run(person, place);
    seconds.push((performance.now() - started) / 1000);
  }
  seconds.sort((a, b) => a - b);
  return { seconds: seconds[Math.floor(ROUNDS / 2)] as number, checksum };
}

function main(): void {
  const rows: BenchRow[] = [];
  const quality = measureMatchQuality();
  for (const profile of quality.profiles) {
    rows.push({
      benchmark: profile.profileId,
      metric: 'P@5',
      value: profile.precisionAt5 * 100,
      unit: '%',
    });
    rows.push({
      benchmark: profile.profileId,
      metric: 'nDCG@10',
      value: profile.ndcgAt10 * 100,
      unit: '%',
    });
  }
  rows.push({
    benchmark: `mean over ${quality.profiles.length} people`,
    metric: 'P@5',
    value: quality.meanPrecisionAt5 * 100,
    unit: '%',
    target: `≥ ${MEAN_P5_TARGET * 100} %`,
    meetsTarget: quality.meanPrecisionAt5 >= MEAN_P5_TARGET,
  });
  rows.push({
    benchmark: `mean over ${quality.profiles.length} people`,
    metric: 'nDCG@10',
    value: quality.meanNdcgAt10 * 100,
    unit: '%',
    target: `≥ ${MEAN_NDCG10_TARGET * 100} %`,
    meetsTarget: quality.meanNdcgAt10 >= MEAN_NDCG10_TARGET,
  });

  const peopleCount = argument('people', 1000);
  const vacancyCount = argument('vacancies', 1000);
  const people = variations(
    MATCH_QUALITY_SET.profiles.map((profile) => profile.candidate),
    peopleCount,
    (person, next) => ({ ...person, location: moved(person.location, next), hours: hours(next) }),
  );
  const places = variations(
    MATCH_QUALITY_SET.vacancies.map((entry) => entry.vacancy),
    vacancyCount,
    (place, next) => ({
      ...place,
      location: place.location && moved(place.location, next),
      hours: hours(next),
    }),
  );
  const pairs = peopleCount * vacancyCount;
  // Warm-up, so the JIT has compiled the scorer before the clock runs.
  timePairs(people.slice(0, 20), places, (person, place) => scoreMatch(person, place).score);

  const score = timePairs(people, places, (person, place) => scoreMatch(person, place).score);
  const scoreOnly = timePairs(people, places, (person, place) => scoreMatchOnly(person, place));
  if (scoreOnly.checksum !== score.checksum)
    throw new Error('scoreMatchOnly differs from scoreMatch');
  const eligibility = timePairs(people, places, (person, place) =>
    isEligible(person, place).eligible ? 1 : 0,
  );
  const evaluate = timePairs(people, places, (person, place) =>
    evaluateMatch(person, place, DEFAULT_MATCH_CONFIG).proposable ? 1 : 0,
  );
  const label = `${pairs.toLocaleString('en')} pairs (${peopleCount} people × ${vacancyCount} vacancies)`;
  rows.push(
    {
      benchmark: `scoreMatch with explanation, ${label}`,
      metric: 'throughput',
      value: pairs / score.seconds,
      unit: 'scores/s',
    },
    {
      benchmark: `scoreMatch, ${label}, median of ${ROUNDS}`,
      metric: 'time',
      value: score.seconds,
      unit: 's',
    },
    {
      benchmark: `scoreMatchOnly (score without explanation), ${label}`,
      metric: 'throughput',
      value: pairs / scoreOnly.seconds,
      unit: 'scores/s',
    },
    {
      benchmark: `isEligible, ${label}`,
      metric: 'throughput',
      value: pairs / eligibility.seconds,
      unit: 'pairs/s',
    },
    {
      benchmark: `evaluateMatch (eligibility + score), ${label}`,
      metric: 'throughput',
      value: pairs / evaluate.seconds,
      unit: 'pairs/s',
    },
    {
      benchmark: `share of the pairs proposable, ${label}`,
      metric: 'proposable',
      value: (evaluate.checksum / pairs) * 100,
      unit: '%',
    },
  );
  process.stdout.write(`checksum of scores: ${score.checksum}\n`);

  writeReport('match-quality', rows, {
    config: DEFAULT_MATCH_CONFIG,
    profiles: quality.profiles,
  });

  // The proposals behind the figures, so a reader can judge them without running anything.
  const grades = ['0', '1', '2', '3'];
  const lines = [
    '',
    '#### Proposals per person (score, hand-made grade 0–3)',
    '',
    '| person | P@5 | nDCG@10 | proposed, best first |',
    '| --- | ---: | ---: | --- |',
    ...quality.profiles.map(
      (profile) =>
        `| ${profile.profileId}: ${profile.summary} | ${profile.precisionAt5.toFixed(2)} | ${profile.ndcgAt10.toFixed(2)} | ${
          profile.proposed
            .map((entry) => `${entry.vacancyId} ${entry.score} (${grades[entry.relevance]})`)
            .join(', ') || 'nothing'
        } |`,
    ),
    '',
  ];
  appendFileSync(join(benchRoot, 'results', 'match-quality.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
