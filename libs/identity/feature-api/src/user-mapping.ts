import type { UserEntity } from '@werkmatch/identity/data-access';
import type { User } from './accounts/user.model';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    fullName: entity.fullName,
    phone: entity.phone,
    role: entity.role,
    organisationId: entity.organisationId,
    regionId: entity.regionId,
    createdAt: entity.createdAt,
  };
}

/** Postgres unique violation on the named index (`23505` carries the constraint name). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })
    .driverError;
  const direct = error as { code?: string; constraint?: string };
  const cause = driverError ?? direct;
  return cause.code === '23505' && cause.constraint === constraint;
}
