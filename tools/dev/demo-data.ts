import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { GeoService } from '@werkmatch/geo/data-access';
import {
  CaseloadAssignmentEntity,
  EmployerOrganisationEntity,
  hashPassword,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { localSecret } from './local-secret';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

export const DEMO_DOMAIN = 'demo.werkmatch.localhost';

/** One password for all demo accounts of this installation (and the generated ones in its database). */
export function demoPassword(): string {
  return localSecret('demo-password', () => `demo-${randomBytes(9).toString('base64url')}`);
}

async function ensureUser(
  manager: EntityManager,
  values: Pick<UserEntity, 'email' | 'role' | 'fullName'> &
    Partial<Pick<UserEntity, 'organisationId' | 'regionId'>>,
  passwordHash: string,
): Promise<UserEntity> {
  const users = manager.getRepository(UserEntity);
  const existing = await users.findOneBy({ email: values.email });
  if (existing) return existing;
  return users.save({
    phone: null,
    organisationId: null,
    regionId: null,
    deactivatedAt: null,
    erasedAt: null,
    ...values,
    passwordHash,
  });
}

/**
 * The demo accounts of the quick start, in Houten (region Midden-Utrecht): one of each role, a verified employer
 * and a job seeker in the coach's caseload. Idempotent: a second start finds them and adds nothing.
 */
export async function loadDemoData(
  _app: INestApplication,
  dataSource: DataSource,
  log: (message: string) => void,
): Promise<DemoLogin[]> {
  const password = demoPassword();
  const houten = await new GeoService(dataSource).resolvePostcode('3991 AB');
  const created = await dataSource.transaction(async (manager) => {
    const before = await manager.getRepository(UserEntity).count();
    const passwordHash = await hashPassword(password);
    const organisations = manager.getRepository(EmployerOrganisationEntity);
    const organisation =
      (await organisations.findOneBy({ kvkNumber: '90000001' })) ??
      (await organisations.save({
        name: 'Zorggroep Het Houtens Hart (demo)',
        kvkNumber: '90000001',
        street: 'Onderdoor',
        houseNumber: '25',
        postcode: '3991AB',
        city: 'Houten',
        sector: 'Zorg en welzijn',
        regionId: houten.region.id,
        verifiedAt: new Date(),
        verifiedBy: null,
      }));
    await ensureUser(
      manager,
      { email: `admin@${DEMO_DOMAIN}`, role: Role.ADMIN, fullName: 'Demo Beheerder' },
      passwordHash,
    );
    const accountManager = await ensureUser(
      manager,
      {
        email: `accountmanager@${DEMO_DOMAIN}`,
        role: Role.ACCOUNT_MANAGER,
        fullName: 'Anna de Vries',
        regionId: houten.region.id,
      },
      passwordHash,
    );
    if (!organisation.verifiedBy)
      await organisations.update(organisation.id, { verifiedBy: accountManager.id });
    const coach = await ensureUser(
      manager,
      { email: `coach@${DEMO_DOMAIN}`, role: Role.COACH, fullName: 'Karim El Idrissi' },
      passwordHash,
    );
    await ensureUser(
      manager,
      {
        email: `werkgever@${DEMO_DOMAIN}`,
        role: Role.EMPLOYER,
        fullName: 'Petra Jansen',
        organisationId: organisation.id,
      },
      passwordHash,
    );
    const jobSeeker = await ensureUser(
      manager,
      { email: `werkzoekende@${DEMO_DOMAIN}`, role: Role.JOB_SEEKER, fullName: 'Sanne Bakker' },
      passwordHash,
    );
    const caseloads = manager.getRepository(CaseloadAssignmentEntity);
    if (!(await caseloads.findOneBy({ jobSeekerId: jobSeeker.id }))) {
      await caseloads.save({
        coachId: coach.id,
        jobSeekerId: jobSeeker.id,
        assignedBy: accountManager.id,
      });
    }
    return (await manager.getRepository(UserEntity).count()) - before;
  });
  if (created > 0)
    log(`created ${created} demo accounts in ${houten.municipality.name} (${houten.region.name})`);
  return [Role.ADMIN, Role.ACCOUNT_MANAGER, Role.COACH, Role.EMPLOYER, Role.JOB_SEEKER].map(
    (role) => ({
      role,
      email: `${{ ADMIN: 'admin', ACCOUNT_MANAGER: 'accountmanager', COACH: 'coach', EMPLOYER: 'werkgever', JOB_SEEKER: 'werkzoekende' }[role]}@${DEMO_DOMAIN}`,
      password,
    }),
  );
}
