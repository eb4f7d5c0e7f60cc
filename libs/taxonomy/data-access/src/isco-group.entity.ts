import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ISCO-08 group (levels 1 to 4, code `2` to `2221`), as ESCO publishes it with Dutch labels. */
@Entity({ name: 'isco_group' })
export class IscoGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'text' })
  labelNl: string;
}
