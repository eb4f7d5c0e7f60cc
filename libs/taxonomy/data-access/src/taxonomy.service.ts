import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { ValidationError } from '@werkmatch/shared/errors';
import { OccupationEntity } from './occupation.entity';
import { OccupationSkillEntity } from './occupation-skill.entity';
import { SkillEntity } from './skill.entity';
import { LabelLanguage, SkillRelation } from './taxonomy.enums';

export enum SuggestionMatch {
  /** A label starts with what was typed. */
  PREFIX = 'PREFIX',
  /** A later word of a label starts with it (`verpleegk` in `gespecialiseerd verpleegkundige`). */
  WORD_PREFIX = 'WORD_PREFIX',
  /** A label contains it inside a word, or is close to it within a typo or two. */
  SIMILAR = 'SIMILAR',
}

export interface TaxonomySuggestion<T> {
  item: T;
  /** The label that matched, which may be an alternative or English one; show it when it is not `item.label`. */
  matchedLabel: string;
  matchedLanguage: LabelLanguage;
  match: SuggestionMatch;
}

export const MIN_SUGGEST_LENGTH = 2;
export const MAX_SUGGEST_LIMIT = 50;
const SIMILAR_ONLY_BELOW = 3;

interface Hit {
  id: string;
  term: string;
  language: LabelLanguage;
  word?: boolean;
}

const SEARCH_TABLES = {
  occupation: { table: 'occupation_search_term', key: 'occupation_id' },
  skill: { table: 'skill_search_term', key: 'skill_id' },
} as const;
type Kind = keyof typeof SEARCH_TABLES;

/*
 * `taxonomy_search_normalize($1)` is IMMUTABLE, so PostgreSQL folds it to a constant when it plans the
 * statement with its parameter (node-postgres sends unnamed statements, planned per execution); only then can
 * it use the C-collation btree for `^@` and the trigram GIN index for LIKE and `<%`.
 * Three phases, cheapest first; a later one only runs when the earlier ones did not fill the list (the third
 * only when they found fewer than three):
 *   1. labels that start with the text (btree range scan, ~0.3 ms);
 *   2. labels that contain it, a word start ranking first (GIN, every trigram required: selective);
 *   3. preferred labels close to it (word similarity, GIN, any trigram may match: the expensive one, for typos).
 */
const prefixSql = ({ table, key }: (typeof SEARCH_TABLES)[Kind]) => `
  SELECT id, term, language FROM (
    SELECT DISTINCT ON (t.${key}) t.${key} AS id, t.term, t.language, t.preferred,
           t.norm = taxonomy_search_normalize($1) AS exact, length(t.norm) AS len
    FROM ${table} t
    WHERE t.norm ^@ taxonomy_search_normalize($1)
    ORDER BY t.${key}, exact DESC, t.preferred DESC, len
  ) best
  ORDER BY exact DESC, preferred DESC, len, term
  LIMIT $2`;

const containsSql = ({ table, key }: (typeof SEARCH_TABLES)[Kind]) => `
  SELECT id, term, language, word FROM (
    SELECT DISTINCT ON (t.${key}) t.${key} AS id, t.term, t.language, t.preferred,
           position(' ' || taxonomy_search_normalize($1) in ' ' || t.norm) > 0 AS word,
           length(t.norm) AS len
    FROM ${table} t
    WHERE t.norm LIKE '%' || replace(replace(replace(taxonomy_search_normalize($1),
            '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
      AND t.${key} <> ALL ($3::uuid[])
    ORDER BY t.${key}, word DESC, t.preferred DESC, len
  ) best
  ORDER BY word DESC, preferred DESC, len, term
  LIMIT $2`;

// word_similarity compares the text with the best-matching stretch of a label, which suits input that is still
// being typed; `<%` keeps labels at or above pg_trgm.word_similarity_threshold (0.6 by default: `verpleegkundge`
// scores 0.8 against `verpleegkundige`, `softwre` 0.63 against `software`). Only preferred labels take part: over
// all 100k skill labels this phase costs ~10 ms, over the 16k preferred ones ~2 ms (partial GIN index), and
// alternative labels still count in the prefix and substring phases.
const similarSql = ({ table, key }: (typeof SEARCH_TABLES)[Kind]) => `
  SELECT id, term, language FROM (
    SELECT DISTINCT ON (t.${key}) t.${key} AS id, t.term, t.language,
           word_similarity(taxonomy_search_normalize($1), t.norm) AS similarity
    FROM ${table} t
    WHERE t.preferred AND taxonomy_search_normalize($1) <% t.norm AND t.${key} <> ALL ($3::uuid[])
    ORDER BY t.${key}, similarity DESC
  ) best
  ORDER BY similarity DESC, length(term), term
  LIMIT $2`;

/**
 * Look-ups in the ESCO taxonomy. A plain class over a DataSource (or a transaction's manager); a Nest module
 * provides it with a factory.
 */
export class TaxonomyService {
  constructor(private readonly db: DataSource | EntityManager) {}

  /**
   * Occupations for what a person is typing, Dutch or English, preferred or alternative labels. Labels that
   * start with the text come first, then labels with a word that starts with it, then near misses (typos).
   */
  suggestOccupations(text: string, limit = 10): Promise<TaxonomySuggestion<OccupationEntity>[]> {
    return this.suggest('occupation', text, limit, (ids) => this.findOccupationsByIds(ids));
  }

  /** Skills, ranked as `suggestOccupations`. Most skills show an English label (ESCO has no Dutch one). */
  suggestSkills(text: string, limit = 10): Promise<TaxonomySuggestion<SkillEntity>[]> {
    return this.suggest('skill', text, limit, (ids) => this.findSkillsByIds(ids));
  }

  /** The skills ESCO calls essential for the occupation, by shown label; empty for an unknown occupation. */
  async essentialSkillsOf(occupationId: string): Promise<SkillEntity[]> {
    return (await this.skillsOf(occupationId, SkillRelation.ESSENTIAL)).map((s) => s.skill);
  }

  async skillsOf(
    occupationId: string,
    relation?: SkillRelation,
  ): Promise<{ skill: SkillEntity; relation: SkillRelation }[]> {
    const links = await this.db.getRepository(OccupationSkillEntity).find({
      where: { occupationId, ...(relation ? { relation } : {}) },
      relations: { skill: true },
    });
    return links
      .filter((link): link is OccupationSkillEntity & { skill: SkillEntity } => !!link.skill)
      .map((link) => ({ skill: link.skill, relation: link.relation }))
      .sort((a, b) => a.skill.label.localeCompare(b.skill.label, 'nl'));
  }

  /** For DataLoaders: in no particular order, unknown ids left out. */
  findOccupationsByIds(ids: readonly string[]): Promise<OccupationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(OccupationEntity).findBy({ id: In([...ids]) });
  }

  findSkillsByIds(ids: readonly string[]): Promise<SkillEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(SkillEntity).findBy({ id: In([...ids]) });
  }

  /** Checks references from an input (`input.skills[2].skillId`): an unknown id is a ValidationError naming it. */
  async requireSkills(ids: readonly string[], field: (index: number) => string): Promise<void> {
    await this.requireKnown(ids, field, (known) => this.findSkillsByIds(known));
  }

  async requireOccupations(
    ids: readonly string[],
    field: (index: number) => string,
  ): Promise<void> {
    await this.requireKnown(ids, field, (known) => this.findOccupationsByIds(known));
  }

  private async requireKnown(
    ids: readonly string[],
    field: (index: number) => string,
    find: (ids: string[]) => Promise<{ id: string }[]>,
  ): Promise<void> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const found = new Set((await find(ids.filter((id) => uuid.test(id)))).map((row) => row.id));
    const violations = ids
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !found.has(id))
      .map(({ index }) => ({ field: field(index), rule: 'a known taxonomy reference' }));
    if (violations.length > 0) throw new ValidationError(violations);
  }

  private async suggest<T extends { id: string }>(
    kind: Kind,
    text: string,
    limit: number,
    load: (ids: string[]) => Promise<T[]>,
  ): Promise<TaxonomySuggestion<T>[]> {
    const query = text.trim();
    if (query.replace(/\s+/g, '').length < MIN_SUGGEST_LENGTH) return [];
    const wanted = Math.max(1, Math.min(Math.trunc(limit) || 1, MAX_SUGGEST_LIMIT));
    const tables = SEARCH_TABLES[kind];
    const hits: (Hit & { match: SuggestionMatch })[] = (
      (await this.db.query(prefixSql(tables), [query, wanted])) as Hit[]
    ).map((hit) => ({ ...hit, match: SuggestionMatch.PREFIX }));
    // Trigram look-ups need at least one full trigram (three characters) to be selective.
    if (hits.length < wanted && query.length >= 3) {
      const contained = (await this.db.query(containsSql(tables), [
        query,
        wanted - hits.length,
        hits.map((hit) => hit.id),
      ])) as Hit[];
      for (const hit of contained)
        hits.push({
          ...hit,
          match: hit.word ? SuggestionMatch.WORD_PREFIX : SuggestionMatch.SIMILAR,
        });
    }
    // Near misses are for a typo; when the text as typed already finds a few labels, they are noise (and the
    // most expensive phase), so they only fill a list that would otherwise be (nearly) empty.
    if (hits.length < Math.min(wanted, SIMILAR_ONLY_BELOW) && query.length >= 3) {
      const similar = (await this.db.query(similarSql(tables), [
        query,
        wanted - hits.length,
        hits.map((hit) => hit.id),
      ])) as Hit[];
      for (const hit of similar) hits.push({ ...hit, match: SuggestionMatch.SIMILAR });
    }
    const items = new Map((await load(hits.map((hit) => hit.id))).map((item) => [item.id, item]));
    return hits.flatMap((hit) => {
      const item = items.get(hit.id);
      return item
        ? [{ item, matchedLabel: hit.term, matchedLanguage: hit.language, match: hit.match }]
        : [];
    });
  }
}
