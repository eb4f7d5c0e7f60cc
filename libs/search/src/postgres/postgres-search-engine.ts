import type { DataSource } from 'typeorm';
import { SearchIndexName } from '../search-documents';
import type {
  SearchEngine,
  SearchIndexOf,
  TalentProfileSearchIndex,
  VacancySearchIndex,
} from '../search-engine';
import { SearchIndex } from '../search-index';
import { TALENT_PROFILE_INDEX, VACANCY_INDEX } from '../search-index-definitions';
import { PostgresSearchHealth } from '../postgres-search-health';
import { PostgresIndexBackend } from './postgres-index-backend';

/**
 * The built-in engine: the indexes are tables in the platform's own PostgreSQL (migration
 * 1796005600000-search-indexes), so a small installation, the demo and the tests need nothing else.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres' as const;
  readonly vacancies: VacancySearchIndex;
  readonly talentProfiles: TalentProfileSearchIndex;
  private readonly health: PostgresSearchHealth;

  constructor(dataSource: DataSource) {
    this.health = new PostgresSearchHealth(dataSource);
    this.vacancies = new SearchIndex(
      VACANCY_INDEX,
      new PostgresIndexBackend(dataSource, {
        table: 'search_vacancy',
        highlights: {
          title: { sql: `x.document->>'title'`, whole: true },
          description: { sql: `x.document->>'description'`, whole: false },
        },
      }),
    );
    this.talentProfiles = new SearchIndex(
      TALENT_PROFILE_INDEX,
      new PostgresIndexBackend(dataSource, {
        table: 'search_talent_profile',
        highlights: {
          headline: { sql: `x.document->>'headline'`, whole: true },
          talents: {
            sql: `array_to_string(ARRAY(SELECT jsonb_array_elements_text(x.document->'talents')), ' · ')`,
            whole: false,
          },
        },
      }),
    );
  }

  index<N extends SearchIndexName>(name: N): SearchIndexOf<N> {
    return (name === SearchIndexName.Vacancies
      ? this.vacancies
      : this.talentProfiles) as unknown as SearchIndexOf<N>;
  }

  /** The tables come with the migrations; nothing to create at start. */
  async start(): Promise<void> {
    return;
  }

  async close(): Promise<void> {
    return;
  }

  isReachable(): Promise<boolean> {
    return this.health.isReachable();
  }
}
