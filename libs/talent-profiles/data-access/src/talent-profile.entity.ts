import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '@werkmatch/identity/data-access';
import { PauseReason, TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import type {
  DiplomaRecord,
  LanguageRecord,
  TalentRecord,
  WorkExperienceRecord,
} from '@werkmatch/talent-profiles/domain';
import {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  RouteType,
  SupportNeed,
  TargetGroup,
  TransportMode,
} from '@werkmatch/work/domain';

/**
 * A job seeker's talent profile: talents and skills first, not a CV. One per job seeker. The person's name and
 * contact data stay on the account (app_user); the exact postcode, target groups, support needs and private
 * texts never leave through the anonymised profile (talent-profiles/domain).
 */
@Entity({ name: 'talent_profile' })
// Last line of defence behind the domain's validation: no writer can store an impossible range.
@Check(
  'talent_profile_hours_check',
  '"hours_min" BETWEEN 1 AND 40 AND "hours_max" BETWEEN 1 AND 40 AND "hours_min" <= "hours_max"',
)
@Check('talent_profile_participation_level_check', '"participation_level" BETWEEN 1 AND 6')
@Check('talent_profile_travel_km_check', '"travel_km" BETWEEN 0 AND 300')
@Index('talent_profile_status_idx', ['status'])
@Index('talent_profile_confirmation_idx', ['confirmedAt'], { where: `"status" = 'PUBLISHED'` })
export class TalentProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobSeekerId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_seeker_id' })
  jobSeeker?: UserEntity;

  @Column({ type: 'varchar', length: 16, default: TalentProfileStatus.DRAFT })
  status: TalentProfileStatus;

  @Column({ type: 'varchar', length: 160, nullable: true })
  headline: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  talents: TalentRecord[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  workExperience: WorkExperienceRecord[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  diplomas: DiplomaRecord[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages: LanguageRecord[];

  /** The Dutch level of `languages`, kept in a column for search and matching filters. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  dutchLevel: CefrLevel | null;

  @Column({ type: 'smallint', nullable: true })
  hoursMin: number | null;

  @Column({ type: 'smallint', nullable: true })
  hoursMax: number | null;

  @Column({ type: 'date', nullable: true })
  earliestStart: string | null;

  /** The exact postcode (`3991 AB`): personal data, shown to nobody but the person and their coach. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  postcode: string | null;

  /** The postcode area, municipality, region and area centre derived from `postcode`. */
  @Column({ type: 'varchar', length: 4, nullable: true })
  pc4: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  municipalityCode: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ type: 'smallint', nullable: true })
  travelKm: number | null;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  drivingLicences: DrivingLicence[];

  @Column({ type: 'varchar', length: 24, array: true, default: () => "'{}'" })
  transportModes: TransportMode[];

  @Column({ type: 'varchar', length: 24, array: true, default: () => "'{}'" })
  wantedRouteTypes: RouteType[];

  /** Participatieladder 1–6, set by a coach only. */
  @Column({ type: 'smallint', nullable: true })
  participationLevel: number | null;

  /** Set by a coach only; sensitive. */
  @Column({ type: 'varchar', length: 24, array: true, default: () => "'{}'" })
  supportNeeds: SupportNeed[];

  /** Set by a coach only; sensitive, and eligibility (never a score weight) for two of them. */
  @Column({ type: 'varchar', length: 24, array: true, default: () => "'{}'" })
  targetGroups: TargetGroup[];

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  pauseReason: PauseReason | null;

  /** When the owner last published or confirmed the profile as current. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** When the owner was last asked to confirm; cleared by a confirmation. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmationRequestedAt: Date | null;

  /** Raised by every change; a match proposal records the version it was computed on. */
  @VersionColumn()
  version: number;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
