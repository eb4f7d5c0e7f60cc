import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  FacetCounts,
  HighlightPart as HighlightPiece,
  SearchFacet as SearchFacetValue,
  SearchHit,
  SearchResult,
  TalentProfileSearchDocument,
  VacancySearchDocument,
} from '@werkmatch/search';
import { SearchFacet } from '@werkmatch/search';
import { CefrLevel, EducationLevel, InclusiveOption, RouteType } from '@werkmatch/work/feature-api';

@ObjectType('SearchedConcept', {
  description: 'An ESCO skill or occupation as the index holds it.',
})
export class SearchedConcept {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Dutch where ESCO has one, else English.' })
  label: string;
}

@ObjectType('SearchedOccupation')
export class SearchedOccupation extends SearchedConcept {
  @Field(() => String, { description: 'ISCO-08 unit group, four digits.' })
  iscoGroupCode: string;
}

@ObjectType('SearchHours')
export class SearchHours {
  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;
}

@ObjectType('SearchLocation', {
  description: 'The centre of a 4-digit postcode area, never an address.',
})
export class SearchLocation {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lon: number;
}

/** What both indexes hold alike: concepts, education, place and dates. */
@ObjectType({ isAbstract: true })
abstract class SearchedDocument {
  @Field(() => [SearchedOccupation])
  occupations: SearchedOccupation[];

  @Field(() => [SearchedConcept])
  skills: SearchedConcept[];

  @Field(() => EducationLevel, { nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => ID, { nullable: true })
  regionId: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field(() => String, { nullable: true })
  municipalityName: string | null;

  @Field(() => SearchLocation, { nullable: true })
  location: SearchLocation | null;

  @Field(() => String, { description: 'ISO 8601.' })
  publishedAt: string;

  @Field(() => String, { description: 'ISO 8601.' })
  updatedAt: string;
}

@ObjectType({
  description: 'A published vacancy as the search index holds it; `vacancy(id)` has the rest.',
})
export class SearchedVacancy extends SearchedDocument {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => RouteType)
  routeType: RouteType;

  @Field(() => SearchHours)
  hours: SearchHours;

  @Field(() => CefrLevel, { nullable: true })
  minDutchLevel: CefrLevel | null;

  @Field(() => [InclusiveOption])
  inclusiveOptions: InclusiveOption[];
}

@ObjectType({
  description:
    'A published talent profile as the search index holds it: only what the anonymised profile shows (no name, contact, postcode, target groups, support needs or private texts). `anonymisedTalentProfile(id)` has the rest.',
})
export class SearchedTalentProfile extends SearchedDocument {
  @Field(() => ID, { description: 'The profile, not the person.' })
  id: string;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => [String])
  talents: string[];

  @Field(() => [RouteType])
  wantedRouteTypes: RouteType[];

  @Field(() => SearchHours, { nullable: true })
  hours: SearchHours | null;

  @Field(() => CefrLevel, { nullable: true })
  dutchLevel: CefrLevel | null;
}

@ObjectType({
  description:
    'A piece of a text field where the query matched, in reading order; `matched` pieces are what the query found. Plain text, not HTML. Long texts are cut to the match.',
})
export class HighlightPart {
  @Field(() => String, { description: 'title, description, headline or talents.' })
  field: string;

  @Field(() => String)
  text: string;

  @Field(() => Boolean)
  matched: boolean;
}

@ObjectType()
export class FacetValueCount {
  @Field(() => String, { description: 'A route type, region id, hours band or CEFR level.' })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts over all hits, most frequent first.' })
export class FacetCount {
  @Field(() => SearchFacet)
  facet: SearchFacetValue;

  @Field(() => [FacetValueCount])
  values: FacetValueCount[];
}

@ObjectType({ isAbstract: true })
abstract class SearchHitOf {
  @Field(() => Float, { nullable: true, description: 'Kilometres from `filters.near`.' })
  distanceKm: number | null;

  @Field(() => [HighlightPart])
  highlights: HighlightPart[];
}

@ObjectType()
export class VacancySearchHit extends SearchHitOf {
  @Field(() => SearchedVacancy)
  vacancy: SearchedVacancy;
}

@ObjectType()
export class TalentProfileSearchHit extends SearchHitOf {
  @Field(() => SearchedTalentProfile)
  talentProfile: SearchedTalentProfile;
}

@ObjectType({ isAbstract: true })
abstract class SearchPage {
  @Field(() => Int, { description: 'Every hit, not only this page.' })
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  limit: number;

  @Field(() => String, { nullable: true, description: 'For `after`; null on the last page.' })
  nextCursor: string | null;

  @Field(() => [FacetCount])
  facets: FacetCount[];
}

@ObjectType()
export class VacancySearchResult extends SearchPage {
  @Field(() => [VacancySearchHit])
  hits: VacancySearchHit[];
}

@ObjectType()
export class TalentProfileSearchResult extends SearchPage {
  @Field(() => [TalentProfileSearchHit])
  hits: TalentProfileSearchHit[];
}

/** One flat list (field by field): a list in a list in a list of hits would price a page out of the budget. */
function highlights<D>(hit: SearchHit<D>): HighlightPart[] {
  return Object.entries(hit.highlights).flatMap(([field, parts]) =>
    ((parts as HighlightPiece[] | undefined) ?? []).map((part) => ({ field, ...part })),
  );
}

function facets(counts: FacetCounts): FacetCount[] {
  return (Object.keys(counts) as SearchFacetValue[]).map((facet) => ({
    facet,
    values: counts[facet] ?? [],
  }));
}

const page = <D>(result: SearchResult<D>) => ({
  total: result.total,
  offset: result.offset,
  limit: result.limit,
  nextCursor: result.nextCursor,
  facets: facets(result.facets),
});

export function toVacancySearchResult(
  result: SearchResult<VacancySearchDocument>,
): VacancySearchResult {
  return {
    ...page(result),
    hits: result.hits.map((hit) => ({
      vacancy: hit.document,
      distanceKm: hit.distanceKm,
      highlights: highlights(hit),
    })),
  };
}

export function toTalentProfileSearchResult(
  result: SearchResult<TalentProfileSearchDocument>,
): TalentProfileSearchResult {
  return {
    ...page(result),
    hits: result.hits.map((hit) => ({
      talentProfile: hit.document,
      distanceKm: hit.distanceKm,
      highlights: highlights(hit),
    })),
  };
}
