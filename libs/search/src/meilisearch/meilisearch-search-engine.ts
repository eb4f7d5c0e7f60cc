import { MeiliSearch } from 'meilisearch';
import { SearchIndexName } from '../search-documents';
import type {
  SearchEngine,
  SearchIndexOf,
  TalentProfileSearchIndex,
  VacancySearchIndex,
} from '../search-engine';
import { SearchIndex } from '../search-index';
import {
  type SearchIndexDefinition,
  TALENT_PROFILE_INDEX,
  VACANCY_INDEX,
} from '../search-index-definitions';
import { MeilisearchIndexBackend, MeilisearchTasks } from './meilisearch-index-backend';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Put before each index name (`vacancies`, `talent-profiles`): several installations or test runs, one server. */
  indexPrefix?: string;
  /** How long one task (a batch, a delete) may take; default 30 s. */
  taskTimeoutMs?: number;
  /** How long a settings change or rebuild may take, both re-index everything; default 10 min. */
  reindexTimeoutMs?: number;
  /** How long one HTTP request may take; default 10 s. */
  requestTimeoutMs?: number;
}

/** Meilisearch ≥ 1.18 wants `rename` in a swap; older servers refuse it. */
function atLeast(version: string, major: number, minor: number): boolean {
  const [m = 0, n = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  return m > major || (m === major && n >= minor);
}

/**
 * The engine the design calls for, with the official client. `start()` creates the indexes and reconciles their
 * settings (only what differs, since a change re-indexes); every write waits for its task.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  readonly vacancies: VacancySearchIndex;
  readonly talentProfiles: TalentProfileSearchIndex;
  private readonly client: MeiliSearch;
  private readonly backends: MeilisearchIndexBackend[] = [];
  private version: Promise<string> | null = null;

  constructor(options: MeilisearchEngineOptions) {
    this.client = new MeiliSearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 10_000,
    });
    const tasks = new MeilisearchTasks(this.client, {
      taskMs: options.taskTimeoutMs ?? 30_000,
      reindexMs: options.reindexTimeoutMs ?? 600_000,
    });
    const prefix = options.indexPrefix ?? '';
    const backend = <D>(definition: SearchIndexDefinition<D>) => {
      const created = new MeilisearchIndexBackend(
        this.client,
        tasks,
        `${prefix}${definition.name}`,
        definition as SearchIndexDefinition<unknown>,
        async () => atLeast(await this.serverVersion(), 1, 18),
      );
      this.backends.push(created);
      return created;
    };
    this.vacancies = new SearchIndex(VACANCY_INDEX, backend(VACANCY_INDEX));
    this.talentProfiles = new SearchIndex(TALENT_PROFILE_INDEX, backend(TALENT_PROFILE_INDEX));
  }

  index<N extends SearchIndexName>(name: N): SearchIndexOf<N> {
    return (name === SearchIndexName.Vacancies
      ? this.vacancies
      : this.talentProfiles) as unknown as SearchIndexOf<N>;
  }

  async start(): Promise<void> {
    for (const backend of this.backends) await backend.ensure();
  }

  async close(): Promise<void> {
    return;
  }

  async isReachable(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  /** Deletes this engine's indexes (with their prefix): for tests and for removing an installation. */
  async dropIndexes(): Promise<void> {
    for (const backend of this.backends) await backend.drop();
  }

  private serverVersion(): Promise<string> {
    this.version ??= this.client.getVersion().then((version) => version.pkgVersion);
    return this.version;
  }
}
