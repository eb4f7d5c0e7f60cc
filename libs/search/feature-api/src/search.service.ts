import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GeoService } from '@werkmatch/geo/data-access';
import {
  type GeoRadius,
  SEARCH_ENGINE,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
  type TalentProfileSearchDocument,
  type TalentProfileSearchFilters,
  type VacancySearchDocument,
  type VacancySearchFilters,
} from '@werkmatch/search';
import { ValidationError } from '@werkmatch/shared/errors';
import type {
  NearInput,
  SearchTalentProfilesArgs,
  SearchVacanciesArgs,
  TalentProfileSearchFiltersInput,
  VacancySearchFiltersInput,
} from './search.args';

/** GraphQL's nulls to the port's absent values. */
function defined<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/**
 * The two searches over GraphQL: arguments to the port's request (a postcode becomes its area's centre), the
 * port checks the rest and names any bad argument.
 */
@Injectable()
export class SearchService {
  private readonly geo: GeoService;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @InjectDataSource() dataSource: DataSource,
  ) {
    // Searches near a postcode are most of those people make; the areas are reference data.
    this.geo = new GeoService(dataSource, { keepAreasMs: 10 * 60_000 });
  }

  /** `highlights`: whether the caller shows them; marking matches is a good part of a search's work. */
  async vacancies(
    args: SearchVacanciesArgs,
    highlights: boolean,
  ): Promise<SearchResult<VacancySearchDocument>> {
    const filters: VacancySearchFilters = {
      ...(await this.filters(args.filters)),
      inclusiveOptions: defined(args.filters?.inclusiveOptions),
    };
    return this.engine.vacancies.search(this.request(args, filters, highlights));
  }

  async talentProfiles(
    args: SearchTalentProfilesArgs,
    highlights: boolean,
  ): Promise<SearchResult<TalentProfileSearchDocument>> {
    return this.engine.talentProfiles.search(
      this.request(args, await this.filters(args.filters), highlights),
    );
  }

  private request<F extends TalentProfileSearchFilters>(
    args: SearchVacanciesArgs | SearchTalentProfilesArgs,
    filters: F,
    highlights: boolean,
  ): SearchRequest<F> {
    return {
      highlights,
      query: defined(args.query),
      filters,
      sort: defined(args.sort),
      facets: defined(args.facets),
      page: {
        limit: defined(args.first),
        offset: defined(args.offset),
        after: defined(args.after),
      },
    };
  }

  private async filters(
    input: VacancySearchFiltersInput | TalentProfileSearchFiltersInput | null | undefined,
  ): Promise<TalentProfileSearchFilters> {
    if (!input) return {};
    return {
      routeTypes: defined(input.routeTypes),
      hours: defined(input.hours),
      educationLevel: input.educationLevel
        ? {
            atLeast: defined(input.educationLevel.atLeast),
            atMost: defined(input.educationLevel.atMost),
          }
        : undefined,
      dutchLevel: input.dutchLevel
        ? { atLeast: defined(input.dutchLevel.atLeast), atMost: defined(input.dutchLevel.atMost) }
        : undefined,
      regionIds: defined(input.regionIds),
      occupationIds: defined(input.occupationIds),
      iscoGroups: defined(input.iscoGroups),
      skillIds: defined(input.skillIds),
      skillMatch: defined(input.skillMatch),
      near: input.near ? await this.near(input.near) : undefined,
    };
  }

  /** A postcode or a point; an unknown postcode is a ValidationError naming `filters.near.postcode`. */
  private async near(near: NearInput): Promise<GeoRadius> {
    const point = near.lat !== null && near.lat !== undefined;
    const both = point || (near.lon !== null && near.lon !== undefined);
    if (near.postcode && both)
      throw ValidationError.field('filters.near', 'a postcode or lat and lon, not both');
    if (near.postcode) {
      const area = await this.geo.resolvePostcode(near.postcode, 'filters.near.postcode');
      return { lat: area.lat, lon: area.lon, radiusKm: near.radiusKm };
    }
    if (!point || near.lon === null || near.lon === undefined)
      throw ValidationError.field('filters.near', 'a postcode, or lat and lon');
    return { lat: near.lat as number, lon: near.lon, radiusKm: near.radiusKm };
  }
}
