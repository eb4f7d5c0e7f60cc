import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Policy } from '@werkmatch/platform/access-control';
import { ValidationError } from '@werkmatch/shared/errors';
import { TaxonomyService } from '@werkmatch/taxonomy/data-access';
import { Occupation } from './occupation.model';
import { Skill } from './skill.model';
import { assertSuggestArgs, SuggestArgs } from './suggest.args';
import { OccupationSkill, OccupationSuggestion, SkillSuggestion } from './suggestion.model';
import { SkillRelation } from './taxonomy.enum';
import { isTaxonomyId, occupationLoader, skillLoader } from './taxonomy.loaders';
import { toOccupation, toSkill } from './taxonomy.mapping';
import { TaxonomyPolicies } from './taxonomy.policies';

/** The same rule the data-access layer gives an unknown reference in an input, so clients see one wording. */
const KNOWN_REFERENCE = 'a known taxonomy reference';

@Resolver()
export class TaxonomyResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Policy(TaxonomyPolicies.lookUp)
  @Query(() => [SkillSuggestion], {
    description:
      'Skills for what a person is typing, Dutch or English, preferred or alternative labels, tolerant of a typo. Labels that start with the text first, then labels with a word that does, then near misses.',
  })
  async suggestSkills(@Args() args: SuggestArgs): Promise<SkillSuggestion[]> {
    assertSuggestArgs(args);
    const suggestions = await this.taxonomy.suggestSkills(args.text, args.limit);
    return suggestions.map(({ item, matchedLabel, matchedLanguage, match }) => ({
      skill: toSkill(item),
      matchedLabel,
      matchedLanguage,
      match,
    }));
  }

  @Policy(TaxonomyPolicies.lookUp)
  @Query(() => [OccupationSuggestion], {
    description: 'Occupations for what a person is typing, ranked as `suggestSkills`.',
  })
  async suggestOccupations(@Args() args: SuggestArgs): Promise<OccupationSuggestion[]> {
    assertSuggestArgs(args);
    const suggestions = await this.taxonomy.suggestOccupations(args.text, args.limit);
    return suggestions.map(({ item, matchedLabel, matchedLanguage, match }) => ({
      occupation: toOccupation(item),
      matchedLabel,
      matchedLanguage,
      match,
    }));
  }

  @Policy(TaxonomyPolicies.lookUp)
  @Query(() => [Skill], {
    description:
      'The skills ESCO calls essential for an occupation, by shown label: what to suggest once a person picked it.',
  })
  async essentialSkills(
    @Args('occupationId', { type: () => ID }) occupationId: string,
    @Context('req') req: object,
  ): Promise<Skill[]> {
    await this.requireOccupation(req, occupationId, 'occupationId');
    return (await this.taxonomy.essentialSkillsOf(occupationId)).map(toSkill);
  }

  @Policy(TaxonomyPolicies.lookUp)
  @Query(() => [OccupationSkill], {
    description:
      'The skills ESCO relates to an occupation, by shown label; only essential or only optional ones when `relation` is given.',
  })
  async occupationSkills(
    @Args('occupationId', { type: () => ID }) occupationId: string,
    @Args('relation', { type: () => SkillRelation, nullable: true })
    relation: SkillRelation | null | undefined,
    @Context('req') req: object,
  ): Promise<OccupationSkill[]> {
    await this.requireOccupation(req, occupationId, 'occupationId');
    return (await this.taxonomy.skillsOf(occupationId, relation ?? undefined)).map((link) => ({
      skill: toSkill(link.skill),
      relation: link.relation,
    }));
  }

  @Policy(TaxonomyPolicies.lookUp)
  @Query(() => Skill, { description: 'One skill by id.' })
  async skill(
    @Args('id', { type: () => ID }) id: string,
    @Context('req') req: object,
  ): Promise<Skill> {
    const skill = isTaxonomyId(id) ? await skillLoader(req, this.dataSource).load(id) : null;
    if (!skill) throw ValidationError.field('id', KNOWN_REFERENCE);
    return skill;
  }

  @Policy(TaxonomyPolicies.lookUp)
  @Query(() => Occupation, { description: 'One occupation by id.' })
  occupation(
    @Args('id', { type: () => ID }) id: string,
    @Context('req') req: object,
  ): Promise<Occupation> {
    return this.requireOccupation(req, id, 'id');
  }

  // Through the request's loader, so several look-ups in one request (aliases) share one query.
  private async requireOccupation(req: object, id: string, field: string): Promise<Occupation> {
    const occupation = isTaxonomyId(id)
      ? await occupationLoader(req, this.dataSource).load(id)
      : null;
    if (!occupation) throw ValidationError.field(field, KNOWN_REFERENCE);
    return occupation;
  }
}
