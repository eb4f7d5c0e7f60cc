import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { HoursBand, SearchFacet, SearchSort, SkillMatch } from '@werkmatch/search';
import { CefrLevel, EducationLevel, InclusiveOption, RouteType } from '@werkmatch/work/feature-api';

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description:
    'RELEVANCE (newest first without text), DATE (newest first) or DISTANCE (needs a point).',
});
registerEnumType(SearchFacet, { name: 'SearchFacet' });
registerEnumType(HoursBand, {
  name: 'HoursBand',
  description: 'Hours per week in bands of eight.',
});
registerEnumType(SkillMatch, { name: 'SkillMatch' });

@InputType()
export class SearchHoursInput {
  @Field(() => Int, { description: '1 to 40, at most `max`.' })
  min: number;

  @Field(() => Int, { description: '1 to 40.' })
  max: number;
}

@InputType({ description: 'A document without a level counts as below every level.' })
export class EducationLevelRangeInput {
  @Field(() => EducationLevel, { nullable: true })
  atLeast?: EducationLevel | null;

  @Field(() => EducationLevel, { nullable: true })
  atMost?: EducationLevel | null;
}

@InputType({ description: 'A document without a level counts as below every level.' })
export class CefrLevelRangeInput {
  @Field(() => CefrLevel, { nullable: true })
  atLeast?: CefrLevel | null;

  @Field(() => CefrLevel, { nullable: true })
  atMost?: CefrLevel | null;
}

@InputType({ description: 'Around a postcode, or around a point (lat and lon): not both.' })
export class NearInput {
  @Field(() => String, { nullable: true, description: '`3991 AB` or `3991`.' })
  postcode?: string | null;

  @Field(() => Float, { nullable: true })
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  lon?: number | null;

  @Field(() => Float, { description: '0.1 to 300 km.' })
  radiusKm: number;
}

@InputType({ isAbstract: true })
abstract class SearchFiltersInput {
  @Field(() => [RouteType], {
    nullable: true,
    description: 'A vacancy of, or a person wanting, any of these routes.',
  })
  routeTypes?: RouteType[] | null;

  @Field(() => SearchHoursInput, {
    nullable: true,
    description: 'Hours that share at least one hour with this range.',
  })
  hours?: SearchHoursInput | null;

  @Field(() => EducationLevelRangeInput, { nullable: true })
  educationLevel?: EducationLevelRangeInput | null;

  @Field(() => CefrLevelRangeInput, {
    nullable: true,
    description: 'Dutch level; `atLeast` for a minimum.',
  })
  dutchLevel?: CefrLevelRangeInput | null;

  @Field(() => [ID], { nullable: true })
  regionIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  occupationIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISCO-08 groups at any level: `5`, `53`, `532`, `5322`.',
  })
  iscoGroups?: string[] | null;

  @Field(() => [ID], { nullable: true })
  skillIds?: string[] | null;

  @Field(() => SkillMatch, { nullable: true, description: 'ALL (default) or ANY of `skillIds`.' })
  skillMatch?: SkillMatch | null;

  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;
}

@InputType({
  description: 'Every filter given must hold; a list is "any of" unless it says otherwise.',
})
export class TalentProfileSearchFiltersInput extends SearchFiltersInput {}

@InputType({
  description: 'Every filter given must hold; a list is "any of" unless it says otherwise.',
})
export class VacancySearchFiltersInput extends SearchFiltersInput {
  @Field(() => [InclusiveOption], { nullable: true, description: 'Offers all of these.' })
  inclusiveOptions?: InclusiveOption[] | null;
}

@ArgsType()
class SearchArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'What a person typed (up to 200 characters): every word must match, the last one as it is typed, with typos forgiven. Never read as a filter.',
  })
  query?: string | null;

  @Field(() => SearchSort, { nullable: true })
  sort?: SearchSort | null;

  @Field(() => [SearchFacet], { nullable: true, description: 'Counts over all hits to return.' })
  facets?: SearchFacet[] | null;

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  first?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hits to skip; or use `after`.' })
  offset?: number | null;

  @Field(() => String, { nullable: true, description: '`nextCursor` of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class SearchVacanciesArgs extends SearchArgs {
  @Field(() => VacancySearchFiltersInput, { nullable: true })
  filters?: VacancySearchFiltersInput | null;
}

@ArgsType()
export class SearchTalentProfilesArgs extends SearchArgs {
  @Field(() => TalentProfileSearchFiltersInput, { nullable: true })
  filters?: TalentProfileSearchFiltersInput | null;
}
