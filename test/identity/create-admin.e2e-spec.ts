import type { DataSource } from 'typeorm';
import { createAdministrator, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createTestDatabase, TestDatabase } from '@werkmatch/shared/testing';
import { PASSWORD } from './identity-fixtures';

describe('createAdministrator (npm run admin:create)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createPlatformDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('creates an administrator with an argon2id hash', async () => {
    const admin = await createAdministrator(dataSource, {
      email: 'Beheer@Werkmatch.example',
      fullName: 'Beheerder',
      password: PASSWORD,
    });
    const row = await dataSource.getRepository(UserEntity).findOneByOrFail({ id: admin.id });
    expect(row).toMatchObject({ role: Role.ADMIN, email: 'beheer@werkmatch.example' });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('fails when an administrator with that email exists, in any case', async () => {
    await expect(
      createAdministrator(dataSource, {
        email: 'BEHEER@werkmatch.example',
        fullName: 'Tweede',
        password: PASSWORD,
      }),
    ).rejects.toThrow('an administrator with this email already exists');
    expect(await dataSource.getRepository(UserEntity).countBy({ role: Role.ADMIN })).toBe(1);
  });

  it('refuses a common password', async () => {
    await expect(
      createAdministrator(dataSource, {
        email: 'ander@werkmatch.example',
        fullName: 'Ander',
        password: 'password1234',
      }),
    ).rejects.toThrow('password: is too common');
  });
});
