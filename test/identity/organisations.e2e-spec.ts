import {
  assertOrganisationMayPublish,
  EmployerOrganisationEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { EmailKind } from '@werkmatch/notifications/data-access';
import { startTestApp, TestApp } from '../support/test-app';
import { seedRegion, SeededRegion } from './geo-fixtures';
import {
  createUser,
  dataSourceOf,
  latestEmail,
  login,
  PASSWORD,
  tokenFromEmail,
  uniqueEmail,
} from './identity-fixtures';

const REGISTER_EMPLOYER = `mutation($input: RegisterEmployerInput!) {
  registerEmployer(input: $input) {
    organisation { id kvkNumber postcode regionId verified }
    member { id role organisationId }
  }
}`;
const VERIFY = `mutation($id: ID!) { verifyOrganisation(organisationId: $id) { id verified verifiedAt } }`;
const AWAITING = `{ organisationsAwaitingVerification { id } }`;
const MEMBERS = `{ organisationMembers { id email } }`;

let kvkCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);
function nextKvk(): string {
  kvkCounter += 1;
  return String(kvkCounter);
}

function employerInput(
  postcode: string,
  overrides: { organisation?: object; member?: object } = {},
) {
  return {
    organisation: {
      name: 'Bakkerij De Korenbloem',
      kvkNumber: nextKvk(),
      street: 'Molenstraat',
      houseNumber: '12a',
      postcode,
      city: 'Houten',
      sector: 'Horeca',
      ...overrides.organisation,
    },
    member: {
      email: uniqueEmail('employer'),
      password: PASSWORD,
      fullName: 'Els Bakker',
      ...overrides.member,
    },
  };
}

interface Registered {
  registerEmployer: {
    organisation: {
      id: string;
      kvkNumber: string;
      postcode: string;
      regionId: string;
      verified: boolean;
    };
    member: { id: string; role: string; organisationId: string };
  };
}

describe('employer organisations', () => {
  let api: TestApp;
  let midden: SeededRegion;
  let gooi: SeededRegion;

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    midden = await seedRegion(api, 'Midden-Utrecht', '3995');
    gooi = await seedRegion(api, 'Gooi en Vechtstreek', '1411');
  });

  afterAll(async () => {
    await api?.close();
  });

  async function registerEmployer(postcode = midden.postcode) {
    const input = employerInput(postcode);
    const data = await api.gql.data<Registered>(REGISTER_EMPLOYER, { input });
    return { ...data.registerEmployer, email: input.member.email };
  }

  it('registers an organisation with its first member, unverified, in the region of its postcode', async () => {
    const { organisation, member } = await registerEmployer('3995ab');
    expect(organisation).toMatchObject({
      postcode: '3995AB',
      regionId: midden.regionId,
      verified: false,
    });
    expect(member).toMatchObject({ role: 'EMPLOYER', organisationId: organisation.id });
  });

  it.each([
    [
      'a KvK number of 7 digits',
      { organisation: { kvkNumber: '1234567' } },
      'input.organisation.kvkNumber',
    ],
    [
      'a KvK number with letters',
      { organisation: { kvkNumber: '1234567A' } },
      'input.organisation.kvkNumber',
    ],
    [
      'a malformed postcode',
      { organisation: { postcode: '12345' } },
      'input.organisation.postcode',
    ],
    ['an invalid member email', { member: { email: 'els@' } }, 'input.member.email'],
    ['a common member password', { member: { password: 'password1234' } }, 'input.member.password'],
  ])('refuses %s, naming the field', async (_what, overrides, field) => {
    const input = employerInput(midden.postcode, overrides);
    const response = await api.gql.request(REGISTER_EMPLOYER, { input });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(
      await dataSourceOf(api)
        .getRepository(EmployerOrganisationEntity)
        .countBy({ kvkNumber: input.organisation.kvkNumber }),
    ).toBe(0);
  });

  it('refuses a postcode the reference data does not know', async () => {
    const response = await api.gql.request(REGISTER_EMPLOYER, { input: employerInput('9999 ZZ') });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organisation.postcode',
    });
  });

  it('leaves no organisation behind when the member cannot be created (email taken)', async () => {
    const existing = await createUser(api, Role.JOB_SEEKER);
    const input = employerInput(midden.postcode, {
      member: { email: existing.email.toUpperCase() },
    });
    const response = await api.gql.request(REGISTER_EMPLOYER, { input });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.member.email',
    });
    expect(
      await dataSourceOf(api)
        .getRepository(EmployerOrganisationEntity)
        .countBy({ kvkNumber: input.organisation.kvkNumber }),
    ).toBe(0);
  });

  it('refuses a KvK number that is already registered', async () => {
    const { organisation } = await registerEmployer();
    const input = employerInput(midden.postcode, {
      organisation: { kvkNumber: organisation.kvkNumber },
    });
    const response = await api.gql.request(REGISTER_EMPLOYER, { input });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.organisation.kvkNumber',
    });
    expect(
      await dataSourceOf(api).getRepository(UserEntity).countBy({ email: input.member.email }),
    ).toBe(0);
  });

  describe('verification', () => {
    it('lets an account manager of its region verify it, after which it may publish', async () => {
      const { organisation } = await registerEmployer();
      await expect(
        assertOrganisationMayPublish(dataSourceOf(api), organisation.id),
      ).rejects.toThrow('not verified');
      const manager = await createUser(api, Role.ACCOUNT_MANAGER, { regionId: midden.regionId });
      const { accessToken } = await login(api, manager.email);
      const awaiting = await api.gql.data<{ organisationsAwaitingVerification: { id: string }[] }>(
        AWAITING,
        {},
        { token: accessToken },
      );
      expect(awaiting.organisationsAwaitingVerification.map((o) => o.id)).toContain(
        organisation.id,
      );
      const { verifyOrganisation } = await api.gql.data<{
        verifyOrganisation: { verified: boolean };
      }>(VERIFY, { id: organisation.id }, { token: accessToken });
      expect(verifyOrganisation.verified).toBe(true);
      await expect(
        assertOrganisationMayPublish(dataSourceOf(api), organisation.id),
      ).resolves.toBeTruthy();
    });

    it('refuses an account manager of another region with FORBIDDEN and lists nothing of that region', async () => {
      const { organisation } = await registerEmployer();
      const outsider = await createUser(api, Role.ACCOUNT_MANAGER, { regionId: gooi.regionId });
      const { accessToken } = await login(api, outsider.email);
      const response = await api.gql.request(
        VERIFY,
        { id: organisation.id },
        { token: accessToken },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const awaiting = await api.gql.data<{ organisationsAwaitingVerification: { id: string }[] }>(
        AWAITING,
        {},
        { token: accessToken },
      );
      expect(awaiting.organisationsAwaitingVerification.map((o) => o.id)).not.toContain(
        organisation.id,
      );
      const row = await dataSourceOf(api)
        .getRepository(EmployerOrganisationEntity)
        .findOneByOrFail({ id: organisation.id });
      expect(row.verifiedAt).toBeNull();
    });

    it('refuses the employer itself', async () => {
      const { organisation, email } = await registerEmployer();
      const { accessToken } = await login(api, email);
      const response = await api.gql.request(
        VERIFY,
        { id: organisation.id },
        { token: accessToken },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('members', () => {
    it('invites a colleague who joins the same organisation and can be removed again', async () => {
      const { organisation, email } = await registerEmployer();
      const founder = await login(api, email);
      const colleagueEmail = uniqueEmail('colleague');
      await api.gql.data(
        'mutation($e: String!) { inviteColleague(email: $e) { id role organisationId } }',
        { e: colleagueEmail },
        { token: founder.accessToken },
      );
      const token = tokenFromEmail(await latestEmail(api, colleagueEmail, EmailKind.Invitation));
      const { acceptInvitation } = await api.gql.data<{
        acceptInvitation: { id: string; organisationId: string };
      }>(
        'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id role organisationId } }',
        { i: { token, password: PASSWORD, fullName: 'Femke Jansen' } },
      );
      expect(acceptInvitation.organisationId).toBe(organisation.id);
      const colleague = await login(api, colleagueEmail);
      const members = await api.gql.data<{ organisationMembers: { id: string }[] }>(
        MEMBERS,
        {},
        {
          token: founder.accessToken,
        },
      );
      expect(members.organisationMembers.map((m) => m.id)).toContain(acceptInvitation.id);

      await api.gql.data(
        'mutation($u: ID!) { removeOrganisationMember(userId: $u) }',
        { u: acceptInvitation.id },
        { token: founder.accessToken },
      );
      const me = await api.gql.request('{ me { id } }', {}, { token: colleague.accessToken });
      expect(me.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      const relogin = await api.gql.request(
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { email: colleagueEmail, password: PASSWORD } },
        { headers: { 'x-forwarded-for': '10.9.0.1' } },
      );
      expect(relogin.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('refuses to remove a member of another organisation', async () => {
      const first = await registerEmployer();
      const second = await registerEmployer();
      const { accessToken } = await login(api, first.email);
      const response = await api.gql.request(
        'mutation($u: ID!) { removeOrganisationMember(userId: $u) }',
        { u: second.member.id },
        { token: accessToken },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('keeps the last member of an organisation', async () => {
      const { member, email } = await registerEmployer();
      const { accessToken } = await login(api, email);
      const response = await api.gql.request(
        'mutation($u: ID!) { removeOrganisationMember(userId: $u) }',
        { u: member.id },
        { token: accessToken },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });
  });
});
