import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LabourMarketRegionEntity } from './labour-market-region.entity';

/** The werkgeversservicepunt of a region: exactly one per region, where its account managers work. */
@Entity({ name: 'employer_service_point' })
export class EmployerServicePointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  regionId: string;

  @ManyToOne(() => LabourMarketRegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: LabourMarketRegionEntity;

  @Column({ type: 'varchar', length: 150 })
  name: string;
}
