import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Policy } from '@werkmatch/platform/access-control';
import { SearchTalentProfilesArgs, SearchVacanciesArgs } from './search.args';
import {
  TalentProfileSearchResult,
  toTalentProfileSearchResult,
  toVacancySearchResult,
  VacancySearchResult,
} from './search.model';
import { SearchPolicies } from './search.policies';
import { SearchService } from './search.service';
import { selects } from './selection';

const HIGHLIGHTS = ['hits', 'highlights'] as const;

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Policy(SearchPolicies.vacancies)
  @Query(() => VacancySearchResult, {
    description:
      'Search published vacancies: text as typed, filters, distance, facets, sorting and pages with a total.',
  })
  async searchVacancies(
    @Args() args: SearchVacanciesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VacancySearchResult> {
    return toVacancySearchResult(await this.search.vacancies(args, selects(info, HIGHLIGHTS)));
  }

  @Policy(SearchPolicies.talentProfiles)
  @Query(() => TalentProfileSearchResult, {
    description:
      'Search published talent profiles, anonymised: what employers may see before an approved match.',
  })
  async searchTalentProfiles(
    @Args() args: SearchTalentProfilesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TalentProfileSearchResult> {
    return toTalentProfileSearchResult(
      await this.search.talentProfiles(args, selects(info, HIGHLIGHTS)),
    );
  }
}
