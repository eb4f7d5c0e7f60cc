import { EmployerServicePointEntity } from './employer-service-point.entity';
import { LabourMarketRegionEntity } from './labour-market-region.entity';
import { MunicipalityEntity } from './municipality.entity';
import { PostcodeAreaEntity } from './postcode-area.entity';

/** Every entity of this lib, for the platform's entity list. */
export const GEO_ENTITIES = [
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
  EmployerServicePointEntity,
];
