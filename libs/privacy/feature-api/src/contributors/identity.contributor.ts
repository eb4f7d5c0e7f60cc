import type { EntityManager } from 'typeorm';
import {
  CaseloadAssignmentEntity,
  EmployerOrganisationEntity,
  InvitationEntity,
  PasswordResetTokenEntity,
  RefreshTokenEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import type { SessionService } from '@werkmatch/identity/feature-api';
import type { AfterErasure, PersonalDataContributor } from '../personal-data.registry';

/** The address an erased account keeps: unique, and never deliverable (.invalid is reserved, RFC 2606). */
export function erasedEmail(userId: string): string {
  return `erased-${userId}@invalid`;
}

/** Not an argon2 hash, so no password can ever verify against it. */
export const ERASED_PASSWORD_HASH = '!erased';
export const ERASED_NAME = 'Erased user';

/** The account itself: the user row, sessions, caseload links, invitations and reset tokens. */
export function identityContributor(sessions: SessionService): PersonalDataContributor {
  return {
    name: 'account',
    async export(manager: EntityManager, userId: string) {
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
      const organisation = user.organisationId
        ? await manager
            .getRepository(EmployerOrganisationEntity)
            .findOneBy({ id: user.organisationId })
        : null;
      const caseload = await manager.getRepository(CaseloadAssignmentEntity).find({
        where: [{ jobSeekerId: userId }, { coachId: userId }],
      });
      const sessionsOf = await manager.getRepository(RefreshTokenEntity).find({
        where: { userId },
        order: { createdAt: 'ASC' } as never,
      });
      return {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        phone: user.phone,
        role: user.role,
        regionId: user.regionId,
        organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
        createdAt: user.createdAt,
        coach: caseload
          .filter((row) => row.jobSeekerId === userId)
          .map((row) => ({ coachId: row.coachId, since: row.assignedAt })),
        caseload: caseload
          .filter((row) => row.coachId === userId)
          .map((row) => ({ jobSeekerId: row.jobSeekerId, since: row.assignedAt })),
        // Which devices were logged in when; the token hashes themselves are secrets and stay out.
        sessions: sessionsOf.map((token) => ({
          session: token.familyId,
          expiresAt: token.expiresAt,
          revokedAt: token.revokedAt,
        })),
      };
    },
    async erase(manager: EntityManager, userId: string): Promise<AfterErasure> {
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
      const email = user.email.toLowerCase();
      const sessionIds = await sessions.revokeAllForUser(manager, userId);
      await manager.delete(CaseloadAssignmentEntity, { jobSeekerId: userId });
      await manager.delete(CaseloadAssignmentEntity, { coachId: userId });
      await manager.delete(PasswordResetTokenEntity, { userId });
      // Invitations to this address, and pending ones this person sent (they name someone else's email).
      await manager
        .createQueryBuilder()
        .delete()
        .from(InvitationEntity)
        .where('lower(email) = :email', { email })
        .orWhere('(invited_by = :userId AND accepted_at IS NULL)', { userId })
        .execute();
      await manager.update(UserEntity, userId, {
        email: erasedEmail(userId),
        fullName: ERASED_NAME,
        phone: null,
        passwordHash: ERASED_PASSWORD_HASH,
        erasedAt: new Date(),
      });
      return () => sessions.denyAccessTokens(sessionIds);
    },
  };
}
