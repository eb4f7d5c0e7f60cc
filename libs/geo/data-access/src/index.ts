export {
  distanceKm,
  isDutchPostcode,
  parseDutchPostcode,
  POSTCODE_RULE,
} from '@werkmatch/geo/domain';
export type { Coordinates, DutchPostcode } from '@werkmatch/geo/domain';
export { EmployerServicePointEntity } from './employer-service-point.entity';
export { LabourMarketRegionEntity } from './labour-market-region.entity';
export { MunicipalityEntity } from './municipality.entity';
export { PostcodeAreaEntity } from './postcode-area.entity';
export { GeoService, UNKNOWN_POSTCODE_RULE } from './geo.service';
export type { ResolvedPostcode } from './geo.service';
export { geoReferenceFiles, readGeoReference, regionSlug, servicePointName } from './geo-reference';
export type {
  GeoReferenceData,
  GeoReferenceFiles,
  MunicipalityRecord,
  PostcodeAreaRecord,
} from './geo-reference';
export { importGeo } from './import-geo';
export type { GeoImportResult } from './import-geo';

export { GEO_ENTITIES } from './geo-entities';
