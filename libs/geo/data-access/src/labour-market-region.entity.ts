import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One of the 35 arbeidsmarktregio's; employers, account managers and vacancies belong to one. */
@Entity({ name: 'labour_market_region' })
export class LabourMarketRegionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;

  /** Stable, URL-safe form of the name (`midden-utrecht`), for links and fixtures. */
  @Column({ type: 'varchar', length: 100, unique: true })
  slug: string;
}
