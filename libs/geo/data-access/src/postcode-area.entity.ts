import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

/**
 * A four-digit postcode area (PC4) with an approximate centre: the mean of the GeoNames place points in it.
 * The platform stores postcodes of people and vacancies at this level, never the full address.
 */
@Entity({ name: 'postcode_area' })
export class PostcodeAreaEntity {
  @PrimaryColumn({ type: 'char', length: 4 })
  pc4: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  placeNames: string[];

  @Index()
  @Column({ type: 'varchar', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;
}
