// Importing this module registers the work vocabulary's enums with GraphQL (once, whoever imports first).
export {
  CefrLevel,
  ContractType,
  DrivingLicence,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
  TransportMode,
} from './work-enums.graphql';
