import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LabourMarketRegionEntity } from './labour-market-region.entity';

/** A gemeente, keyed by its CBS code (`GM0321`), which stays stable across name changes. */
@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 50 })
  province: string;

  @Index()
  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => LabourMarketRegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: LabourMarketRegionEntity;
}
