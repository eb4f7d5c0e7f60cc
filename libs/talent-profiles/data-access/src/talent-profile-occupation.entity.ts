import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccupationEntity } from '@werkmatch/taxonomy/data-access';
import { TalentProfileEntity } from './talent-profile.entity';

/** An occupation the person wants to work in (an ESCO reference). */
@Entity({ name: 'talent_profile_occupation' })
export class TalentProfileOccupationEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => TalentProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: TalentProfileEntity;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
