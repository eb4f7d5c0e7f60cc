import { randomUUID } from 'node:crypto';
import { getNamedType, GraphQLObjectType, isObjectType } from 'graphql';
import {
  CaseloadAssignmentEntity,
  EmployerOrganisationEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { loadAnonymisedTalentProfiles } from '@werkmatch/talent-profiles/data-access';
import { SupportNeed, TargetGroup } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { createUser, dataSourceOf, login } from '../identity/identity-fixtures';
import { schemaOf } from '../support/schema-policies';
import { startTestApp, TestApp } from '../support/test-app';
import { ANONYMISED, ASSESS, PUBLISH, SAVE, seedTaxonomy } from './talent-profile-fixtures';

/** Field names that would mean personal data left through the anonymised profile, at any depth. */
const FORBIDDEN_FIELDS = [
  'name',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'dateOfBirth',
  'birthDate',
  'age',
  'photo',
  'photoUrl',
  'address',
  'street',
  'houseNumber',
  'postcode',
  'pc4',
  'jobSeekerId',
  'jobSeeker',
  'userId',
  'updatedByUserId',
  'targetGroups',
  'supportNeeds',
  'participationLevel',
  'private',
];

/** Every field name reachable from a type, nested object types included. */
function fieldNamesUnder(type: GraphQLObjectType, seen = new Set<string>()): string[] {
  if (seen.has(type.name)) return [];
  seen.add(type.name);
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    return [field.name, ...(isObjectType(named) ? fieldNamesUnder(named, seen) : [])];
  });
}

describe('The anonymised talent profile never lets sensitive data out', () => {
  let api: TestApp;
  let jobSeeker: UserEntity;
  let coach: UserEntity;
  let employerToken: string;
  let profileId: string;
  const unique = randomUUID().slice(0, 8);
  const canaries: Record<string, string> = {
    fullName: `Canary Naam ${unique}`,
    email: `canary-${unique}@example.org`,
    phone: `+31 6 ${unique
      .replace(/[^0-9]/g, '')
      .padEnd(8, '7')
      .slice(0, 8)}`,
    postcode: '3991 QZ',
    postcodeCompact: '3991QZ',
    privateTalent: `CANARY-TALENT-${unique}`,
    privateWorkTitle: `CANARY-TITLE-${unique}`,
    privateWorkEmployer: `CANARY-EMPLOYER-${unique}`,
    privateWorkDescription: `CANARY-DESCRIPTION-${unique}`,
  };

  beforeAll(async () => {
    api = await startTestApp();
    const taxonomy = await seedTaxonomy(api);
    await seedRegion(api, 'Houten', '3991');
    jobSeeker = await createUser(api, Role.JOB_SEEKER, {
      fullName: canaries['fullName'],
      email: canaries['email'],
      phone: canaries['phone'],
    });
    coach = await createUser(api, Role.COACH);
    await dataSourceOf(api)
      .getRepository(CaseloadAssignmentEntity)
      .save({ coachId: coach.id, jobSeekerId: jobSeeker.id, assignedBy: coach.id });
    const organisation = await dataSourceOf(api)
      .getRepository(EmployerOrganisationEntity)
      .save({
        name: 'Werkgever BV',
        kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
        street: 'Markt',
        houseNumber: '2',
        postcode: '3991AB',
        city: 'Houten',
        sector: 'Horeca',
        regionId: randomUUID(),
        verifiedAt: null,
        verifiedBy: null,
      });
    const employer = await createUser(api, Role.EMPLOYER, { organisationId: organisation.id });
    const seeker = (await login(api, jobSeeker.email, undefined, '10.5.0.1')).accessToken;
    const coachToken = (await login(api, coach.email, undefined, '10.5.0.2')).accessToken;
    employerToken = (await login(api, employer.email, undefined, '10.5.0.3')).accessToken;

    const { saveTalentProfile } = await api.gql.data<{ saveTalentProfile: { id: string } }>(
      SAVE,
      {
        input: {
          headline: 'Handige doener',
          talents: [
            { text: 'Ik werk graag met mijn handen' },
            { text: canaries['privateTalent'], private: true },
          ],
          skills: [{ skillId: taxonomy.cookingSkill.id, level: 'PROFICIENT' }],
          workExperience: [
            { title: 'Afwasser', employer: 'Restaurant De Brug', from: '2022-01' },
            {
              title: canaries['privateWorkTitle'],
              employer: canaries['privateWorkEmployer'],
              description: canaries['privateWorkDescription'],
              from: '2015-01',
              until: '2016-06',
              private: true,
            },
          ],
          languages: [{ code: 'nl', level: 'B1' }],
          hours: { min: 24, max: 32 },
          postcode: canaries['postcode'],
          travelKm: 12,
          wantedOccupationIds: [taxonomy.cookOccupation.id],
          // Not SHELTERED_WORK: that value is also a target group, which the test looks for.
          wantedRouteTypes: ['LEARN_WORK', 'PAID_JOB'],
        },
      },
      { token: seeker },
    );
    profileId = saveTalentProfile.id;
    await api.gql.data(
      ASSESS,
      {
        id: jobSeeker.id,
        input: {
          participationLevel: 4,
          supportNeeds: Object.values(SupportNeed),
          targetGroups: Object.values(TargetGroup),
        },
      },
      { token: coachToken },
    );
    await api.gql.data(PUBLISH, {}, { token: seeker });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  /** Every canary, the ids that tie the profile to a person, and the values of the coach's assessment. */
  function leaks(json: string): string[] {
    const secrets = [
      ...Object.values(canaries),
      jobSeeker.id,
      coach.id,
      ...Object.values(TargetGroup).map((value) => `"${value}"`),
      ...Object.values(SupportNeed).map((value) => `"${value}"`),
      'participationLevel',
      'targetGroups',
      'supportNeeds',
    ];
    return secrets.filter((secret) => json.includes(secret));
  }

  it('builds the anonymised profile in data-access with none of the sensitive values', async () => {
    const [profile] = await loadAnonymisedTalentProfiles(dataSourceOf(api), [profileId]);
    expect(profile).toMatchObject({
      id: profileId,
      talents: ['Ik werk graag met mijn handen'],
      workExperience: [expect.objectContaining({ title: 'Afwasser' })],
      area: expect.objectContaining({ municipalityName: 'Houten stad', regionName: 'Houten' }),
    });
    expect(leaks(JSON.stringify(profile))).toEqual([]);
  });

  it('answers an employer over GraphQL with none of the sensitive values', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${employerToken}`,
      },
      body: JSON.stringify({ query: ANONYMISED, variables: { id: profileId } }),
    });
    const body = await response.text();
    const parsed = JSON.parse(body) as {
      data?: { anonymisedTalentProfile?: { talents: string[] } };
    };
    expect(parsed.data?.anonymisedTalentProfile?.talents).toEqual([
      'Ik werk graag met mijn handen',
    ]);
    expect(leaks(body)).toEqual([]);
  });

  it('finds every canary in the stored profile and account, so the checks above can fail', async () => {
    const [row] = await dataSourceOf(api).query(
      `SELECT p.*, u.full_name, u.email, u.phone FROM talent_profile p JOIN app_user u ON u.id = p.job_seeker_id
        WHERE p.id = $1`,
      [profileId],
    );
    const stored = Object.entries(canaries)
      .filter(([name]) => name !== 'postcodeCompact')
      .map(([, value]) => value);
    expect(leaks(JSON.stringify(row))).toEqual(
      expect.arrayContaining([...stored, jobSeeker.id, '"STATUS_HOLDER"', '"JOB_COACH"']),
    );
  });

  it('declares no field for personal data anywhere in the AnonymisedTalentProfile type', () => {
    const type = schemaOf(api.app).getType('AnonymisedTalentProfile');
    expect(isObjectType(type)).toBe(true);
    const names = fieldNamesUnder(type as GraphQLObjectType);
    expect(names).toEqual(expect.arrayContaining(['talents', 'skills', 'area', 'lat']));
    expect(names.filter((name) => FORBIDDEN_FIELDS.includes(name))).toEqual([]);
  });
});
