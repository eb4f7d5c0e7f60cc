import { createHash } from 'node:crypto';

/** A source of numbers in [0, 1); the generator's only source of chance, so a seed fixes every choice. */
export type Random = () => number;

/** mulberry32: small and fast, and good enough for picking plausible data (not for anything secret). */
export function seededRandom(seed: number): Random {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed of its own for one part of the data, so adding a field to profiles does not reshuffle vacancies. */
export function subSeed(seed: number, part: string): number {
  return createHash('sha1').update(`${seed}:${part}`).digest().readInt32LE(0);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}

export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** One of the keys, each as likely as its weight. */
export function weighted<T>(random: Random, weights: readonly (readonly [T, number])[]): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [value, weight] of weights) {
    at -= weight;
    if (at < 0) return value;
  }
  const last = weights[weights.length - 1];
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

/**
 * A weighted picker over many items (postcode areas, occupations): cumulative weights and a binary search, so
 * 100,000 picks among 4,000 areas stay cheap.
 */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += Math.max(0, weight(item));
      this.cumulative.push(sum);
    }
    if (items.length === 0 || sum <= 0)
      throw new Error('a weighted picker needs a positive weight');
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }
}

/**
 * Up to `count` distinct items, earlier ones more likely (each next one from a geometric fall-off): a vacancy
 * lists an occupation's most typical skills more often than its rare ones, so people and places overlap as they
 * would in reality.
 */
export function pickFront<T>(random: Random, items: readonly T[], count: number, bias = 0.15): T[] {
  const chosen = new Set<number>();
  const wanted = Math.min(count, items.length);
  while (chosen.size < wanted) {
    const index = Math.floor(Math.log(1 - random()) / Math.log(1 - bias)) % items.length;
    chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
}

/** Distinct items, uniformly. */
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

/** A UUID made from a name (SHA-1, version 5 layout): the same seed gives the same ids in every database. */
export function nameUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
