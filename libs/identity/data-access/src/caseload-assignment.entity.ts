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

/** A job seeker in a coach's caseload. A job seeker has at most one coach (unique on job_seeker_id). */
@Entity({ name: 'caseload_assignment' })
@Index('caseload_assignment_job_seeker_key', ['jobSeekerId'], { unique: true })
@Index('caseload_assignment_coach_idx', ['coachId'])
export class CaseloadAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  coachId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coach_id' })
  coach?: UserEntity;

  @Column({ type: 'uuid' })
  jobSeekerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_seeker_id' })
  jobSeeker?: UserEntity;

  @Column({ type: 'uuid' })
  assignedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
