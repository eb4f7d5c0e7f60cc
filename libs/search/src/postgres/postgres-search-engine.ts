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
import type { ListenerLogger } from '@werkmatch/database';
import { IndexChangeWatch } from './index-change-watch';
import { PostgresIndexBackend } from './postgres-index-backend';

export interface PostgresSearchEngineOptions {
  /**
   * Lets the engine listen for writes to the indexes by any process, so that searches without text and typed
   * words need one statement instead of two. Without it, every search asks.
   */
  databaseUrl?: string;
  logger?: ListenerLogger;
}

/**
 * The built-in engine: the indexes are tables in the platform's own PostgreSQL (migration
 * 1796005600000-search-indexes), so a small installation, the demo and the tests need nothing else.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres' as const;
  readonly vacancies: VacancySearchIndex;
  readonly talentProfiles: TalentProfileSearchIndex;
  private readonly health: PostgresSearchHealth;
  private readonly watch: IndexChangeWatch | null;

  constructor(dataSource: DataSource, options: PostgresSearchEngineOptions = {}) {
    this.health = new PostgresSearchHealth(dataSource);
    this.watch = options.databaseUrl
      ? new IndexChangeWatch(options.databaseUrl, options.logger)
      : null;
    this.vacancies = new SearchIndex(
      VACANCY_INDEX,
      new PostgresIndexBackend(
        dataSource,
        {
          table: 'search_vacancy',
          highlights: {
            title: { sql: `x.document->>'title'`, whole: true },
            description: { sql: `x.document->>'description'`, whole: false },
          },
        },
        this.watch,
      ),
    );
    this.talentProfiles = new SearchIndex(
      TALENT_PROFILE_INDEX,
      new PostgresIndexBackend(
        dataSource,
        {
          table: 'search_talent_profile',
          highlights: {
            headline: { sql: `x.document->>'headline'`, whole: true },
            talents: {
              sql: `array_to_string(ARRAY(SELECT jsonb_array_elements_text(x.document->'talents')), ' · ')`,
              whole: false,
            },
          },
        },
        this.watch,
      ),
    );
  }

  index<N extends SearchIndexName>(name: N): SearchIndexOf<N> {
    return (name === SearchIndexName.Vacancies
      ? this.vacancies
      : this.talentProfiles) as unknown as SearchIndexOf<N>;
  }

  /** The tables come with the migrations; only the listening connection to open. */
  async start(): Promise<void> {
    this.watch?.start();
  }

  async close(): Promise<void> {
    await this.watch?.stop();
  }

  isReachable(): Promise<boolean> {
    return this.health.isReachable();
  }
}
