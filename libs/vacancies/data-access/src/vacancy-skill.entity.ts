import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '@werkmatch/taxonomy/data-access';
import { VacancyEntity } from './vacancy.entity';

/** A skill a vacancy asks for (an ESCO reference): required, or nice to have. */
@Entity({ name: 'vacancy_skill' })
export class VacancySkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  skillId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @Column({ type: 'boolean' })
  required: boolean;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
