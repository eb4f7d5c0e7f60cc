import type { DataSource } from 'typeorm';
import { GeoService } from '@werkmatch/geo/data-access';
import { ValidationError } from '@werkmatch/shared/errors';

export const REGION_LOOKUP = Symbol('REGION_LOOKUP');

/** Where identity meets the geo reference data: the only two questions it asks about regions. */
export interface RegionLookup {
  /** The labour-market region of a postcode; a ValidationError naming `field` when the postcode is unknown. */
  regionOfPostcode(postcode: string, field: string): Promise<string>;
  regionExists(regionId: string): Promise<boolean>;
}

export function geoRegionLookup(dataSource: DataSource): RegionLookup {
  const geo = new GeoService(dataSource);
  return {
    async regionOfPostcode(postcode, field) {
      return (await geo.resolvePostcode(postcode, field)).region.id;
    },
    async regionExists(regionId) {
      if (!/^[0-9a-f-]{36}$/i.test(regionId)) return false;
      return (await geo.findRegionsByIds([regionId])).length === 1;
    },
  };
}

export function assertRegionId(valid: boolean, field: string): void {
  if (!valid) throw ValidationError.field(field, 'must be a known labour-market region');
}
