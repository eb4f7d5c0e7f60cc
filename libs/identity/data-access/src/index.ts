import { CaseloadAssignmentEntity } from './caseload-assignment.entity';
import { EmployerOrganisationEntity } from './employer-organisation.entity';
import { InvitationEntity } from './invitation.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export {
  CaseloadAssignmentEntity,
  EmployerOrganisationEntity,
  InvitationEntity,
  PasswordResetTokenEntity,
  RefreshTokenEntity,
  UserEntity,
};

/** The identity tables, for the platform's entity list. */
export const IDENTITY_ENTITIES = [
  UserEntity,
  EmployerOrganisationEntity,
  RefreshTokenEntity,
  InvitationEntity,
  PasswordResetTokenEntity,
  CaseloadAssignmentEntity,
];

export {
  ARGON2_PARAMETERS,
  hashNeedsUpgrade,
  hashPassword,
  verifyPassword,
} from './password-hasher';
export { generateSecretToken, hashSecretToken } from './secret-token';
export { createAdministrator } from './create-administrator';
export type { NewAdministrator } from './create-administrator';
export { assertOrganisationMayPublish } from './organisation-publishing';
