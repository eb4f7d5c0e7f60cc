import type { DataSource } from 'typeorm';
import { In, MoreThan } from 'typeorm';
import type { OutboxEventJobData } from '@werkmatch/platform/outbox-relay';
import {
  isUuid,
  type SearchEngine,
  SearchIndexName,
  type TalentProfileSearchDocument,
  type VacancySearchDocument,
} from '@werkmatch/search';
import {
  loadAnonymisedTalentProfiles,
  TalentProfileEntity,
} from '@werkmatch/talent-profiles/data-access';
import { TALENT_PROFILE_AGGREGATE, TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { OccupationEntity } from '@werkmatch/taxonomy/data-access';
import { loadVacancyDocuments, VacancyEntity } from '@werkmatch/vacancies/data-access';
import { VACANCY_AGGREGATE_TYPE, VacancyStatus } from '@werkmatch/vacancies/domain';
import { talentProfileSearchDocument, vacancySearchDocument } from './search-documents.mapping';

export interface SyncResult {
  upserted: number;
  deleted: number;
}

/** What a sync wrote: per upserted id the `updatedAt` of the version written. */
export interface WriteResult extends SyncResult {
  written: Map<string, string>;
}

export interface RepairResult {
  /** Published in PostgreSQL, not in the index. */
  missing: number;
  /** In both, the index holding an older version. */
  stale: number;
  /** In the index, not (or no longer) published. */
  extra: number;
}

/** Called after each batch of a reindex: how far it got, of how many published rows. */
export type ReindexProgress = (index: SearchIndexName, done: number, total: number) => void;

const BATCH = 500;
const SYNC_ATTEMPTS = 3;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Keeps the search indexes equal to PostgreSQL. Every way in reloads the rows by id and writes what it finds:
 * a published row is upserted, anything else (draft, paused, closed, erased, gone) is deleted. So a job that
 * runs twice, late or out of order changes nothing twice, and the latest state wins.
 */
export class SearchIndexSync {
  constructor(
    private readonly engine: SearchEngine,
    private readonly db: DataSource,
  ) {}

  /**
   * One outbox event (ids only). `person.erased` needs nothing here: the profile's own erased event removes it.
   * Two jobs of one vacancy can run at once (a quick edit after publishing), and the one that read first may write
   * last; so after writing, each checks that PostgreSQL still holds what it wrote and writes again if not. The
   * last writer always checks after its write, so the index ends with the latest state, and no database
   * connection is held while waiting for another job.
   */
  async handle(event: OutboxEventJobData): Promise<SyncResult> {
    const id = event.aggregateId.toLowerCase();
    const name =
      event.aggregateType === VACANCY_AGGREGATE_TYPE
        ? SearchIndexName.Vacancies
        : event.aggregateType === TALENT_PROFILE_AGGREGATE
          ? SearchIndexName.TalentProfiles
          : null;
    if (!name) return { upserted: 0, deleted: 0 };
    for (let attempt = 1; ; attempt++) {
      const result =
        name === SearchIndexName.Vacancies
          ? await this.syncVacancies([id])
          : await this.syncTalentProfiles([id]);
      const current = (await this.publishedVersions(name, [id])).get(id) ?? null;
      if (current === (result.written.get(id) ?? null))
        return { upserted: result.upserted, deleted: result.deleted };
      // Changed again meanwhile; a job retried with backoff catches up if it keeps changing.
      if (attempt === SYNC_ATTEMPTS)
        throw new Error(`${name} ${id} kept changing while it was being indexed`);
    }
  }

  async syncVacancies(ids: readonly string[]): Promise<WriteResult> {
    const documents = (await loadVacancyDocuments(this.db, ids))
      .map(vacancySearchDocument)
      .filter((document): document is VacancySearchDocument => document !== null);
    return this.write(SearchIndexName.Vacancies, ids, documents);
  }

  async syncTalentProfiles(ids: readonly string[]): Promise<WriteResult> {
    return this.write(SearchIndexName.TalentProfiles, ids, await this.talentProfileDocuments(ids));
  }

  /**
   * Rebuilds one index or both from every published row, `BATCH` rows at a time; searches see the old index until
   * the new one is complete. Returns the documents indexed per index.
   */
  async reindex(
    which: SearchIndexName | 'all',
    progress: ReindexProgress = () => undefined,
  ): Promise<Partial<Record<SearchIndexName, number>>> {
    const result: Partial<Record<SearchIndexName, number>> = {};
    for (const name of which === 'all' ? Object.values(SearchIndexName) : [which]) {
      const total = await this.publishedCount(name);
      let done = 0;
      progress(name, done, total);
      const batches = async function* (this: SearchIndexSync) {
        for await (const ids of this.publishedIds(name)) {
          const documents =
            name === SearchIndexName.Vacancies
              ? (await loadVacancyDocuments(this.db, ids))
                  .map(vacancySearchDocument)
                  .filter((d): d is VacancySearchDocument => d !== null)
              : await this.talentProfileDocuments(ids);
          done += ids.length;
          yield documents;
          progress(name, done, total);
        }
      }.call(this);
      result[name] =
        name === SearchIndexName.Vacancies
          ? await this.engine.vacancies.rebuild(batches as AsyncIterable<VacancySearchDocument[]>)
          : await this.engine.talentProfiles.rebuild(
              batches as AsyncIterable<TalentProfileSearchDocument[]>,
            );
    }
    return result;
  }

  /**
   * Compares an index with PostgreSQL (ids and the version of each) and brings what differs in line by reloading
   * those rows, as a processed event would.
   */
  async repair(name: SearchIndexName): Promise<RepairResult> {
    const indexed = new Map(
      (await this.engine.index(name).listEntries()).map((entry) => [entry.id, entry.updatedAt]),
    );
    const published = await this.publishedVersions(name);
    const missing: string[] = [];
    const stale: string[] = [];
    for (const [id, updatedAt] of published) {
      const version = indexed.get(id);
      if (version === undefined) missing.push(id);
      else if (version !== updatedAt) stale.push(id);
    }
    const extra = [...indexed.keys()].filter((id) => !published.has(id));
    const differing = [...missing, ...stale, ...extra];
    for (let from = 0; from < differing.length; from += BATCH) {
      const ids = differing.slice(from, from + BATCH);
      if (name === SearchIndexName.Vacancies) await this.syncVacancies(ids);
      else await this.syncTalentProfiles(ids);
    }
    return { missing: missing.length, stale: stale.length, extra: extra.length };
  }

  private async write(
    name: SearchIndexName,
    ids: readonly string[],
    documents: VacancySearchDocument[] | TalentProfileSearchDocument[],
  ): Promise<WriteResult> {
    const written = new Map(
      documents.map((document) => [document.id.toLowerCase(), document.updatedAt]),
    );
    const gone = [...new Set(ids.map((id) => id.toLowerCase()))].filter(
      (id) => !written.has(id) && isUuid(id),
    );
    if (name === SearchIndexName.Vacancies)
      await this.engine.vacancies.upsert(documents as VacancySearchDocument[]);
    else await this.engine.talentProfiles.upsert(documents as TalentProfileSearchDocument[]);
    await this.engine.index(name).delete(gone);
    return { upserted: documents.length, deleted: gone.length, written };
  }

  /** The anonymised profiles (published only) with the dates and ISCO groups the index needs. */
  private async talentProfileDocuments(
    ids: readonly string[],
  ): Promise<TalentProfileSearchDocument[]> {
    const db = this.db;
    const profiles = await loadAnonymisedTalentProfiles(db, ids);
    if (profiles.length === 0) return [];
    const found = profiles.map((profile) => profile.id);
    const occupationIds = [
      ...new Set(profiles.flatMap((p) => p.wantedOccupations.map((o) => o.id))),
    ];
    const [dates, occupations] = await Promise.all([
      db.getRepository(TalentProfileEntity).find({
        select: { id: true, publishedAt: true, updatedAt: true },
        where: { id: In(found) },
      }),
      occupationIds.length > 0
        ? db.getRepository(OccupationEntity).find({
            select: { id: true, iscoGroupCode: true },
            where: { id: In(occupationIds) },
          })
        : [],
    ]);
    const datesOf = new Map(dates.map((row) => [row.id, row]));
    const iscoGroupCodes = new Map(occupations.map((o) => [o.id, o.iscoGroupCode]));
    return profiles.flatMap((profile) => {
      const row = datesOf.get(profile.id);
      return row
        ? [
            talentProfileSearchDocument(profile, {
              publishedAt: row.publishedAt,
              updatedAt: row.updatedAt,
              iscoGroupCodes,
            }),
          ]
        : [];
    });
  }

  private publishedCount(name: SearchIndexName): Promise<number> {
    return name === SearchIndexName.Vacancies
      ? this.db.getRepository(VacancyEntity).countBy({ status: VacancyStatus.PUBLISHED })
      : this.db
          .getRepository(TalentProfileEntity)
          .countBy({ status: TalentProfileStatus.PUBLISHED });
  }

  /** Ids of published rows in batches, in id order (a keyset, so rows published meanwhile do not shift pages). */
  private async *publishedIds(name: SearchIndexName): AsyncGenerator<string[]> {
    let after = NO_ID;
    for (;;) {
      const where = { id: MoreThan(after) };
      const rows =
        name === SearchIndexName.Vacancies
          ? await this.db.getRepository(VacancyEntity).find({
              select: { id: true },
              where: { ...where, status: VacancyStatus.PUBLISHED },
              order: { id: 'ASC' },
              take: BATCH,
            })
          : await this.db.getRepository(TalentProfileEntity).find({
              select: { id: true },
              where: { ...where, status: TalentProfileStatus.PUBLISHED },
              order: { id: 'ASC' },
              take: BATCH,
            });
      if (rows.length === 0) return;
      yield rows.map((row) => row.id);
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  /** Published rows' ids (all, or of `ids`) with the `updatedAt` their search documents carry. */
  private async publishedVersions(
    name: SearchIndexName,
    ids?: readonly string[],
  ): Promise<Map<string, string>> {
    const only = ids ? { id: In([...ids]) } : {};
    const rows =
      name === SearchIndexName.Vacancies
        ? await this.db.getRepository(VacancyEntity).find({
            select: { id: true, updatedAt: true },
            where: { ...only, status: VacancyStatus.PUBLISHED },
          })
        : await this.db.getRepository(TalentProfileEntity).find({
            select: { id: true, updatedAt: true },
            where: { ...only, status: TalentProfileStatus.PUBLISHED },
          });
    return new Map(rows.map((row) => [row.id.toLowerCase(), row.updatedAt.toISOString()]));
  }
}
