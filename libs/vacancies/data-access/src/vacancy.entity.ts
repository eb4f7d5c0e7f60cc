import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EmployerOrganisationEntity } from '@werkmatch/identity/data-access';
import { OccupationEntity } from '@werkmatch/taxonomy/data-access';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import {
  CefrLevel,
  ContractType,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
} from '@werkmatch/work/domain';

/**
 * An offer of work of any route type, owned by an employer organisation. Reviewed and published by an account
 * manager of the organisation's region (`reviewRegionId`); its place of work may lie elsewhere (`regionId`).
 */
@Entity({ name: 'vacancy' })
// Last line of defence behind the domain's validation: no writer can store an impossible range.
@Check(
  'vacancy_hours_check',
  '"hours_min" BETWEEN 1 AND 40 AND "hours_max" BETWEEN 1 AND 40 AND "hours_min" <= "hours_max"',
)
@Check('vacancy_positions_check', '"positions" >= 1')
@Check('vacancy_pay_check', '"pay_min" >= 0 AND "pay_min" <= "pay_max"')
@Index('vacancy_organisation_idx', ['organisationId', 'createdAt'])
@Index('vacancy_review_idx', ['reviewRegionId', 'submittedAt'], {
  where: `"status" = 'SUBMITTED'`,
})
@Index('vacancy_closing_idx', ['closingDate'], { where: `"status" = 'PUBLISHED'` })
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => EmployerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: EmployerOrganisationEntity;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'varchar', length: 16, default: VacancyStatus.DRAFT })
  status: VacancyStatus;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  occupationId: string | null;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity | null;

  @Column({ type: 'varchar', length: 24 })
  routeType: RouteType;

  @Column({ type: 'smallint' })
  hoursMin: number;

  @Column({ type: 'smallint' })
  hoursMax: number;

  @Column({ type: 'smallint', default: 1 })
  positions: number;

  /** Work from anywhere; a remote vacancy may still name a postcode (an office to visit now and then). */
  @Column({ type: 'boolean', default: false })
  remote: boolean;

  @Column({ type: 'varchar', length: 7, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  pc4: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  municipalityCode: string | null;

  /** Region of the place of work (search filters); null for a remote vacancy without a postcode. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  /** Region of the organisation: its werkgeversservicepunt reviews and publishes the vacancy. */
  @Column({ type: 'uuid', nullable: true })
  reviewRegionId: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  minDutchLevel: CefrLevel | null;

  /** The education level asked for, at least. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  inclusiveOptions: InclusiveOption[];

  /** Only for routes with a contract (paid job, supported job, sheltered work, learn-work). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  contractType: ContractType | null;

  /** Gross pay in euros per `payPeriod`; only where a contract applies. */
  @Column({ type: 'numeric', precision: 9, scale: 2, nullable: true })
  payMin: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 2, nullable: true })
  payMax: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  payPeriod: PayPeriod | null;

  /** The last day applications are accepted; the vacancy expires the day after. */
  @Column({ type: 'date' })
  closingDate: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId: string | null;

  /** Why the account manager returned it to draft; cleared when it is submitted again. */
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  /** When it became filled, closed or expired. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Raised by every change; a match proposal records the version it was computed on. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
