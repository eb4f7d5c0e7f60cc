import { join } from 'node:path';
import type { AfterQueryEvent, DataSource, EntitySubscriberInterface } from 'typeorm';
import { Role } from '@werkmatch/identity/domain';
import {
  importTaxonomy,
  OccupationEntity,
  readTaxonomyReference,
  taxonomyReferenceFiles,
} from '@werkmatch/taxonomy/data-access';
import { createUser, dataSourceOf, login } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const referenceDir = join(__dirname, '..', '..', 'data', 'reference');
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Every SQL statement the API sends through TypeORM while it is recording. */
class StatementRecorder implements EntitySubscriberInterface {
  private statements: string[] | undefined;

  afterQuery(event: AfterQueryEvent<unknown>): void {
    this.statements?.push(event.query);
  }

  async during(work: () => Promise<unknown>): Promise<string[]> {
    const statements: string[] = [];
    this.statements = statements;
    try {
      await work();
    } finally {
      this.statements = undefined;
    }
    return statements;
  }
}

const fromTable = (table: string) => (sql: string) => sql.includes(`FROM "${table}"`);

interface SkillFields {
  id: string;
  label: string;
  labelLanguage: string;
  labelNl: string | null;
  labelEn: string;
  alternativeLabelsNl: string[];
  alternativeLabelsEn: string[];
}
interface OccupationFields {
  id: string;
  uri: string;
  label: string;
  labelLanguage: string;
  labelEn: string;
  alternativeLabelsNl: string[];
  iscoGroup: { code: string; label: string };
}
interface Suggestion {
  matchedLabel: string;
  matchedLanguage: string;
  match: string;
}
type SkillSuggestion = Suggestion & { skill: SkillFields };
type OccupationSuggestion = Suggestion & { occupation: OccupationFields };

const SKILL = 'id label labelLanguage labelNl labelEn alternativeLabelsNl alternativeLabelsEn';
const OCCUPATION =
  'id uri label labelLanguage labelEn alternativeLabelsNl iscoGroup { code label }';
const SUGGEST_SKILLS = `query($text: String!, $limit: Int) {
  suggestSkills(text: $text, limit: $limit) { matchedLabel matchedLanguage match skill { ${SKILL} } }
}`;
const SUGGEST_OCCUPATIONS = `query($text: String!, $limit: Int) {
  suggestOccupations(text: $text, limit: $limit) {
    matchedLabel matchedLanguage match occupation { ${OCCUPATION} }
  }
}`;

// One app and one import of the whole ESCO set (~10 s) for the file, so the look-ups run against real labels.
describe('Taxonomy look-ups over GraphQL', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let token: string;
  const recorder = new StatementRecorder();

  beforeAll(async () => {
    api = await startTestApp();
    dataSource = dataSourceOf(api);
    await importTaxonomy(dataSource, taxonomyReferenceFiles(referenceDir));
    dataSource.subscribers.push(recorder);
    const jobSeeker = await createUser(api, Role.JOB_SEEKER);
    token = (await login(api, jobSeeker.email)).accessToken;
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  const suggestSkills = async (text: string, limit?: number) =>
    (
      await api.gql.data<{ suggestSkills: SkillSuggestion[] }>(
        SUGGEST_SKILLS,
        { text, limit },
        { token },
      )
    ).suggestSkills;
  const suggestOccupations = async (text: string, limit?: number) =>
    (
      await api.gql.data<{ suggestOccupations: OccupationSuggestion[] }>(
        SUGGEST_OCCUPATIONS,
        { text, limit },
        { token },
      )
    ).suggestOccupations;
  const occupationId = async (labelNl: string) =>
    (await dataSource.getRepository(OccupationEntity).findOneByOrFail({ labelNl })).id;

  it('suggests nursing occupations, with their ISCO group, for the first letters of a Dutch label', async () => {
    const suggestions = await suggestOccupations('verpleegk');
    expect(suggestions).toHaveLength(10);
    expect(suggestions[0]?.match).toBe('PREFIX');
    const nurse = suggestions.find((s) => s.occupation.label === 'algemeen verpleegkundige');
    expect(nurse?.occupation).toMatchObject({
      labelLanguage: 'NL',
      labelEn: 'nurse responsible for general care',
      iscoGroup: { code: '2221', label: 'Verpleegkundigen met hogere opleiding' },
    });
  });

  it('finds an occupation by its English label and shows the Dutch one', async () => {
    const [first] = await suggestOccupations('specialist nurse', 5);
    expect(first).toMatchObject({
      matchedLabel: 'specialist nurse',
      matchedLanguage: 'EN',
      match: 'PREFIX',
      occupation: { label: 'gespecialiseerd verpleegkundige', labelLanguage: 'NL' },
    });
  });

  it('finds occupations by their alternative labels, Dutch and English', async () => {
    const [dutch] = await suggestOccupations('ambulancebroeder', 5);
    expect(dutch).toMatchObject({
      matchedLabel: 'ambulancebroeder',
      matchedLanguage: 'NL',
      occupation: { label: 'ambulanceverpleegkundige' },
    });
    expect(dutch?.occupation.alternativeLabelsNl).toContain('ambulancebroeder');
    const [english] = await suggestOccupations('fry cook', 5);
    expect(english).toMatchObject({
      matchedLabel: 'fry cook',
      matchedLanguage: 'EN',
      occupation: { label: 'kok' },
    });
  });

  it('still finds verpleegkundige occupations with a letter left out', async () => {
    const suggestions = await suggestOccupations('verpleegkundge');
    expect(suggestions.map((s) => s.occupation.label)).toEqual(
      expect.arrayContaining(['algemeen verpleegkundige', 'gespecialiseerd verpleegkundige']),
    );
    expect(suggestions.every((s) => s.match === 'SIMILAR')).toBe(true);
  });

  it('shows the Dutch label of a skill where ESCO has one, also when found by its English label', async () => {
    const [heatPump] = await suggestSkills('install heat pu', 5);
    expect(heatPump).toMatchObject({
      matchedLabel: 'install heat pump',
      matchedLanguage: 'EN',
      skill: {
        label: 'warmtepompen installeren',
        labelLanguage: 'NL',
        labelNl: 'warmtepompen installeren',
        labelEn: 'install heat pump',
      },
    });
  });

  it('shows the English label of a skill that has no Dutch one', async () => {
    const [musicalStaff] = await suggestSkills('manage musi', 5);
    expect(musicalStaff).toMatchObject({
      match: 'PREFIX',
      skill: { label: 'manage musical staff', labelLanguage: 'EN', labelNl: null },
    });
    expect(musicalStaff?.skill.alternativeLabelsEn).toContain('manage music staff');
  });

  it('finds a skill by a Dutch alternative label', async () => {
    const [first] = await suggestSkills('oplopende ontw', 5);
    expect(first).toMatchObject({
      matchedLabel: 'oplopende ontwikkeling',
      matchedLanguage: 'NL',
      skill: { label: 'incrementele ontwikkeling' },
    });
  });

  it('returns no suggestions while fewer than two letters are typed, and at most the limit', async () => {
    expect(await suggestSkills('m')).toEqual([]);
    expect(await suggestSkills('manage', 50)).toHaveLength(50);
    expect(await suggestOccupations('manager', 3)).toHaveLength(3);
  });

  it('suggests the essential skills of a chosen occupation, as ESCO relates them', async () => {
    const cook = await dataSource
      .getRepository(OccupationEntity)
      .findOneByOrFail({ labelNl: 'kok' });
    const expected = readTaxonomyReference(taxonomyReferenceFiles(referenceDir))
      .occupationSkills.filter((r) => r.occupationUri === cook.uri && r.relation === 'essential')
      .map((r) => r.skillUri)
      .sort();
    const { essentialSkills } = await api.gql.data<{
      essentialSkills: { uri: string; label: string }[];
    }>(
      'query($id: ID!) { essentialSkills(occupationId: $id) { uri label } }',
      { id: cook.id },
      {
        token,
      },
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(essentialSkills.map((s) => s.uri).sort()).toEqual(expected);
    const labels = essentialSkills.map((s) => s.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('lists the optional skills of an occupation apart from the essential ones', async () => {
    const id = await occupationId('kok');
    const query = `query($id: ID!, $relation: SkillRelation) {
      occupationSkills(occupationId: $id, relation: $relation) { relation skill { id } }
    }`;
    type Links = { occupationSkills: { relation: string; skill: { id: string } }[] };
    const all = (await api.gql.data<Links>(query, { id }, { token })).occupationSkills;
    const optional = (await api.gql.data<Links>(query, { id, relation: 'OPTIONAL' }, { token }))
      .occupationSkills;
    expect(optional.length).toBeGreaterThan(0);
    expect(optional.every((link) => link.relation === 'OPTIONAL')).toBe(true);
    expect(all.filter((link) => link.relation === 'OPTIONAL')).toHaveLength(optional.length);
    expect(all.length).toBeGreaterThan(optional.length);
  });

  it('looks up one skill and one occupation by id', async () => {
    const [musicalStaff] = await suggestSkills('manage musical staff', 1);
    const id = await occupationId('kok');
    const data = await api.gql.data<{ skill: SkillFields; occupation: OccupationFields }>(
      `query($skill: ID!, $occupation: ID!) {
        skill(id: $skill) { id labelEn }
        occupation(id: $occupation) { label labelEn iscoGroup { code } }
      }`,
      { skill: musicalStaff?.skill.id, occupation: id },
      { token },
    );
    expect(data.skill).toEqual({ id: musicalStaff?.skill.id, labelEn: 'manage musical staff' });
    expect(data.occupation).toEqual({ label: 'kok', labelEn: 'cook', iscoGroup: { code: '5120' } });
  });

  it('refuses every look-up to a caller who is not logged in', async () => {
    const id = await occupationId('kok');
    const calls = [
      ['suggestSkills', '{ suggestSkills(text: "verpleeg") { match } }'],
      ['suggestOccupations', '{ suggestOccupations(text: "verpleeg") { match } }'],
      ['essentialSkills', `{ essentialSkills(occupationId: "${id}") { id } }`],
      ['occupationSkills', `{ occupationSkills(occupationId: "${id}") { relation } }`],
      ['occupation', `{ occupation(id: "${id}") { id } }`],
      ['skill', `{ skill(id: "${UNKNOWN_ID}") { id } }`],
    ] as const;
    for (const [name, query] of calls) {
      const response = await api.gql.request(query);
      expect([name, response.errors?.map((e) => e.extensions?.['code'])]).toEqual([
        name,
        ['UNAUTHENTICATED'],
      ]);
    }
  });

  it('refuses bad arguments with an error naming the argument and the rule', async () => {
    const violationsOf = async (query: string, variables: Record<string, unknown>) => {
      const response = await api.gql.request(query, variables, { token });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      return response.errors?.[0]?.extensions?.['violations'];
    };
    expect(await violationsOf(SUGGEST_SKILLS, { text: 'a'.repeat(101) })).toEqual([
      { field: 'text', rule: 'at most 100 characters' },
    ]);
    expect(await violationsOf(SUGGEST_OCCUPATIONS, { text: 'kok', limit: 0 })).toEqual([
      { field: 'limit', rule: 'between 1 and 50' },
    ]);
    expect(await violationsOf(SUGGEST_SKILLS, { text: 'kok', limit: 51 })).toEqual([
      { field: 'limit', rule: 'between 1 and 50' },
    ]);
    for (const id of [UNKNOWN_ID, 'not-an-id']) {
      expect(
        await violationsOf('query($id: ID!) { essentialSkills(occupationId: $id) { id } }', { id }),
      ).toEqual([{ field: 'occupationId', rule: 'a known taxonomy reference' }]);
      expect(
        await violationsOf('query($id: ID!) { occupationSkills(occupationId: $id) { relation } }', {
          id,
        }),
      ).toEqual([{ field: 'occupationId', rule: 'a known taxonomy reference' }]);
      expect(await violationsOf('query($id: ID!) { skill(id: $id) { id } }', { id })).toEqual([
        { field: 'id', rule: 'a known taxonomy reference' },
      ]);
      expect(await violationsOf('query($id: ID!) { occupation(id: $id) { id } }', { id })).toEqual([
        { field: 'id', rule: 'a known taxonomy reference' },
      ]);
    }
    // The boundaries themselves are allowed.
    await expect(suggestSkills('a'.repeat(100), 1)).resolves.toEqual([]);
    await expect(suggestSkills('manage', 1)).resolves.toHaveLength(1);
  });

  it('resolves the ISCO groups of a whole list of occupations with one query', async () => {
    let suggestions: OccupationSuggestion[] = [];
    const statements = await recorder.during(async () => {
      suggestions = await suggestOccupations('manager', 30);
    });
    const groups = new Set(suggestions.map((s) => s.occupation.iscoGroup.code));
    expect(suggestions).toHaveLength(30);
    expect(groups.size).toBeGreaterThan(5);
    expect(statements.filter(fromTable('isco_group'))).toHaveLength(1);
  });

  it('loads several occupations asked for in one request with one query', async () => {
    const ids = await Promise.all(
      ['kok', 'algemeen verpleegkundige', 'inspiciënt'].map(occupationId),
    );
    let data: Record<string, { label: string }> = {};
    const statements = await recorder.during(async () => {
      data = await api.gql.data(
        `query($a: ID!, $b: ID!, $c: ID!) {
          a: occupation(id: $a) { label } b: occupation(id: $b) { label } c: occupation(id: $c) { label }
        }`,
        { a: ids[0], b: ids[1], c: ids[2] },
        { token },
      );
    });
    expect(Object.values(data).map((o) => o.label)).toEqual([
      'kok',
      'algemeen verpleegkundige',
      'inspiciënt',
    ]);
    expect(statements.filter(fromTable('occupation'))).toHaveLength(1);
  });
});
