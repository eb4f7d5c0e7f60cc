import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EmployerOrganisationEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { IscoGroupEntity, OccupationEntity, SkillEntity } from '@werkmatch/taxonomy/data-access';
import { addMonths, amsterdamDate } from '@werkmatch/vacancies/domain';
import { createUser, dataSourceOf } from '../identity/identity-fixtures';
import type { TestApp } from '../support/test-app';

/** A handful of ESCO rows instead of the whole taxonomy (which takes ~10 s to import). */
export interface SeededTaxonomy {
  occupationId: string;
  /** Some with a Dutch label, some English only, as in ESCO. */
  skillIds: string[];
}

export async function seedTaxonomy(db: DataSource, skills = 6): Promise<SeededTaxonomy> {
  const suffix = randomBytes(4).toString('hex');
  await db.getRepository(IscoGroupEntity).upsert({ code: '5120', labelNl: 'Koks' }, ['code']);
  const occupation = await db.getRepository(OccupationEntity).save({
    uri: `http://data.europa.eu/esco/occupation/test-kok-${suffix}`,
    labelNl: 'kok',
    labelEn: 'cook',
    altLabelsNl: ['keukenkok'],
    altLabelsEn: [],
    iscoGroupCode: '5120',
  });
  const saved = await db.getRepository(SkillEntity).save(
    Array.from({ length: skills }, (_, i) => ({
      uri: `http://data.europa.eu/esco/skill/test-${suffix}-${i}`,
      labelNl: i % 2 === 0 ? `vaardigheid ${i}` : null,
      labelEn: `skill ${i}`,
      altLabelsNl: [],
      altLabelsEn: [],
      skillType: null,
      reuseLevel: null,
    })),
  );
  return { occupationId: occupation.id, skillIds: saved.map((skill) => skill.id) };
}

let kvk = 20_000_000 + Math.floor(Math.random() * 70_000_000);

/** An employer organisation in a region, verified or not, straight in the database. */
export async function seedOrganisation(
  db: DataSource,
  regionId: string | null,
  verified: boolean,
  name = 'Leerwerkrestaurant De Kom',
): Promise<EmployerOrganisationEntity> {
  kvk += 1;
  return db.getRepository(EmployerOrganisationEntity).save({
    name,
    kvkNumber: String(kvk),
    street: 'Onderdoor',
    houseNumber: '1',
    postcode: '3995AB',
    city: 'Houten',
    sector: 'Horeca',
    regionId,
    verifiedAt: verified ? new Date() : null,
    verifiedBy: null,
  });
}

export async function seedEmployer(
  api: TestApp,
  organisation: EmployerOrganisationEntity,
): Promise<UserEntity> {
  return createUser(api, Role.EMPLOYER, { organisationId: organisation.id });
}

/** A closing date some weeks ahead in the Dutch calendar. */
export function closingDateAhead(months = 1): string {
  return addMonths(amsterdamDate(new Date()), months);
}

/** A valid paid vacancy at `postcode`; override any field. */
export function vacancyInput(
  taxonomy: SeededTaxonomy,
  postcode: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    title: 'Medewerker bediening',
    description: 'Je serveert koffie en lunch in ons leerwerkrestaurant, met een vaste begeleider.',
    occupationId: taxonomy.occupationId,
    requiredSkillIds: taxonomy.skillIds.slice(0, 2),
    niceToHaveSkillIds: taxonomy.skillIds.slice(2, 3),
    routeType: 'PAID_JOB',
    hours: { min: 16, max: 24 },
    positions: 2,
    postcode,
    minDutchLevel: 'A2',
    educationLevel: 'MBO_2',
    inclusiveOptions: ['JOB_COACH_POSSIBLE', 'PART_TIME_POSSIBLE'],
    contractType: 'FIXED_TERM',
    pay: { min: 14.4, max: 16.25, period: 'HOUR' },
    closingDate: closingDateAhead(),
    ...overrides,
  };
}

export function dbOf(api: TestApp): DataSource {
  return dataSourceOf(api);
}
