import type { DataSource } from 'typeorm';
import { geoReferenceFiles, importGeo, LabourMarketRegionEntity } from '@werkmatch/geo/data-access';
import {
  importTaxonomy,
  OccupationEntity,
  taxonomyReferenceFiles,
} from '@werkmatch/taxonomy/data-access';
import { referenceDataDir } from '../reference-data/paths';

/** Imports regions, postcodes and ESCO once; later starts find them and skip the import. */
export async function ensureReferenceData(
  dataSource: DataSource,
  log: (message: string) => void,
): Promise<void> {
  const dir = referenceDataDir();
  if ((await dataSource.getRepository(LabourMarketRegionEntity).count()) === 0) {
    const started = Date.now();
    await importGeo(dataSource, geoReferenceFiles(dir));
    log(`imported regions, municipalities and postcode areas (${Date.now() - started} ms)`);
  }
  if ((await dataSource.getRepository(OccupationEntity).count()) === 0) {
    log('importing the ESCO taxonomy (about 15 seconds, once)');
    const started = Date.now();
    await importTaxonomy(dataSource, taxonomyReferenceFiles(dir));
    log(`imported the ESCO taxonomy (${Date.now() - started} ms)`);
  }
}
