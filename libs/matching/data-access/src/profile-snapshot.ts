import type { DataSource, EntityManager } from 'typeorm';
import { isEligible, type MatchCandidate, type MatchVacancy } from '@werkmatch/matching/domain';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { hoursOverlap } from '@werkmatch/work/domain';
import { CANDIDATES_PER_RUN, occupationRelevance, poolSkillWeights } from './candidate-source';
import { type LoadedProfile, loadMatchProfiles, profileIsPublished } from './match-inputs';

/** Profiles read per query while a snapshot loads: few queries, none of them large. */
const LOAD_PAGE = 5_000;

/**
 * Every published talent profile in memory, for a full recomputation: the candidates of each vacancy are found
 * by postings (skill → profiles, ISCO minor group → profiles) instead of one SQL pool per vacancy, with the same
 * pool, hard conditions (`isEligible`) and relevance order as `PostgresCandidateSource`, so a recomputation
 * proposes what the computations after events would. The profiles are the ones loaded at the snapshot's moment;
 * what changes during a run reaches matching through its own events.
 */
export class ProfileSnapshot {
  /** In id order, so ties in relevance go by id without comparing strings. */
  private readonly profiles: LoadedProfile[];
  private readonly bySkill = new Map<string, number[]>();
  private readonly byMinorGroup = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  private readonly relevance: Int32Array;
  private readonly touched: Uint8Array;

  private constructor(profiles: LoadedProfile[]) {
    this.profiles = profiles;
    this.relevance = new Int32Array(profiles.length);
    this.touched = new Uint8Array(profiles.length);
    profiles.forEach((profile, index) => {
      this.byId.set(profile.profileId, index);
      const candidate = profile.candidate as MatchCandidate;
      for (const id of new Set(candidate.skills.map((skill) => skill.id)))
        push(this.bySkill, id, index);
      for (const group of new Set(candidate.wantedOccupations.map((o) => o.iscoGroup.slice(0, 3))))
        push(this.byMinorGroup, group, index);
    });
  }

  /** Loads every published profile that has what matching needs, page by page in id order. */
  static async load(db: DataSource | EntityManager): Promise<ProfileSnapshot> {
    const profiles: LoadedProfile[] = [];
    const strings = new Map<string, string>();
    // The same skill ids and labels recur in thousands of profiles: one string each keeps the snapshot small.
    const intern = (value: string) => {
      const known = strings.get(value);
      if (known !== undefined) return known;
      strings.set(value, value);
      return value;
    };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = (
        (await db.query(
          `SELECT id FROM talent_profile WHERE status = $1 AND id > $2::uuid ORDER BY id LIMIT $3`,
          [TalentProfileStatus.PUBLISHED, after, LOAD_PAGE],
        )) as { id: string }[]
      ).map((row) => row.id);
      if (ids.length === 0) break;
      after = ids[ids.length - 1] as string;
      const loaded = await loadMatchProfiles(db, ids);
      for (const id of ids) {
        const profile = loaded.get(id);
        if (!profile || !profileIsPublished(profile)) continue;
        const candidate = profile.candidate as MatchCandidate;
        profiles.push({
          ...profile,
          candidate: {
            ...candidate,
            skills: candidate.skills.map((skill) => ({
              id: intern(skill.id),
              label: intern(skill.label),
              level: skill.level,
            })),
            wantedOccupations: candidate.wantedOccupations.map((occupation) => ({
              id: intern(occupation.id),
              iscoGroup: intern(occupation.iscoGroup),
            })),
          },
        });
      }
    }
    return new ProfileSnapshot(profiles);
  }

  get size(): number {
    return this.profiles.length;
  }

  /** The profile as the snapshot holds it; undefined when it was not published with what matching needs. */
  profile(id: string): LoadedProfile | undefined {
    const index = this.byId.get(id);
    return index === undefined ? undefined : this.profiles[index];
  }

  /**
   * The eligible profiles in the vacancy's pool, most relevant first (ties by id), at most `limit`: what
   * `PostgresCandidateSource.profilesForVacancy` returns, as loaded profiles.
   */
  candidatesFor(vacancy: MatchVacancy, limit = CANDIDATES_PER_RUN): LoadedProfile[] {
    const pool: number[] = [];
    const add = (index: number, weight: number) => {
      if (this.touched[index] === 0) {
        this.touched[index] = 1;
        pool.push(index);
      }
      (this.relevance[index] as number) += weight;
    };
    const weights = poolSkillWeights(vacancy);
    for (const [skillId, weight] of weights)
      for (const index of this.bySkill.get(skillId) ?? []) add(index, weight);
    const occupation = vacancy.occupation;
    if (occupation === null)
      for (let index = 0; index < this.profiles.length; index++) add(index, 0);
    else
      for (const index of this.byMinorGroup.get(occupation.iscoGroup.slice(0, 3)) ?? [])
        add(index, 0);

    const found: { index: number; relevance: number }[] = [];
    for (const index of pool) {
      const skills = this.relevance[index] as number;
      this.relevance[index] = 0;
      this.touched[index] = 0;
      const candidate = this.profiles[index]?.candidate as MatchCandidate;
      // The cheap conditions first: most of a pool fails on route or hours before distance is worth computing.
      if (!candidate.wantedRouteTypes.includes(vacancy.routeType)) continue;
      if (!hoursOverlap(candidate.hours, vacancy.hours)) continue;
      if (!isEligible(candidate, vacancy).eligible) continue;
      found.push({
        index,
        relevance: skills + occupationRelevance(candidate.wantedOccupations, occupation),
      });
    }
    return found
      .sort((a, b) => b.relevance - a.relevance || a.index - b.index)
      .slice(0, limit)
      .map((entry) => this.profiles[entry.index] as LoadedProfile);
  }
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
