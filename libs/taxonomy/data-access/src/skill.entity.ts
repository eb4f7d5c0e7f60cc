import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { showLabel } from './show-label';
import { LabelLanguage, SkillReuseLevel, SkillType } from './taxonomy.enums';

/** An ESCO skill or knowledge concept. Most have only an English label: see `label`. */
@Entity({ name: 'skill' })
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 255, unique: true })
  uri: string;

  @Column({ type: 'text', nullable: true })
  labelNl: string | null;

  @Column({ type: 'text' })
  labelEn: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  altLabelsNl: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  altLabelsEn: string[];

  /** Null for the handful of ESCO concepts without a type. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  skillType: SkillType | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reuseLevel: SkillReuseLevel | null;

  get label(): string {
    return showLabel(this).label;
  }

  get labelLanguage(): LabelLanguage {
    return showLabel(this).labelLanguage;
  }
}
