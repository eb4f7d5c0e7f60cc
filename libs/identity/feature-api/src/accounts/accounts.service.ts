import { AuditAction } from '@werkmatch/audit/data-access';
import { auditAccountChange } from '../identity-audit';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  INVITABLE_BY_ADMIN,
  isValidEmail,
  normalizeEmail,
  passwordViolation,
  Principal,
  Role,
} from '@werkmatch/identity/domain';
import {
  generateSecretToken,
  hashPassword,
  hashSecretToken,
  InvitationEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { dispatchQueuedEmails, EmailKind, queueEmail } from '@werkmatch/notifications/data-access';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import {
  ConflictError,
  FieldViolation,
  UnauthenticatedError,
  ValidationError,
} from '@werkmatch/shared/errors';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { isUniqueViolation } from '../user-mapping';
import { assertRegionId, REGION_LOOKUP, RegionLookup } from '../region-lookup';
import { AcceptInvitationInput, InviteUserInput, RegisterInput } from './register.input';

export const INVITATION_TTL_MS = 7 * 86_400_000;
const EMAIL_INDEX = 'app_user_email_lower_key';

export interface PersonFields {
  email: string;
  password: string;
  fullName: string;
  phone?: string | null;
}

/** Every rule a new person's fields break, each naming its input path; empty when all is well. */
export function personViolations(person: PersonFields, prefix: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!isValidEmail(person.email))
    violations.push({ field: `${prefix}.email`, rule: 'must be a valid email address' });
  const weak = passwordViolation(person.password);
  if (weak) violations.push({ field: `${prefix}.password`, rule: weak });
  const name = person.fullName.trim();
  if (name.length === 0 || name.length > 200)
    violations.push({ field: `${prefix}.fullName`, rule: 'must be 1 to 200 characters' });
  if (person.phone && !/^\+?[0-9 ()-]{6,20}$/.test(person.phone.trim()))
    violations.push({ field: `${prefix}.phone`, rule: 'must be a phone number' });
  return violations;
}

/** Inserts a user in the caller's transaction; a taken email (case-insensitive) is a CONFLICT naming `field`. */
export async function insertUser(
  manager: EntityManager,
  user: Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt' | 'organisation'>,
  field: string,
): Promise<UserEntity> {
  const taken = await manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .where('lower(user.email) = :email', { email: user.email })
    .getExists();
  if (taken) throw new ConflictError('is already registered', field);
  try {
    const saved = await manager.getRepository(UserEntity).save(manager.create(UserEntity, user));
    await auditAccountChange(manager, null, saved.id, AuditAction.CREATE, {
      type: 'user',
      id: saved.id,
    });
    return saved;
  } catch (error) {
    // Two registrations racing for one address: the unique index decides.
    if (isUniqueViolation(error, EMAIL_INDEX))
      throw new ConflictError('is already registered', field);
    throw error;
  }
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
    @Inject(REGION_LOOKUP) private readonly regions: RegionLookup,
  ) {}

  async register(input: RegisterInput): Promise<UserEntity> {
    const violations = personViolations(input, 'input');
    if (violations.length > 0) throw new ValidationError(violations);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction((manager) =>
      insertUser(
        manager,
        {
          email: normalizeEmail(input.email),
          passwordHash,
          role: Role.JOB_SEEKER,
          fullName: input.fullName.trim(),
          phone: null,
          organisationId: null,
          regionId: null,
          deactivatedAt: null,
          erasedAt: null,
        },
        'input.email',
      ),
    );
  }

  async me(principal: Principal): Promise<UserEntity> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ id: principal.userId });
    if (!user || user.erasedAt || user.deactivatedAt) throw new UnauthenticatedError();
    return user;
  }

  /** An administrator invites a coach or an account manager (of one region). */
  async inviteUser(principal: Principal, input: InviteUserInput): Promise<InvitationEntity> {
    if (!INVITABLE_BY_ADMIN.includes(input.role)) {
      throw ValidationError.field('input.role', 'must be COACH or ACCOUNT_MANAGER');
    }
    let regionId: string | null = null;
    if (input.role === Role.ACCOUNT_MANAGER) {
      if (!input.regionId) {
        throw ValidationError.field('input.regionId', 'is required for an account manager');
      }
      assertRegionId(await this.regions.regionExists(input.regionId), 'input.regionId');
      regionId = input.regionId;
    }
    return this.invite(principal, {
      email: input.email,
      role: input.role,
      regionId,
      organisationId: null,
    });
  }

  /** An employer member invites a colleague into their own organisation. */
  async inviteColleague(principal: Principal, email: string): Promise<InvitationEntity> {
    if (!principal.organisationId) throw new UnauthenticatedError();
    return this.invite(
      principal,
      { email, role: Role.EMPLOYER, regionId: null, organisationId: principal.organisationId },
      'email',
    );
  }

  private async invite(
    principal: Principal,
    invitation: {
      email: string;
      role: Role;
      regionId: string | null;
      organisationId: string | null;
    },
    field = 'input.email',
  ): Promise<InvitationEntity> {
    const email = normalizeEmail(invitation.email);
    if (!isValidEmail(email)) throw ValidationError.field(field, 'must be a valid email address');
    const token = generateSecretToken();
    const { saved, emailId } = await this.dataSource.transaction(async (manager) => {
      const taken = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('user')
        .where('lower(user.email) = :email', { email })
        .getExists();
      if (taken) throw new ConflictError('already has an account', field);
      const saved = await manager.getRepository(InvitationEntity).save(
        manager.create(InvitationEntity, {
          email,
          role: invitation.role,
          regionId: invitation.regionId,
          organisationId: invitation.organisationId,
          tokenHash: hashSecretToken(token),
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          acceptedAt: null,
          invitedBy: principal.userId,
        }),
      );
      const emailId = await queueEmail(manager, {
        to: email,
        kind: EmailKind.Invitation,
        subject: 'You are invited to Werkmatch',
        text: [
          'Hello,',
          '',
          `You are invited to join Werkmatch as ${invitation.role.toLowerCase().replace('_', ' ')}.`,
          `Accept within 7 days and choose your password here: ${this.config.PUBLIC_APP_URL}/invitation?token=${token}`,
          '',
          'If you did not expect this, you can ignore this email.',
        ].join('\n'),
      });
      return { saved, emailId };
    });
    await dispatchQueuedEmails(this.queues, [emailId], this.logger);
    return saved;
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<UserEntity> {
    const violations = personViolations({ ...input, email: 'placeholder@example.org' }, 'input');
    if (violations.length > 0) throw new ValidationError(violations);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(InvitationEntity).findOne({
        where: { tokenHash: hashSecretToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw ValidationError.field('input.token', 'is unknown');
      if (invitation.acceptedAt)
        throw ValidationError.field('input.token', 'has already been used');
      if (invitation.expiresAt <= new Date())
        throw ValidationError.field('input.token', 'has expired');
      await manager.update(InvitationEntity, invitation.id, { acceptedAt: new Date() });
      return insertUser(
        manager,
        {
          email: invitation.email,
          passwordHash,
          role: invitation.role,
          fullName: input.fullName.trim(),
          phone: input.phone?.trim() || null,
          organisationId: invitation.organisationId,
          regionId: invitation.regionId,
          deactivatedAt: null,
          erasedAt: null,
        },
        'input.token',
      );
    });
  }
}
