import { AuditAction } from '@werkmatch/audit/data-access';
import { auditAccountChange, auditAccountReads } from '../identity-audit';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  isValidKvkNumber,
  normalizeEmail,
  normalizePostcode,
  Principal,
  Role,
} from '@werkmatch/identity/domain';
import {
  EmployerOrganisationEntity,
  hashPassword,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { assertSameOrganisation, assertSameRegion } from '@werkmatch/platform/access-control';
import {
  ConflictError,
  FieldViolation,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
} from '@werkmatch/shared/errors';
import { insertUser, personViolations } from '../accounts/accounts.service';
import { SessionService } from '../auth/session.service';
import { REGION_LOOKUP, RegionLookup } from '../region-lookup';
import { isUniqueViolation } from '../user-mapping';
import { OrganisationInput, RegisterEmployerInput } from './register-employer.input';

const KVK_INDEX = 'employer_organisation_kvk_number_key';

function organisationViolations(organisation: OrganisationInput): FieldViolation[] {
  const prefix = 'input.organisation';
  const violations: FieldViolation[] = [];
  const text = (field: keyof OrganisationInput, max: number) => {
    const value = organisation[field].trim();
    if (value.length === 0 || value.length > max)
      violations.push({ field: `${prefix}.${field}`, rule: `must be 1 to ${max} characters` });
  };
  text('name', 200);
  if (!isValidKvkNumber(organisation.kvkNumber))
    violations.push({ field: `${prefix}.kvkNumber`, rule: 'must be exactly 8 digits' });
  text('street', 200);
  text('houseNumber', 16);
  if (!normalizePostcode(organisation.postcode))
    violations.push({ field: `${prefix}.postcode`, rule: 'must be a Dutch postcode like 3995 AB' });
  text('city', 100);
  text('sector', 100);
  return violations;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REGION_LOOKUP) private readonly regions: RegionLookup,
    private readonly sessions: SessionService,
  ) {}

  /** The organisation and its first member in one transaction: both exist afterwards, or neither. */
  async registerEmployer(
    input: RegisterEmployerInput,
  ): Promise<{ organisation: EmployerOrganisationEntity; member: UserEntity }> {
    const violations = [
      ...organisationViolations(input.organisation),
      ...personViolations(input.member, 'input.member'),
    ];
    if (violations.length > 0) throw new ValidationError(violations);
    const postcode = normalizePostcode(input.organisation.postcode) as string;
    const regionId = await this.regions.regionOfPostcode(postcode, 'input.organisation.postcode');
    const passwordHash = await hashPassword(input.member.password);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(EmployerOrganisationEntity);
      const kvkNumber = input.organisation.kvkNumber.trim();
      if (await repository.existsBy({ kvkNumber })) {
        throw new ConflictError('is already registered', 'input.organisation.kvkNumber');
      }
      let organisation: EmployerOrganisationEntity;
      try {
        organisation = await repository.save(
          repository.create({
            name: input.organisation.name.trim(),
            kvkNumber,
            street: input.organisation.street.trim(),
            houseNumber: input.organisation.houseNumber.trim(),
            postcode,
            city: input.organisation.city.trim(),
            sector: input.organisation.sector.trim(),
            regionId,
            verifiedAt: null,
            verifiedBy: null,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, KVK_INDEX))
          throw new ConflictError('is already registered', 'input.organisation.kvkNumber');
        throw error;
      }
      const member = await insertUser(
        manager,
        {
          email: normalizeEmail(input.member.email),
          passwordHash,
          role: Role.EMPLOYER,
          fullName: input.member.fullName.trim(),
          phone: input.member.phone?.trim() || null,
          organisationId: organisation.id,
          regionId: null,
          deactivatedAt: null,
          erasedAt: null,
        },
        'input.member.email',
      );
      return { organisation, member };
    });
  }

  async find(organisationId: string): Promise<EmployerOrganisationEntity> {
    const organisation = await this.dataSource
      .getRepository(EmployerOrganisationEntity)
      .findOneBy({ id: organisationId });
    if (!organisation) throw new NotFoundError('organisation');
    return organisation;
  }

  async myOrganisation(principal: Principal): Promise<EmployerOrganisationEntity> {
    if (!principal.organisationId) throw new NotFoundError('organisation');
    return this.find(principal.organisationId);
  }

  /** Members of the caller's own organisation; an account manager may look at one in their region. */
  async members(principal: Principal, organisationId?: string | null): Promise<UserEntity[]> {
    const organisation = await this.find(
      organisationId ?? principal.organisationId ?? '00000000-0000-0000-0000-000000000000',
    );
    if (principal.role === Role.EMPLOYER) assertSameOrganisation(principal, organisation.id);
    if (principal.role === Role.ACCOUNT_MANAGER) assertSameRegion(principal, organisation.regionId);
    const members = await this.dataSource.getRepository(UserEntity).find({
      where: { organisationId: organisation.id, erasedAt: IsNull(), deactivatedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    // Colleagues see each other as part of their work; staff of the service point or the platform leave a trace.
    if (principal.organisationId !== organisation.id) {
      await this.dataSource.transaction((manager) =>
        auditAccountReads(
          manager,
          principal,
          members.map((member) => member.id),
          'employer member administration',
        ),
      );
    }
    return members;
  }

  /**
   * Removes a colleague: the account is deactivated (kept for what it did, e.g. vacancies posted) and its
   * sessions end at once. The last active member cannot be removed, so an organisation is never orphaned.
   */
  async removeMember(principal: Principal, userId: string): Promise<boolean> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const member = await users.findOne({
        where: { id: userId, erasedAt: IsNull(), deactivatedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member || member.role !== Role.EMPLOYER) throw new NotFoundError('member');
      assertSameOrganisation(principal, member.organisationId);
      // Lock the organisation row so two members removing each other at once cannot leave none.
      await manager.getRepository(EmployerOrganisationEntity).findOne({
        where: { id: member.organisationId as string },
        lock: { mode: 'pessimistic_write' },
      });
      const active = await users.countBy({
        organisationId: member.organisationId as string,
        erasedAt: IsNull(),
        deactivatedAt: IsNull(),
      });
      if (active <= 1)
        throw new ConflictError('the last member of an organisation cannot be removed', 'userId');
      await users.update(member.id, { deactivatedAt: new Date() });
      await auditAccountChange(manager, principal, member.id, AuditAction.UPDATE, {
        type: 'organisation-membership',
        id: member.id,
      });
      return this.sessions.revokeAllForUser(manager, member.id);
    });
    await this.sessions.denyAccessTokens(revoked);
    return true;
  }

  /** Only an account manager of the organisation's own region may verify it. */
  async verify(principal: Principal, organisationId: string): Promise<EmployerOrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(EmployerOrganisationEntity);
      const organisation = await repository.findOne({
        where: { id: organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw new NotFoundError('organisation');
      assertSameRegion(principal, organisation.regionId);
      if (organisation.verifiedAt)
        throw new InvalidTransitionError('an organisation', 'VERIFIED', 'verify');
      organisation.verifiedAt = new Date();
      organisation.verifiedBy = principal.userId;
      await auditAccountChange(manager, principal, null, AuditAction.UPDATE, {
        type: 'employer-organisation',
        id: organisation.id,
      });
      return repository.save(organisation);
    });
  }

  awaitingVerification(principal: Principal): Promise<EmployerOrganisationEntity[]> {
    if (!principal.regionId) return Promise.resolve([]);
    return this.dataSource.getRepository(EmployerOrganisationEntity).find({
      where: { regionId: principal.regionId, verifiedAt: IsNull() },
      order: { createdAt: 'ASC' },
      take: 500,
    });
  }
}
