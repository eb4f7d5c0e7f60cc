import { distanceKm } from '@werkmatch/geo/domain';
import { type FieldViolation, ValidationError } from '@werkmatch/shared/errors';
import type { GeoPoint, SearchIndexName } from './search-documents';
import { type IndexedRecord, isUuid, type SearchIndexDefinition } from './search-index-definitions';
import {
  type FacetCounts,
  type HighlightPart,
  type IndexedEntry,
  SEARCH_LIMITS,
  type SearchFacet,
  type SearchFilters,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from './search-request';
import { highlightParts } from './search-text';
import {
  encodeCursor,
  type NormalizedFilters,
  type NormalizedSearch,
  normalizeFilters,
  normalizeSearch,
} from './search-validation';

/** What an engine returns for one hit: the stored document and its text fields with the engine's match marks. */
export interface EngineHit {
  document: Record<string, unknown>;
  /** Field → text with HIGHLIGHT_START / HIGHLIGHT_END around matches. */
  marked: Record<string, string>;
}

export interface EngineResult {
  hits: EngineHit[];
  total: number;
  facets: Partial<Record<SearchFacet, Record<string, number>>>;
}

/** One index in one engine, after validation: what each engine implements. */
export interface IndexBackend {
  upsert(records: IndexedRecord[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  search(search: NormalizedSearch): Promise<EngineResult>;
  count(filters: NormalizedFilters): Promise<number>;
  listEntries(): Promise<IndexedEntry[]>;
  clear(): Promise<void>;
  /** Replaces the whole content with the batches; searches keep seeing the old content until it is done. */
  rebuild(batches: AsyncIterable<IndexedRecord[]>): Promise<number>;
}

/** Documents to index, in batches (an array of batches or an async generator reading PostgreSQL page by page). */
export type DocumentBatches<D> = AsyncIterable<readonly D[]> | Iterable<readonly D[]>;

/**
 * One search index, the same on every engine: it validates what comes in, cuts documents to their declared fields
 * before an engine sees them, and shapes what comes out.
 */
export class SearchIndex<D, F extends SearchFilters = SearchFilters> {
  constructor(
    private readonly definition: SearchIndexDefinition<D>,
    private readonly backend: IndexBackend,
  ) {}

  get name(): SearchIndexName {
    return this.definition.name;
  }

  /** Adds or replaces documents by id; searchable when the promise resolves. */
  async upsert(documents: readonly D[]): Promise<void> {
    if (documents.length === 0) return;
    await this.backend.upsert(this.records(documents, 'documents'));
  }

  /** Removes documents by id; unknown ids are ignored, so a repeated delete changes nothing. */
  async delete(ids: readonly string[]): Promise<void> {
    const violations: FieldViolation[] = [];
    ids.forEach((id, index) => {
      if (!isUuid(id)) violations.push({ field: `ids[${index}]`, rule: 'a UUID' });
    });
    if (violations.length > 0) throw new ValidationError(violations);
    if (ids.length === 0) return;
    await this.backend.delete([...new Set(ids.map((id) => id.toLowerCase()))]);
  }

  async search(request: SearchRequest<F> = {}): Promise<SearchResult<D>> {
    const search = normalizeSearch(this.definition, request);
    const result = await this.backend.search(search);
    const near = search.filters.near;
    const hits = result.hits.map((hit): SearchHit<D> => {
      const document = this.definition.project(hit.document as D);
      const location = (document as { location?: GeoPoint | null }).location ?? null;
      return {
        document,
        distanceKm: near && location ? Math.round(distanceKm(near, location) * 100) / 100 : null,
        highlights: this.highlights(hit.marked),
      };
    });
    const next = search.offset + search.limit;
    return {
      hits,
      total: result.total,
      offset: search.offset,
      limit: search.limit,
      nextCursor:
        next < result.total && next + search.limit <= SEARCH_LIMITS.resultWindow
          ? encodeCursor(next, search.fingerprint)
          : null,
      facets: facetCounts(search.facets, result.facets),
    };
  }

  /** Documents that pass the filters (all documents without). */
  count(filters?: F): Promise<number> {
    return this.backend.count(normalizeFilters(this.definition, filters));
  }

  /** Every id in the index, for comparing it with PostgreSQL. */
  async listIds(): Promise<string[]> {
    return (await this.backend.listEntries()).map((entry) => entry.id);
  }

  /** Every id with the `updatedAt` of the indexed version, to find stale documents as well as missing ones. */
  listEntries(): Promise<IndexedEntry[]> {
    return this.backend.listEntries();
  }

  clear(): Promise<void> {
    return this.backend.clear();
  }

  /** Replaces everything with these documents without a moment in which searches find nothing. */
  rebuild(batches: DocumentBatches<D>): Promise<number> {
    const records = (documents: readonly D[]) => this.records(documents, 'batch');
    async function* checked() {
      for await (const batch of batches) yield records(batch);
    }
    return this.backend.rebuild(checked());
  }

  private records(documents: readonly D[], path: string): IndexedRecord[] {
    const violations = documents.flatMap((document, index) =>
      this.definition.violations(document, `${path}[${index}]`),
    );
    if (violations.length > 0) throw new ValidationError(violations);
    return documents.map((document) => this.definition.toRecord(this.definition.project(document)));
  }

  private highlights(marked: Record<string, string>): SearchHit<D>['highlights'] {
    const highlights: Partial<Record<string, HighlightPart[]>> = {};
    for (const field of this.definition.highlightFields) {
      const text = marked[field];
      const parts = text === undefined ? undefined : highlightParts(text);
      if (parts) highlights[field] = parts;
    }
    return highlights as SearchHit<D>['highlights'];
  }
}

function facetCounts(
  asked: SearchFacet[],
  counted: Partial<Record<SearchFacet, Record<string, number>>>,
): FacetCounts {
  const facets: FacetCounts = {};
  for (const facet of asked)
    facets[facet] = Object.entries(counted[facet] ?? {})
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return facets;
}
