import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { ValidationError } from '@werkmatch/shared/errors';
import { createTestDatabase, TestDatabase } from '@werkmatch/shared/testing';
import {
  importTaxonomy,
  LabelLanguage,
  OccupationEntity,
  readTaxonomyReference,
  SkillEntity,
  SkillRelation,
  SuggestionMatch,
  TaxonomyImportResult,
  TaxonomyService,
  taxonomyReferenceFiles,
} from '@werkmatch/taxonomy/data-access';

const referenceDir = join(__dirname, '..', '..', 'data', 'reference');

// The whole ESCO set (3,007 occupations, 13,896 skills, 123,788 relations) imports in about 10 s, so the
// suggestions are tested against the real labels rather than a hand-picked handful.
describe('ESCO taxonomy', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let taxonomy: TaxonomyService;
  let firstImport: TaxonomyImportResult;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createPlatformDataSource({ url: db.url, poolSize: 2 });
    await dataSource.initialize();
    firstImport = await importTaxonomy(dataSource, taxonomyReferenceFiles(referenceDir));
    taxonomy = new TaxonomyService(dataSource);
  }, 90_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const occupationByLabel = (labelNl: string) =>
    dataSource.getRepository(OccupationEntity).findOneByOrFail({ labelNl });
  const skillByEnglishLabel = (labelEn: string) =>
    dataSource.getRepository(SkillEntity).findOneByOrFail({ labelEn });

  it('imports every occupation, skill and relation of the reference copy', () => {
    expect(firstImport.totals).toMatchObject({
      iscoGroups: 619,
      occupations: 3007,
      skills: 13896,
      occupationSkills: 123788,
    });
    expect(firstImport.occupations.inserted).toBe(3007);
  });

  it('shows the Dutch label where ESCO has one and the English one otherwise', async () => {
    const nurse = await occupationByLabel('algemeen verpleegkundige');
    expect([nurse.label, nurse.labelLanguage]).toEqual([
      'algemeen verpleegkundige',
      LabelLanguage.NL,
    ]);
    const initiative = await dataSource
      .getRepository(SkillEntity)
      .findOneByOrFail({ labelNl: 'initiatief aan de dag leggen' });
    expect([initiative.label, initiative.labelLanguage]).toEqual([
      'initiatief aan de dag leggen',
      LabelLanguage.NL,
    ]);
    const musicalStaff = await skillByEnglishLabel('manage musical staff');
    expect(musicalStaff.labelNl).toBeNull();
    expect([musicalStaff.label, musicalStaff.labelLanguage]).toEqual([
      'manage musical staff',
      LabelLanguage.EN,
    ]);
  });

  it('suggests nursing occupations for the first letters of verpleegkundige', async () => {
    const suggestions = await taxonomy.suggestOccupations('verpleegk', 10);
    expect(suggestions).toHaveLength(10);
    expect(suggestions[0].match).toBe(SuggestionMatch.PREFIX);
    expect(suggestions[0].matchedLabel.toLowerCase().startsWith('verpleegk')).toBe(true);
    const labels = suggestions.map((s) => s.item.label);
    expect(labels).toEqual(
      expect.arrayContaining(['algemeen verpleegkundige', 'gespecialiseerd verpleegkundige']),
    );
  });

  it('still finds verpleegkundige occupations with a letter left out', async () => {
    const suggestions = await taxonomy.suggestOccupations('verpleegkundge', 10);
    const labels = suggestions.map((s) => s.item.label);
    expect(labels).toEqual(
      expect.arrayContaining(['algemeen verpleegkundige', 'gespecialiseerd verpleegkundige']),
    );
    expect(suggestions.every((s) => s.match === SuggestionMatch.SIMILAR)).toBe(true);
  });

  it('ranks labels that start with the text before labels with a later word that does', async () => {
    const suggestions = await taxonomy.suggestOccupations('verpleegkundige', 20);
    const firstWordMatch = suggestions.findIndex((s) => s.match !== SuggestionMatch.PREFIX);
    expect(firstWordMatch).toBeGreaterThan(0);
    expect(suggestions.slice(firstWordMatch).every((s) => s.match !== SuggestionMatch.PREFIX)).toBe(
      true,
    );
  });

  it('finds a skill by the start of its English label, showing the English label', async () => {
    const [first] = await taxonomy.suggestSkills('manage musi', 10);
    expect(first.item.labelEn).toBe('manage musical staff');
    expect(first.item.labelLanguage).toBe(LabelLanguage.EN);
    expect(first.match).toBe(SuggestionMatch.PREFIX);
  });

  it('finds an occupation by its English label and shows the Dutch one', async () => {
    const suggestions = await taxonomy.suggestOccupations('specialist nurse', 5);
    expect(suggestions[0]).toMatchObject({
      matchedLabel: 'specialist nurse',
      matchedLanguage: LabelLanguage.EN,
    });
    expect(suggestions[0].item.label).toBe('gespecialiseerd verpleegkundige');
  });

  it('finds a skill by its Dutch label, ignoring case and accents', async () => {
    const [first] = await taxonomy.suggestSkills('INITIATIEF aan', 5);
    expect(first.item.label).toBe('initiatief aan de dag leggen');
    const [accented] = await taxonomy.suggestOccupations('inspicient', 5);
    expect(accented.item.label).toBe('inspiciënt');
  });

  it('returns nothing for fewer than two characters and caps the limit', async () => {
    expect(await taxonomy.suggestSkills('m', 10)).toEqual([]);
    expect(await taxonomy.suggestSkills('   ', 10)).toEqual([]);
    expect(await taxonomy.suggestSkills('manage', 500)).toHaveLength(50);
  });

  it('treats % and _ as letters, not patterns', async () => {
    expect(await taxonomy.suggestSkills('%%%', 10)).toEqual([]);
    expect(await taxonomy.suggestSkills('___', 10)).toEqual([]);
  });

  it('lists the essential skills of an occupation as ESCO relates them', async () => {
    const cook = await occupationByLabel('kok');
    const data = readTaxonomyReference(taxonomyReferenceFiles(referenceDir));
    const expected = data.occupationSkills
      .filter((r) => r.occupationUri === cook.uri && r.relation === 'essential')
      .map((r) => r.skillUri)
      .sort();
    const essential = await taxonomy.essentialSkillsOf(cook.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(essential.map((s) => s.uri).sort()).toEqual(expected);
    const all = await taxonomy.skillsOf(cook.id);
    expect(all.length).toBeGreaterThan(essential.length);
    expect(all.filter((s) => s.relation === SkillRelation.ESSENTIAL)).toHaveLength(
      essential.length,
    );
    expect(await taxonomy.essentialSkillsOf('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('loads occupations and skills by id in one query each, leaving out unknown ids', async () => {
    const cook = await occupationByLabel('kok');
    const musicalStaff = await skillByEnglishLabel('manage musical staff');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await taxonomy.findOccupationsByIds([cook.id, unknown])).map((o) => o.id)).toEqual([
      cook.id,
    ]);
    expect((await taxonomy.findSkillsByIds([musicalStaff.id, unknown])).map((s) => s.id)).toEqual([
      musicalStaff.id,
    ]);
  });

  it('rejects an unknown skill reference, naming the field', async () => {
    const musicalStaff = await skillByEnglishLabel('manage musical staff');
    const error = await taxonomy
      .requireSkills([musicalStaff.id, 'not-a-uuid'], (i) => `input.skills[${i}].skillId`)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations).toEqual([
      { field: 'input.skills[1].skillId', rule: 'a known taxonomy reference' },
    ]);
    await expect(
      taxonomy.requireSkills([musicalStaff.id], (i) => `input.skills[${i}].skillId`),
    ).resolves.toBeUndefined();
  });

  it('changes nothing when imported again', async () => {
    const cook = await occupationByLabel('kok');
    const again = await importTaxonomy(dataSource, taxonomyReferenceFiles(referenceDir));
    expect(again.totals).toEqual(firstImport.totals);
    for (const counts of [
      again.iscoGroups,
      again.occupations,
      again.skills,
      again.occupationSkills,
      again.occupationSearchTerms,
      again.skillSearchTerms,
    ])
      expect(counts).toMatchObject({ inserted: 0, updated: 0 });
    expect(again.occupationSearchTerms.deleted + again.skillSearchTerms.deleted).toBe(0);
    // Ids stay, so profiles and vacancies that refer to them stay valid.
    expect((await occupationByLabel('kok')).id).toBe(cook.id);
  }, 60_000);
});
