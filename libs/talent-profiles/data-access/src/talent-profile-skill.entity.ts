import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '@werkmatch/taxonomy/data-access';
import { SkillLevel } from '@werkmatch/work/domain';
import { TalentProfileEntity } from './talent-profile.entity';

/** A skill of the person (an ESCO reference) with their own assessment of it. */
@Entity({ name: 'talent_profile_skill' })
export class TalentProfileSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  skillId: string;

  @ManyToOne(() => TalentProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: TalentProfileEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @Column({ type: 'varchar', length: 16 })
  level: SkillLevel;

  /** The order the person gave them in. */
  @Column({ type: 'smallint', default: 0 })
  position: number;
}
