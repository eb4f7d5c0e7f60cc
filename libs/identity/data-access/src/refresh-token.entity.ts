import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One refresh token of a session (`familyId`). Only its SHA-256 is stored. Each refresh uses it up and issues
 * the next in the family; presenting a used one again means it was stolen, and the whole family is revoked.
 */
@Entity({ name: 'refresh_token' })
@Index('refresh_token_token_hash_key', ['tokenHash'], { unique: true })
@Index('refresh_token_family_idx', ['familyId'])
@Index('refresh_token_user_idx', ['userId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** The session: the access tokens issued with this chain carry it as `sid`. */
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  replacedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
