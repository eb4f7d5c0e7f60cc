import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum SystemCheckStatus {
  QUEUED = 'QUEUED',
  DONE = 'DONE',
}

/**
 * A round trip through API, queue, worker and database, started by an operator to see that a deployment
 * actually processes jobs (readiness only shows that the parts are reachable).
 */
@Entity({ name: 'system_check' })
export class SystemCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  status: SystemCheckStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  processedBy: string | null;
}
