import {
  CEFR_LEVELS_IN_ORDER,
  InclusiveOption,
  ROUTE_TYPES_IN_ORDER,
} from '@werkmatch/work/domain';
import { HoursBand } from '../search-request';

/*
 * Route types, hours bands and inclusive options are stored as bit masks: bit i stands for value i of its list
 * below. Counting a facet then groups by one small integer (a few dozen distinct masks) instead of unnesting an
 * array per row. The lists only ever grow at the end, or indexed rows would change meaning.
 */
export const ROUTE_BITS: readonly string[] = ROUTE_TYPES_IN_ORDER;
export const BAND_BITS: readonly string[] = Object.values(HoursBand);
export const INCLUSIVE_BITS: readonly string[] = Object.values(InclusiveOption);

export function toMask(values: readonly string[], bits: readonly string[]): number {
  let mask = 0;
  for (const value of values) {
    const bit = bits.indexOf(value);
    if (bit < 0) throw new Error(`${value} has no bit`);
    mask |= 1 << bit;
  }
  return mask;
}

export function fromMask(mask: number, bits: readonly string[]): string[] {
  return bits.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** The CEFR level of a rank (-1, no level, has none). */
export function levelOfRank(rank: number): string | undefined {
  return CEFR_LEVELS_IN_ORDER[rank];
}
