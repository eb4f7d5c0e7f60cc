import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from '@werkmatch/identity/domain';
import { EmployerOrganisationEntity } from './employer-organisation.entity';

/**
 * Every person who can log in, whatever the role. `app_user` because `user` is a reserved word in PostgreSQL.
 * Emails are stored lower-cased and unique case-insensitively (index on lower(email), made by the migration).
 */
@Entity({ name: 'app_user' })
@Index('app_user_email_lower_key', { synchronize: false })
@Index('app_user_organisation_idx', ['organisationId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  /** Set for EMPLOYER only. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => EmployerOrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: EmployerOrganisationEntity | null;

  /** The labour-market region of an ACCOUNT_MANAGER's service point (geo reference data). */
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** A member removed from their organisation: kept for history (who posted what), cannot log in. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Privacy erasure: the row stays (pseudonymous id for the audit trail), identifying fields are wiped. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
