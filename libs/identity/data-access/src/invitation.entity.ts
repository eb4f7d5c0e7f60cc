import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmployerOrganisationEntity } from './employer-organisation.entity';
import { UserEntity } from './user.entity';
import { Role } from '@werkmatch/identity/domain';

/**
 * An invitation to join as COACH or ACCOUNT_MANAGER (sent by an administrator) or as EMPLOYER of an existing
 * organisation (sent by a member). Only the SHA-256 of the emailed token is stored.
 */
@Entity({ name: 'invitation' })
@Index('invitation_token_hash_key', ['tokenHash'], { unique: true })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => EmployerOrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: EmployerOrganisationEntity;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid' })
  invitedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
