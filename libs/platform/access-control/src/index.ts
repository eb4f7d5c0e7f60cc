export { AccessControlModule } from './access-control.module';
export { AccessGuard } from './access.guard';
export { CurrentPrincipal, principalOf } from './current-principal.decorator';
export type { CurrentPrincipalOptions } from './current-principal.decorator';
export { enforceRole } from './enforce';
export { AccessPolicy, Allow, ALL_ROLES, RELATIONS } from './policy';
export type { Grant, PolicyDescriptor, Relation, RoleDecision } from './policy';
export {
  Policy,
  POLICY_EXTENSION,
  POLICY_METADATA,
  Sensitive,
  SENSITIVE_EXTENSION,
  SensitiveField,
} from './policy.decorator';
export { policyInventory } from './policy-inventory';
export type { PolicyEntry } from './policy-inventory';
export { DEFAULT_LIST_SIZE, measureOperation, queryLimitsPlugin } from './query-limits';
export type { QueryLimits, QueryMeasure } from './query-limits';
export {
  assertInCaseload,
  assertSameOrganisation,
  assertSameRegion,
  assertSelf,
  enforceRelation,
} from './relations';
export type { RelationFacts } from './relations';
