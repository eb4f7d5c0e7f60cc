import type { DataSource } from 'typeorm';
import { isValidEmail, normalizeEmail, passwordViolation, Role } from '@werkmatch/identity/domain';
import { ConflictError, ValidationError } from '@werkmatch/shared/errors';
import { hashPassword } from './password-hasher';
import { UserEntity } from './user.entity';

export interface NewAdministrator {
  email: string;
  fullName: string;
  password: string;
}

/** The first administrator (and any later one) is made from the command line: nobody can invite an ADMIN. */
export async function createAdministrator(
  dataSource: DataSource,
  input: NewAdministrator,
): Promise<UserEntity> {
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) throw ValidationError.field('email', 'must be a valid email address');
  if (!input.fullName.trim()) throw ValidationError.field('name', 'must not be empty');
  const weak = passwordViolation(input.password);
  if (weak) throw ValidationError.field('password', weak);
  const passwordHash = await hashPassword(input.password);
  return dataSource.transaction(async (manager) => {
    const existing = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = :email', { email })
      .getOne();
    if (existing) {
      throw new ConflictError(
        existing.role === Role.ADMIN
          ? 'an administrator with this email already exists'
          : 'a user with this email already exists',
        'email',
      );
    }
    return manager.getRepository(UserEntity).save({
      email,
      passwordHash,
      role: Role.ADMIN,
      fullName: input.fullName.trim(),
      phone: null,
      organisationId: null,
      regionId: null,
      deactivatedAt: null,
      erasedAt: null,
    });
  });
}
