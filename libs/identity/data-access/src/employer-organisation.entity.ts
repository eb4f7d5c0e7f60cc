import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** An employer (werkgever) with member users. Unverified until an account manager of its region verifies it. */
@Entity({ name: 'employer_organisation' })
@Index('employer_organisation_kvk_number_key', ['kvkNumber'], { unique: true })
@Index('employer_organisation_awaiting_idx', ['regionId', 'createdAt'], {
  where: '"verified_at" IS NULL',
})
export class EmployerOrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'char', length: 8 })
  kvkNumber: string;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ type: 'varchar', length: 16 })
  houseNumber: string;

  @Column({ type: 'char', length: 6 })
  postcode: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 100 })
  sector: string;

  /** Derived from the postcode at registration; null when the postcode is not in the reference data. */
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
