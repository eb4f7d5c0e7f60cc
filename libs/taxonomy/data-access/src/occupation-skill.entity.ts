import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccupationEntity } from './occupation.entity';
import { SkillEntity } from './skill.entity';
import { SkillRelation } from './taxonomy.enums';

/** ESCO's statement that a skill is essential or optional for an occupation. */
@Entity({ name: 'occupation_skill' })
export class OccupationSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  occupationId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  skillId: string;

  @ManyToOne(() => OccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @Column({ type: 'varchar', length: 16 })
  relation: SkillRelation;
}
