export { distanceKm } from './distance';
export type { Coordinates } from './distance';
export { isDutchPostcode, parseDutchPostcode, POSTCODE_RULE } from './postcode';
export type { DutchPostcode } from './postcode';
