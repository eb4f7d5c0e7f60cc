import { randomBytes } from 'node:crypto';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '@werkmatch/geo/data-access';
import type { TestApp } from '../support/test-app';
import { dataSourceOf } from './identity-fixtures';

export interface SeededRegion {
  regionId: string;
  /** A postcode (PC4 + letters) that lies in the region. */
  postcode: string;
}

/** A labour-market region with one municipality and one postcode area, so a postcode resolves to it. */
export async function seedRegion(api: TestApp, name: string, pc4: string): Promise<SeededRegion> {
  const dataSource = dataSourceOf(api);
  const region = await dataSource.getRepository(LabourMarketRegionEntity).save({
    name,
    slug: `${name.toLowerCase().replace(/\s+/g, '-')}-${randomBytes(3).toString('hex')}`,
  });
  const code = `GM${pc4}`;
  await dataSource
    .getRepository(MunicipalityEntity)
    .save({ code, name: `${name} stad`, province: 'Utrecht', regionId: region.id });
  await dataSource
    .getRepository(PostcodeAreaEntity)
    .save({ pc4, placeNames: [`${name} stad`], municipalityCode: code, lat: 52.0, lon: 5.1 });
  return { regionId: region.id, postcode: `${pc4} AB` };
}
