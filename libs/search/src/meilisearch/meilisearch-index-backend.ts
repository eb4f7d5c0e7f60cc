import {
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type Hit,
  type MeiliSearch,
  MeiliSearchApiError,
  MeiliSearchTaskTimeOutError,
  type MultiSearchParams,
  type SearchParams,
  type Task,
} from 'meilisearch';
import { SearchEngineError } from '../search-engine-error';
import type { IndexedRecord, SearchIndexDefinition } from '../search-index-definitions';
import type { EngineHit, EngineResult, IndexBackend } from '../search-index';
import { type IndexedEntry, SearchFacet } from '../search-request';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../search-text';
import type { NormalizedFilters, NormalizedSearch } from '../search-validation';
import { meilisearchFilter, meilisearchSort } from './meilisearch-filter';
import {
  MEILI_FACETS,
  type MeilisearchRecord,
  meilisearchSettings,
  settingsToUpdate,
  toMeilisearchRecord,
} from './meilisearch-settings';

export interface MeilisearchTimeouts {
  /** One task: adding a batch, deleting, a settings change on a small index. */
  taskMs: number;
  /** A settings change or a rebuild, which re-index every document. */
  reindexMs: number;
}

/** Waits for Meilisearch tasks and turns anything but success into a SearchEngineError naming the task. */
export class MeilisearchTasks {
  constructor(
    private readonly client: MeiliSearch,
    readonly timeouts: MeilisearchTimeouts,
  ) {}

  async wait(
    what: string,
    enqueued: EnqueuedTaskPromise | Promise<EnqueuedTask>,
    options: { timeoutMs?: number; tolerate?: string[] } = {},
  ): Promise<Task> {
    const timeout = options.timeoutMs ?? this.timeouts.taskMs;
    let task: Task;
    try {
      const { taskUid } = await enqueued;
      task = await this.client.tasks.waitForTask(taskUid, { timeout, interval: 25 });
    } catch (error) {
      if (error instanceof MeiliSearchTaskTimeOutError)
        throw new SearchEngineError(
          `Meilisearch task ${error.cause.taskUid} (${what}) did not finish within ${timeout} ms`,
          { cause: error },
        );
      if (error instanceof MeiliSearchApiError)
        throw new SearchEngineError(`Meilisearch refused ${what}: ${error.message}`, {
          cause: error,
        });
      throw error;
    }
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && task.error && options.tolerate?.includes(task.error.code))
      return task;
    throw new SearchEngineError(
      `Meilisearch task ${task.uid} (${what}) ${task.status}` +
        (task.error ? `: ${task.error.code}: ${task.error.message}` : ''),
    );
  }
}

const PAGE_OF_IDS = 1000;

/**
 * An index on Meilisearch. Every write waits for its task, so a resolved upsert is searchable (as on the built-in
 * engine); the index-sync processor batches writes to keep the number of tasks down.
 */
export class MeilisearchIndexBackend implements IndexBackend {
  /** While a rebuild fills its new index, writes go to both, so none is lost by the swap. */
  private rebuildTarget: string | null = null;

  constructor(
    private readonly client: MeiliSearch,
    private readonly tasks: MeilisearchTasks,
    readonly uid: string,
    private readonly definition: SearchIndexDefinition<unknown>,
    private readonly swapSupportsRename: () => Promise<boolean>,
  ) {}

  /** Creates the index when missing and brings its settings to what this version wants. */
  async ensure(uid = this.uid): Promise<void> {
    const exists = await this.client.getRawIndex(uid).then(
      () => true,
      (error: unknown) => {
        if (isCode(error, 'index_not_found')) return false;
        throw error;
      },
    );
    if (!exists)
      // Another process starting at the same time may create it first; that is as good.
      await this.tasks.wait(
        `creating index ${uid}`,
        this.client.createIndex(uid, { primaryKey: 'id' }),
        {
          tolerate: ['index_already_exists'],
        },
      );
    const wanted = meilisearchSettings(this.definition);
    const changes = settingsToUpdate(wanted, await this.client.index(uid).getSettings());
    if (Object.keys(changes).length > 0)
      await this.tasks.wait(
        `settings ${Object.keys(changes).join(', ')} of ${uid}`,
        this.client.index(uid).updateSettings(changes),
        { timeoutMs: this.tasks.timeouts.reindexMs },
      );
  }

  async drop(): Promise<void> {
    for (const uid of [this.uid, `${this.uid}-rebuild`])
      await this.tasks.wait(`deleting index ${uid}`, this.client.deleteIndex(uid), {
        tolerate: ['index_not_found'],
      });
  }

  async upsert(records: IndexedRecord[]): Promise<void> {
    const documents = records.map(toMeilisearchRecord);
    for (const uid of this.targets())
      await this.tasks.wait(
        `adding ${documents.length} documents to ${uid}`,
        this.client.index<MeilisearchRecord>(uid).addDocuments(documents, { primaryKey: 'id' }),
      );
  }

  async delete(ids: string[]): Promise<void> {
    for (const uid of this.targets())
      await this.tasks.wait(
        `deleting ${ids.length} documents from ${uid}`,
        this.client.index(uid).deleteDocuments(ids),
      );
  }

  async search(search: NormalizedSearch): Promise<EngineResult> {
    const index = this.client.index<MeilisearchRecord>(this.uid);
    // The words as the port split them: quotes, minus signs and the like never reach Meilisearch's query syntax.
    const q =
      search.words.length > 0 ? `${search.words.join(' ')}${search.prefixLast ? '' : ' '}` : null;
    const filter = meilisearchFilter(search.filters);
    const facets = search.facets.map((facet) => MEILI_FACETS[facet]);
    const [whole, ...cut] = this.definition.highlightFields;
    const common: SearchParams = {
      filter,
      matchingStrategy: 'all',
    };
    const hitParams: SearchParams = {
      ...common,
      sort: meilisearchSort(search),
      attributesToRetrieve: [...this.definition.fields],
      ...(q && whole && search.highlights
        ? {
            attributesToHighlight: [whole, ...cut],
            attributesToCrop: cut,
            cropLength: 30,
            cropMarker: '…',
            highlightPreTag: HIGHLIGHT_START,
            highlightPostTag: HIGHLIGHT_END,
          }
        : {}),
    };
    let hits: Hit<MeilisearchRecord>[];
    let total: number;
    let distribution: Record<string, Record<string, number>> | undefined;
    try {
      if (search.offset % search.limit === 0) {
        // page/hitsPerPage: one request with an exact total and facet counts over every hit.
        const response = await index.search(q, {
          ...hitParams,
          facets,
          page: search.offset / search.limit + 1,
          hitsPerPage: search.limit,
        });
        hits = response.hits;
        total = response.totalHits;
        distribution = response.facetDistribution;
      } else {
        // An offset between pages: the hits by offset/limit, the exact total and facets by hitsPerPage 0.
        const { results } = await this.client.multiSearch<MultiSearchParams, MeilisearchRecord>({
          queries: [
            { indexUid: this.uid, q, ...hitParams, offset: search.offset, limit: search.limit },
            { indexUid: this.uid, q, ...common, facets, page: 1, hitsPerPage: 0 },
          ],
        });
        const [page, counts] = results;
        if (!page || !counts) throw new SearchEngineError('Meilisearch answered without results');
        hits = page.hits;
        total = counts.totalHits ?? 0;
        distribution = counts.facetDistribution;
      }
    } catch (error) {
      if (error instanceof MeiliSearchApiError)
        throw new SearchEngineError(`Meilisearch refused a search: ${error.message}`, {
          cause: error,
        });
      throw error;
    }
    const facetCounts: EngineResult['facets'] = {};
    for (const facet of search.facets)
      facetCounts[facet] = distribution?.[MEILI_FACETS[facet as SearchFacet]] ?? {};
    return { total, hits: hits.map((hit) => this.hit(hit)), facets: facetCounts };
  }

  async count(filters: NormalizedFilters): Promise<number> {
    const response = await this.client
      .index(this.uid)
      .search(null, { filter: meilisearchFilter(filters), page: 1, hitsPerPage: 0 });
    return response.totalHits;
  }

  async listEntries(): Promise<IndexedEntry[]> {
    const entries: IndexedEntry[] = [];
    for (let offset = 0; ; offset += PAGE_OF_IDS) {
      const page = await this.client
        .index<MeilisearchRecord>(this.uid)
        .getDocuments({ fields: ['id', 'updatedAt'], limit: PAGE_OF_IDS, offset });
      for (const document of page.results)
        entries.push({ id: String(document.id), updatedAt: String(document['updatedAt']) });
      if (page.results.length < PAGE_OF_IDS) break;
    }
    return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async clear(): Promise<void> {
    await this.tasks.wait(`clearing ${this.uid}`, this.client.index(this.uid).deleteAllDocuments());
  }

  /**
   * Builds a new index next to the live one, then swaps them in one atomic step and deletes the old one:
   * searches never see a half-built index. Writes made meanwhile by this process go to both.
   */
  async rebuild(batches: AsyncIterable<IndexedRecord[]>): Promise<number> {
    const next = `${this.uid}-rebuild`;
    await this.tasks.wait(`deleting index ${next}`, this.client.deleteIndex(next), {
      tolerate: ['index_not_found'],
    });
    await this.ensure(next);
    let indexed = 0;
    this.rebuildTarget = next;
    try {
      for await (const batch of batches) {
        await this.tasks.wait(
          `adding ${batch.length} documents to ${next}`,
          this.client
            .index<MeilisearchRecord>(next)
            .addDocuments(batch.map(toMeilisearchRecord), { primaryKey: 'id' }),
          { timeoutMs: this.tasks.timeouts.reindexMs },
        );
        indexed += batch.length;
      }
      await this.tasks.wait(`swapping ${this.uid} and ${next}`, this.swap(this.uid, next));
    } finally {
      this.rebuildTarget = null;
    }
    await this.tasks.wait(`deleting index ${next}`, this.client.deleteIndex(next), {
      tolerate: ['index_not_found'],
    });
    return indexed;
  }

  private async swap(a: string, b: string): Promise<EnqueuedTask> {
    if (await this.swapSupportsRename())
      return this.client.swapIndexes([{ indexes: [a, b], rename: false }]);
    // Before Meilisearch 1.18 a swap knows no `rename` and refuses a payload that has one.
    return this.client.httpRequest.post<EnqueuedTask>({
      path: 'swap-indexes',
      body: [{ indexes: [a, b] }],
    });
  }

  private targets(): string[] {
    return this.rebuildTarget ? [this.uid, this.rebuildTarget] : [this.uid];
  }

  private hit(hit: Hit<MeilisearchRecord>): EngineHit {
    const { _formatted: formatted, ...rest } = hit;
    const document: Record<string, unknown> = {};
    for (const field of this.definition.fields) document[field] = rest[field];
    const marked: Record<string, string> = {};
    for (const field of this.definition.highlightFields) {
      const value = formatted?.[field];
      if (typeof value === 'string') marked[field] = value;
      else if (Array.isArray(value)) marked[field] = value.map(String).join(' · ');
    }
    return { document, marked };
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof MeiliSearchApiError && error.cause?.code === code;
}
