import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccupationEntity } from './occupation.entity';
import { SkillEntity } from './skill.entity';
import { LabelLanguage } from './taxonomy.enums';

/**
 * One searchable label (preferred or alternative, Dutch or English) of an occupation or skill, derived from
 * the concept tables by the import. `norm` is `taxonomy_search_normalize(term)` (lower case, no accents, single
 * spaces) in the C collation, so a btree serves prefix look-ups (`^@`) and a trigram GIN index the typo-tolerant
 * ones (all labels for substrings, preferred labels only for word similarity). The GIN indexes are made by the
 * migration (TypeORM cannot describe them).
 */
@Entity({ name: 'occupation_search_term' })
@Index('occupation_search_term_norm_trgm', { synchronize: false })
@Index('occupation_search_term_preferred_trgm', { synchronize: false })
export class OccupationSearchTermEntity {
  @PrimaryColumn({ type: 'uuid' })
  occupationId: string;

  @Index()
  @PrimaryColumn({ type: 'text', collation: 'C' })
  norm: string;

  @ManyToOne(() => OccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'text' })
  term: string;

  @Column({ type: 'varchar', length: 2 })
  language: LabelLanguage;

  @Column({ type: 'boolean' })
  preferred: boolean;
}

@Entity({ name: 'skill_search_term' })
@Index('skill_search_term_norm_trgm', { synchronize: false })
@Index('skill_search_term_preferred_trgm', { synchronize: false })
export class SkillSearchTermEntity {
  @PrimaryColumn({ type: 'uuid' })
  skillId: string;

  @Index()
  @PrimaryColumn({ type: 'text', collation: 'C' })
  norm: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @Column({ type: 'text' })
  term: string;

  @Column({ type: 'varchar', length: 2 })
  language: LabelLanguage;

  @Column({ type: 'boolean' })
  preferred: boolean;
}
