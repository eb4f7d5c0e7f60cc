import { registerEnumType } from '@nestjs/graphql';
import {
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
} from '@werkmatch/work/domain';

/*
 * The shared vocabulary registered once for GraphQL: talent profiles, vacancies, search and matching all
 * import this file, so no enum is registered twice under one name.
 */
registerEnumType(RouteType, {
  name: 'RouteType',
  description: 'A route to work, from day activities to paid work (DOMAIN.md).',
});
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: 'Dutch education levels, lowest first.',
});
registerEnumType(CefrLevel, { name: 'CefrLevel', description: 'CEFR language level, A1 to C2.' });
registerEnumType(SupportNeed, {
  name: 'SupportNeed',
  description: 'Support a coach records for a person; never shown to employers.',
});
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'Target group a coach records for a person; never shown to employers.',
});
registerEnumType(InclusiveOption, {
  name: 'InclusiveOption',
  description: 'What a vacancy offers to make work possible for more people.',
});
registerEnumType(ContractType, { name: 'ContractType' });
registerEnumType(PayPeriod, { name: 'PayPeriod' });
registerEnumType(DrivingLicence, { name: 'DrivingLicence' });
registerEnumType(TransportMode, { name: 'TransportMode' });
registerEnumType(SkillLevel, {
  name: 'SkillLevel',
  description: "A person's own assessment of a skill.",
});

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
};
