import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IscoGroupEntity } from './isco-group.entity';
import { showLabel } from './show-label';
import { LabelLanguage } from './taxonomy.enums';

/** An ESCO occupation. ESCO has a Dutch label for every occupation, so that is the one shown. */
@Entity({ name: 'occupation' })
export class OccupationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The ESCO concept URI: the stable reference across ESCO versions and other systems. */
  @Column({ type: 'varchar', length: 255, unique: true })
  uri: string;

  @Column({ type: 'text' })
  labelNl: string;

  @Column({ type: 'text' })
  labelEn: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  altLabelsNl: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  altLabelsEn: string[];

  @Index()
  @Column({ type: 'varchar', length: 4 })
  iscoGroupCode: string;

  @ManyToOne(() => IscoGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_group_code' })
  iscoGroup?: IscoGroupEntity;

  get label(): string {
    return showLabel(this).label;
  }

  get labelLanguage(): LabelLanguage {
    return showLabel(this).labelLanguage;
  }
}
