export { Role } from './role';
export type { Principal, RequestWithPrincipal } from './principal';
export {
  EMAIL_MAX_LENGTH,
  isValidEmail,
  isValidKvkNumber,
  normalizeEmail,
  normalizePostcode,
} from './formats';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordViolation } from './password-policy';
export { INVITABLE_BY_ADMIN, organisationMayPublish } from './organisation';
export type { OrganisationVerificationState } from './organisation';
