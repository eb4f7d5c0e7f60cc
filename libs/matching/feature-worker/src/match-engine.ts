import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@werkmatch/database';
import {
  DEFAULT_MATCH_CONFIG,
  isEligible,
  MatchCandidate,
  MatchConfig,
  MatchVacancy,
  scoreMatch,
  scoreMatchOnly,
  ScoredPair,
  selectProposals,
} from '@werkmatch/matching/domain';
import {
  CandidateSource,
  ComputedProposal,
  LoadedProfile,
  LoadedVacancy,
  loadMatchProfiles,
  loadMatchVacancies,
  MatchProposalSource,
  MatchProposalStatus,
  openProposalCounterparts,
  openProposalCounterpartsOfVacancies,
  openProposalsCompeting,
  ProfileSnapshot,
  profileIsPublished,
  RecomputeProgress,
  storeProposals,
  vacancyIsOpen,
  WithdrawalReason,
  withdrawProposals,
} from '@werkmatch/matching/data-access';
import type { AppLogger } from '@werkmatch/shared/logging';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { amsterdamDate } from '@werkmatch/vacancies/domain';
import { VacancyStatus } from '@werkmatch/vacancies/domain';

/** What one computation did, for the log and the job's return value. */
export type ProposeOutcome =
  | { outcome: 'dropped'; reason: string }
  | { outcome: 'withdrawn'; withdrawn: number }
  | {
      outcome: 'proposed';
      candidates: number;
      proposed: number;
      created: number;
      updated: number;
      withdrawn: number;
      displaced: number;
    };

export interface MatchEngineOptions {
  dataSource: DataSource;
  source: CandidateSource;
  logger: AppLogger;
  config?: Readonly<MatchConfig>;
  /** Today in Amsterdam, `YYYY-MM-DD`; a test may fix it. */
  today?: () => string;
}

interface Pair extends ScoredPair {
  profile: LoadedProfile;
  vacancy: LoadedVacancy;
}

type Competing = ScoredPair & { source: MatchProposalSource };

interface Selection {
  kept: Pair[];
  displaced: Competing[];
}

const pairKey = (pair: ScoredPair) => `${pair.profileId}:${pair.vacancyId}`;

// Code-unit order, as selectProposals sorts.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Vacancies per batch of a full recomputation: a job of a few seconds, so batches spread over workers and a
 * failed one is retried cheaply, while 20,000 vacancies make 80 jobs.
 */
export const RECOMPUTE_BATCH_SIZE = 250;
/**
 * How long a worker keeps a run's profile snapshot after its last batch: long enough for the next batch of the
 * run, short enough that the memory is given back soon after the run.
 */
const SNAPSHOT_IDLE_MS = 60_000;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** A batch of vacancies of a full recomputation, by id range (after, through]. */
export interface RecomputeBatch {
  after: string;
  through: string;
  vacancies: number;
}

/** What the first pass of a full recomputation found. */
export interface RecomputePlan {
  startedAt: string;
  withdrawn: number;
  vacanciesTotal: number;
  batches: RecomputeBatch[];
}

/** What one batch did. */
export interface RecomputeBatchOutcome {
  vacancies: number;
  proposed: number;
  withdrawn: number;
}

/**
 * The match engine: for one vacancy or one profile, generate candidates, score them with the domain scorer,
 * keep the best within the caps and store them; withdraw what no longer qualifies. Every computation reloads
 * the rows it works on, so the latest state wins whatever the order of the jobs, and writes in one transaction.
 */
export class MatchEngine {
  private readonly config: Readonly<MatchConfig>;
  private readonly today: () => string;
  private snapshot: {
    runId: string;
    loading: Promise<ProfileSnapshot>;
    idle: NodeJS.Timeout | null;
  } | null = null;

  constructor(private readonly options: MatchEngineOptions) {
    this.config = options.config ?? DEFAULT_MATCH_CONFIG;
    this.today = options.today ?? (() => amsterdamDate(new Date()));
  }

  async proposeForVacancy(vacancyId: string): Promise<ProposeOutcome> {
    const { dataSource, source } = this.options;
    const today = this.today();
    const vacancy = (await loadMatchVacancies(dataSource, [vacancyId])).get(vacancyId);
    if (!vacancy) return this.dropped('vacancy', vacancyId);
    if (!vacancyIsOpen(vacancy, today)) return this.vacancyEnded(vacancyId);
    const [generated, current] = await Promise.all([
      source.profilesFor(vacancy, today),
      openProposalCounterparts(dataSource.manager, { vacancyId }),
    ]);
    // The source returns its candidates loaded; only the open counterparts it did not return are loaded here.
    const found = new Set(generated.map((profile) => profile.profileId));
    const others = await loadMatchProfiles(
      dataSource,
      current.filter((id) => !found.has(id)),
    );
    return this.proposeAmong(
      vacancy,
      withCounterparts(
        generated,
        (profile) => profile.profileId,
        current,
        (id) => others.get(id),
      ),
      today,
    );
  }

  /** Scores these profiles for an open vacancy and stores what qualifies, within the caps. */
  private async proposeAmong(
    vacancy: LoadedVacancy,
    profiles: Iterable<LoadedProfile>,
    today: string,
  ): Promise<ProposeOutcome> {
    const pairs: Pair[] = [];
    let scored = 0;
    for (const profile of profiles) {
      scored++;
      const pair = this.proposable(profile, vacancy);
      if (pair) pairs.push(pair);
    }
    const subject = { vacancyId: vacancy.vacancyId };
    return this.store(subject, scored, await this.select(subject, pairs), today);
  }

  private async vacancyEnded(vacancyId: string): Promise<ProposeOutcome> {
    const withdrawn = await inTransaction(this.options.dataSource, (manager) =>
      withdrawProposals(manager, { vacancyId }, WithdrawalReason.VACANCY_ENDED),
    );
    return { outcome: 'withdrawn', withdrawn };
  }

  async proposeForProfile(profileId: string): Promise<ProposeOutcome> {
    const { dataSource, source } = this.options;
    const today = this.today();
    const profile = (await loadMatchProfiles(dataSource, [profileId])).get(profileId);
    if (!profile) return this.dropped('talent profile', profileId);
    if (!profileIsPublished(profile)) {
      const withdrawn = await inTransaction(dataSource, (manager) =>
        withdrawProposals(manager, { profileId }, WithdrawalReason.PROFILE_NOT_PUBLISHED),
      );
      return { outcome: 'withdrawn', withdrawn };
    }
    const [generated, current] = await Promise.all([
      source.vacanciesFor(profile, today),
      openProposalCounterparts(dataSource.manager, { profileId }),
    ]);
    const found = new Set(generated.map((vacancy) => vacancy.vacancyId));
    const others = await loadMatchVacancies(
      dataSource,
      current.filter((id) => !found.has(id)),
    );
    const vacancies = withCounterparts(
      generated,
      (vacancy) => vacancy.vacancyId,
      current,
      (id) => others.get(id),
    );
    const pairs: Pair[] = [];
    for (const vacancy of vacancies) {
      if (!vacancyIsOpen(vacancy, today)) continue;
      const pair = this.proposable(profile, vacancy);
      if (pair) pairs.push(pair);
    }
    return this.store(
      { profileId },
      vacancies.length,
      await this.select({ profileId }, pairs),
      today,
    );
  }

  /**
   * The first pass of a full recomputation: withdraws open proposals of vacancies and profiles that left matching
   * without the engine hearing of it, then cuts the open vacancies into batches by id.
   */
  async planRecompute(batchSize = RECOMPUTE_BATCH_SIZE): Promise<RecomputePlan> {
    const { dataSource } = this.options;
    const today = this.today();
    const startedAt = new Date().toISOString();
    const withdrawn = await inTransaction(dataSource, (manager) =>
      this.withdrawStale(manager, today),
    );
    const ids = (
      (await dataSource.query(
        `SELECT id FROM vacancy WHERE status = $1 AND closing_date >= $2::date ORDER BY id`,
        [VacancyStatus.PUBLISHED, today],
      )) as { id: string }[]
    ).map((row) => row.id);
    const batches: RecomputeBatch[] = [];
    for (let from = 0; from < ids.length; from += batchSize) {
      const slice = ids.slice(from, from + batchSize);
      batches.push({
        after: from === 0 ? NO_ID : (ids[from - 1] as string),
        through: slice[slice.length - 1] as string,
        vacancies: slice.length,
      });
    }
    return { startedAt, withdrawn, vacanciesTotal: ids.length, batches };
  }

  /**
   * One batch of a full recomputation: each open vacancy with an id in (after, through], one after the other,
   * exactly as after an event but with its candidates from the run's snapshot of the published profiles (loaded
   * once per worker and run, instead of a SQL pool per vacancy) and the profiles its open proposals have.
   */
  async recomputeBatch(
    runId: string,
    batch: Pick<RecomputeBatch, 'after' | 'through'>,
  ): Promise<RecomputeBatchOutcome> {
    const { dataSource } = this.options;
    const today = this.today();
    const snapshot = await this.snapshotFor(runId);
    const ids = (
      (await dataSource.query(
        `SELECT id FROM vacancy
         WHERE status = $1 AND closing_date >= $2::date AND id > $3::uuid AND id <= $4::uuid ORDER BY id`,
        [VacancyStatus.PUBLISHED, today, batch.after, batch.through],
      )) as { id: string }[]
    ).map((row) => row.id);
    const [vacancies, counterparts] = await Promise.all([
      loadMatchVacancies(dataSource, ids),
      openProposalCounterpartsOfVacancies(dataSource.manager, ids),
    ]);
    // Profiles with an open proposal that the snapshot does not hold (paused since, say): as they are now.
    const outside = await loadMatchProfiles(
      dataSource,
      [...new Set([...counterparts.values()].flat())].filter((id) => !snapshot.profile(id)),
    );
    const outcome: RecomputeBatchOutcome = { vacancies: 0, proposed: 0, withdrawn: 0 };
    for (const id of ids) {
      const vacancy = vacancies.get(id);
      if (!vacancy) continue;
      outcome.vacancies++;
      const result = !vacancyIsOpen(vacancy, today)
        ? await this.vacancyEnded(id)
        : await this.proposeAmong(
            vacancy,
            withCounterparts(
              snapshot.candidatesFor(vacancy.input),
              (profile) => profile.profileId,
              counterparts.get(id) ?? [],
              (profileId) => snapshot.profile(profileId) ?? outside.get(profileId),
            ),
            today,
          );
      if (result.outcome === 'proposed') {
        outcome.proposed += result.proposed;
        outcome.withdrawn += result.withdrawn + result.displaced;
      }
      if (result.outcome === 'withdrawn') outcome.withdrawn += result.withdrawn;
    }
    this.touchSnapshot(runId);
    return outcome;
  }

  /** Open proposals now, for the end of a recomputation. */
  async countOpenProposals(): Promise<number> {
    const [{ open }] = (await this.options.dataSource.query(
      `SELECT count(*)::int AS open FROM match_proposal WHERE status = $1`,
      [MatchProposalStatus.OPEN],
    )) as [{ open: number }];
    return open;
  }

  /**
   * A full recomputation in this process, batch after batch (the queue runs the same steps as jobs, see
   * RecomputeMatchesProcessor), reporting after each batch.
   */
  async recomputeAll(
    onProgress: (progress: RecomputeProgress) => Promise<void> = async () => undefined,
  ): Promise<RecomputeProgress> {
    const runId = `local-${Date.now()}`;
    const plan = await this.planRecompute();
    const progress: RecomputeProgress = {
      vacanciesDone: 0,
      vacanciesTotal: plan.vacanciesTotal,
      proposalsOpen: 0,
      proposalsWithdrawn: plan.withdrawn,
    };
    await onProgress({ ...progress });
    try {
      for (const batch of plan.batches) {
        const outcome = await this.recomputeBatch(runId, batch);
        progress.vacanciesDone += batch.vacancies;
        progress.proposalsWithdrawn += outcome.withdrawn;
        await onProgress({ ...progress });
      }
    } finally {
      this.releaseSnapshot(runId);
    }
    progress.proposalsOpen = await this.countOpenProposals();
    await onProgress({ ...progress });
    return progress;
  }

  /** The run's snapshot, loaded by the first batch of the run this worker gets. */
  private snapshotFor(runId: string): Promise<ProfileSnapshot> {
    if (this.snapshot?.runId !== runId) {
      this.releaseSnapshot();
      const loading = ProfileSnapshot.load(this.options.dataSource);
      this.snapshot = { runId, loading, idle: null };
      // A failed load is not kept: the batch's retry loads again.
      loading.catch(() => this.releaseSnapshot(runId));
    }
    this.touchSnapshot(runId);
    return this.snapshot.loading;
  }

  private touchSnapshot(runId: string): void {
    const held = this.snapshot;
    if (held?.runId !== runId) return;
    if (held.idle) clearTimeout(held.idle);
    held.idle = setTimeout(() => this.releaseSnapshot(runId), SNAPSHOT_IDLE_MS);
    held.idle.unref();
  }

  /** Lets the snapshot go (of this run only, when given). */
  private releaseSnapshot(runId?: string): void {
    if (!this.snapshot || (runId !== undefined && this.snapshot.runId !== runId)) return;
    if (this.snapshot.idle) clearTimeout(this.snapshot.idle);
    this.snapshot = null;
  }

  private async withdrawStale(manager: EntityManager, today: string): Promise<number> {
    const ended = (await manager.query(
      `UPDATE match_proposal mp SET status = $1, withdrawal_reason = $2, updated_at = now()
       FROM vacancy v
       WHERE v.id = mp.vacancy_id AND mp.status = $3 AND (v.status <> $4 OR v.closing_date < $5::date)`,
      [
        MatchProposalStatus.WITHDRAWN,
        WithdrawalReason.VACANCY_ENDED,
        MatchProposalStatus.OPEN,
        VacancyStatus.PUBLISHED,
        today,
      ],
    )) as [unknown, number];
    const left = (await manager.query(
      `UPDATE match_proposal mp SET status = $1, withdrawal_reason = $2, updated_at = now()
       FROM talent_profile p
       WHERE p.id = mp.profile_id AND mp.status = $3 AND p.status <> $4`,
      [
        MatchProposalStatus.WITHDRAWN,
        WithdrawalReason.PROFILE_NOT_PUBLISHED,
        MatchProposalStatus.OPEN,
        TalentProfileStatus.PUBLISHED,
      ],
    )) as [unknown, number];
    return ended[1] + left[1];
  }

  /**
   * The pair when it can be proposed: eligible and at least the minimum score. The cheap score ranks; the
   * explanation is built only for the pairs kept.
   */
  private proposable(profile: LoadedProfile, vacancy: LoadedVacancy): Pair | null {
    if (!profileIsPublished(profile)) return null;
    const candidate = profile.candidate as MatchCandidate;
    if (!isEligible(candidate, vacancy.input).eligible) return null;
    const score = scoreMatchOnly(candidate, vacancy.input, this.config.weights);
    if (score < this.config.minScoreToPropose) return null;
    return { profileId: profile.profileId, vacancyId: vacancy.vacancyId, score, profile, vacancy };
  }

  /**
   * Which of the subject's pairs to keep within the caps, counting the open proposals they compete with (the
   * person's other vacancies, or the vacancy's other people), and which engine proposals they push out. The
   * competing proposals are read for the best pairs first, a few caps' worth at a time, until the subject's own
   * cap is full: pairs further down cannot be kept then, and a popular vacancy's hundreds of candidates would
   * otherwise read thousands of other proposals for nothing.
   */
  private async select(
    subject: { vacancyId: string } | { profileId: string },
    pairs: readonly Pair[],
  ): Promise<Selection> {
    const manager = this.options.dataSource.manager;
    const cap =
      'vacancyId' in subject
        ? this.config.maxProposalsPerVacancy
        : this.config.maxProposalsPerPerson;
    const ordered = [...pairs].sort(
      (a, b) => b.score - a.score || cmp(a.vacancyId, b.vacancyId) || cmp(a.profileId, b.profileId),
    );
    const competing: Competing[] = [];
    let considered = 0;
    let selected = new Set<string>();
    while (considered < ordered.length) {
      const chunk = ordered.slice(considered, considered + cap * 2);
      considered += chunk.length;
      competing.push(
        ...(await openProposalsCompeting(
          manager,
          'vacancyId' in subject
            ? {
                profileIds: chunk.map((pair) => pair.profileId),
                exceptVacancyId: subject.vacancyId,
              }
            : {
                vacancyIds: chunk.map((pair) => pair.vacancyId),
                exceptProfileId: subject.profileId,
              },
        )),
      );
      selected = new Set(
        selectProposals<ScoredPair>(
          [...ordered.slice(0, considered), ...competing],
          this.config,
        ).map(pairKey),
      );
      const own = ordered.slice(0, considered).filter((pair) => selected.has(pairKey(pair)));
      if (own.length >= cap) break;
    }
    return {
      kept: ordered.slice(0, considered).filter((pair) => selected.has(pairKey(pair))),
      displaced: competing.filter(
        (pair) => pair.source === MatchProposalSource.ENGINE && !selected.has(pairKey(pair)),
      ),
    };
  }

  /**
   * Writes a selection in one transaction: the kept pairs upserted with their explanation, the subject's other
   * engine proposals withdrawn, and competing engine proposals the new ones pushed out of a cap withdrawn too.
   * Decided proposals are neither counted nor touched.
   */
  private async store(
    subject: { vacancyId: string } | { profileId: string },
    scored: number,
    { kept, displaced }: Selection,
    today: string,
  ): Promise<ProposeOutcome> {
    const proposals: ComputedProposal[] = kept.map(({ profile, vacancy }) => {
      const { score, items } = scoreMatch(
        profile.candidate as MatchCandidate,
        vacancy.input as MatchVacancy,
        this.config.weights,
      );
      return {
        profileId: profile.profileId,
        vacancyId: vacancy.vacancyId,
        jobSeekerId: profile.jobSeekerId,
        reviewRegionId: vacancy.reviewRegionId,
        score,
        explanation: items,
        profileVersion: profile.version,
        vacancyVersion: vacancy.version,
      };
    });
    const result = await inTransaction(this.options.dataSource, async (manager) => {
      const stored = await storeProposals(manager, proposals, today);
      const withdrawn = await withdrawProposals(
        manager,
        subject,
        WithdrawalReason.NO_LONGER_QUALIFIES,
        {
          keep: proposals,
          engineOnly: true,
        },
      );
      const pushedOut = await withdrawProposals(
        manager,
        { pairs: displaced },
        WithdrawalReason.NO_LONGER_QUALIFIES,
        { engineOnly: true },
      );
      return { ...stored, withdrawn, displaced: pushedOut };
    });
    return { outcome: 'proposed', candidates: scored, proposed: proposals.length, ...result };
  }

  private dropped(what: string, id: string): ProposeOutcome {
    // Deleted or erased after the event was written: its proposals went with it (ON DELETE CASCADE).
    this.options.logger.info({ id }, `${what} no longer exists; matching event dropped`);
    return { outcome: 'dropped', reason: `${what} ${id} no longer exists` };
  }
}

/**
 * The generated candidates plus the counterparts of the subject's open proposals that were not generated (as
 * `lookup` has them; one gone since is left out), each once.
 */
function withCounterparts<T>(
  generated: readonly T[],
  idOf: (row: T) => string,
  counterparts: readonly string[],
  lookup: (id: string) => T | undefined,
): T[] {
  const seen = new Set(generated.map(idOf));
  const all = [...generated];
  for (const id of counterparts) {
    if (seen.has(id)) continue;
    seen.add(id);
    const row = lookup(id);
    if (row) all.push(row);
  }
  return all;
}
