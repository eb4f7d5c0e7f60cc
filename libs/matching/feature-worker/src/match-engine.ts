import type { DataSource } from 'typeorm';
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
  openProposalsCompeting,
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

/** Vacancies a full recomputation handles per step (one progress report each). */
const RECOMPUTE_BATCH = 50;
/** Vacancies computed at once within a step: the database works while the scorer runs. */
const RECOMPUTE_PARALLEL = 2;

/**
 * The match engine: for one vacancy or one profile, generate candidates, score them with the domain scorer,
 * keep the best within the caps and store them; withdraw what no longer qualifies. Every computation reloads
 * the rows it works on, so the latest state wins whatever the order of the jobs, and writes in one transaction.
 */
export class MatchEngine {
  private readonly config: Readonly<MatchConfig>;
  private readonly today: () => string;

  constructor(private readonly options: MatchEngineOptions) {
    this.config = options.config ?? DEFAULT_MATCH_CONFIG;
    this.today = options.today ?? (() => amsterdamDate(new Date()));
  }

  async proposeForVacancy(vacancyId: string): Promise<ProposeOutcome> {
    const { dataSource, source } = this.options;
    const today = this.today();
    const vacancy = (await loadMatchVacancies(dataSource, [vacancyId])).get(vacancyId);
    if (!vacancy) return this.dropped('vacancy', vacancyId);
    if (!vacancyIsOpen(vacancy, today)) {
      const withdrawn = await inTransaction(dataSource, (manager) =>
        withdrawProposals(manager, { vacancyId }, WithdrawalReason.VACANCY_ENDED),
      );
      return { outcome: 'withdrawn', withdrawn };
    }
    const [generated, current] = await Promise.all([
      source.profilesForVacancy(vacancyId, today),
      openProposalCounterparts(dataSource.manager, { vacancyId }),
    ]);
    const profiles = await loadMatchProfiles(dataSource, union(generated, current));
    const pairs: Pair[] = [];
    for (const profile of profiles.values()) {
      const pair = this.proposable(profile, vacancy);
      if (pair) pairs.push(pair);
    }
    const competing = await openProposalsCompeting(dataSource.manager, {
      profileIds: pairs.map((pair) => pair.profileId),
      exceptVacancyId: vacancyId,
    });
    return this.store({ vacancyId }, profiles.size, pairs, competing);
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
      source.vacanciesForProfile(profileId, today),
      openProposalCounterparts(dataSource.manager, { profileId }),
    ]);
    const vacancies = await loadMatchVacancies(dataSource, union(generated, current));
    const pairs: Pair[] = [];
    for (const vacancy of vacancies.values()) {
      if (!vacancyIsOpen(vacancy, today)) continue;
      const pair = this.proposable(profile, vacancy);
      if (pair) pairs.push(pair);
    }
    const competing = await openProposalsCompeting(dataSource.manager, {
      vacancyIds: pairs.map((pair) => pair.vacancyId),
      exceptProfileId: profileId,
    });
    return this.store({ profileId }, vacancies.size, pairs, competing);
  }

  /**
   * Every proposal again: first withdraws open proposals of vacancies and profiles that left matching without
   * the engine hearing of it, then computes each open vacancy in id order, reporting after each batch.
   */
  async recomputeAll(
    onProgress: (progress: RecomputeProgress) => Promise<void> = async () => undefined,
  ): Promise<RecomputeProgress> {
    const { dataSource } = this.options;
    const today = this.today();
    const repaired = await inTransaction(dataSource, (manager) =>
      this.withdrawStale(manager.query.bind(manager), today),
    );
    const [{ total }] = (await dataSource.query(
      `SELECT count(*)::int AS total FROM vacancy WHERE status = $1 AND closing_date >= $2::date`,
      [VacancyStatus.PUBLISHED, today],
    )) as [{ total: number }];
    const progress: RecomputeProgress = {
      vacanciesDone: 0,
      vacanciesTotal: total,
      proposalsOpen: 0,
      proposalsWithdrawn: repaired,
    };
    await onProgress({ ...progress });
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = (
        (await dataSource.query(
          `SELECT id FROM vacancy WHERE status = $1 AND closing_date >= $2::date AND id > $3::uuid
           ORDER BY id LIMIT $4`,
          [VacancyStatus.PUBLISHED, today, after, RECOMPUTE_BATCH],
        )) as { id: string }[]
      ).map((row) => row.id);
      if (batch.length === 0) break;
      after = batch[batch.length - 1] as string;
      await inParallel(batch, RECOMPUTE_PARALLEL, async (vacancyId) => {
        const outcome = await this.proposeForVacancy(vacancyId);
        if (outcome.outcome === 'proposed')
          progress.proposalsWithdrawn += outcome.withdrawn + outcome.displaced;
        if (outcome.outcome === 'withdrawn') progress.proposalsWithdrawn += outcome.withdrawn;
      });
      progress.vacanciesDone += batch.length;
      await onProgress({ ...progress });
    }
    const [{ open }] = (await dataSource.query(
      `SELECT count(*)::int AS open FROM match_proposal WHERE status = $1`,
      [MatchProposalStatus.OPEN],
    )) as [{ open: number }];
    progress.proposalsOpen = open;
    progress.vacanciesTotal = Math.max(progress.vacanciesTotal, progress.vacanciesDone);
    await onProgress({ ...progress });
    return progress;
  }

  private async withdrawStale(
    query: (sql: string, params: unknown[]) => Promise<unknown>,
    today: string,
  ): Promise<number> {
    const ended = (await query(
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
    const left = (await query(
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
   * Keeps the best within the caps, counting the open proposals the pairs compete with (the person's other
   * vacancies, or the vacancy's other people), and writes in one transaction: the kept pairs upserted, the
   * subject's other engine proposals withdrawn, and competing engine proposals the new ones pushed out of a cap
   * withdrawn too. Decided proposals are neither counted nor touched.
   */
  private async store(
    subject: { vacancyId: string } | { profileId: string },
    scored: number,
    pairs: Pair[],
    competing: (ScoredPair & { source: MatchProposalSource })[],
  ): Promise<ProposeOutcome> {
    const key = (pair: ScoredPair) => `${pair.profileId}:${pair.vacancyId}`;
    const selected = new Set(
      selectProposals<ScoredPair>([...pairs, ...competing], this.config).map(key),
    );
    const kept = pairs.filter((pair) => selected.has(key(pair)));
    const displaced = competing.filter(
      (pair) => pair.source === MatchProposalSource.ENGINE && !selected.has(key(pair)),
    );
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
    const today = this.today();
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

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}
