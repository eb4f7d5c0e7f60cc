import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal, Role } from '@werkmatch/identity/domain';
import { CaseloadAssignmentEntity, UserEntity } from '@werkmatch/identity/data-access';
import { ValidationError } from '@werkmatch/shared/errors';
import { AuditAction } from '@werkmatch/audit/data-access';
import { auditAccountChange, auditAccountReads } from '../identity-audit';

@Injectable()
export class CaseloadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A job seeker has one coach: assigning to another coach moves them. */
  async assign(
    principal: Principal,
    jobSeekerId: string,
    coachId: string,
  ): Promise<CaseloadAssignmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const [jobSeeker, coach] = await Promise.all([
        users.findOneBy({ id: jobSeekerId }),
        users.findOneBy({ id: coachId }),
      ]);
      if (!jobSeeker || jobSeeker.role !== Role.JOB_SEEKER || jobSeeker.erasedAt)
        throw ValidationError.field('jobSeekerId', 'must be a job seeker');
      if (!coach || coach.role !== Role.COACH || coach.erasedAt || coach.deactivatedAt)
        throw ValidationError.field('coachId', 'must be a coach');
      await manager
        .createQueryBuilder()
        .insert()
        .into(CaseloadAssignmentEntity)
        .values({ coachId, jobSeekerId, assignedBy: principal.userId })
        .orUpdate(['coach_id', 'assigned_by', 'assigned_at'], ['job_seeker_id'])
        .execute();
      await auditAccountChange(manager, principal, jobSeekerId, AuditAction.UPDATE, {
        type: 'caseload-assignment',
        id: jobSeekerId,
      });
      return manager.getRepository(CaseloadAssignmentEntity).findOneByOrFail({ jobSeekerId });
    });
  }

  async remove(principal: Principal, jobSeekerId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(CaseloadAssignmentEntity).delete({ jobSeekerId });
      if ((result.affected ?? 0) === 0) return false;
      await auditAccountChange(manager, principal, jobSeekerId, AuditAction.DELETE, {
        type: 'caseload-assignment',
        id: jobSeekerId,
      });
      return true;
    });
  }

  /** The job seekers in the calling coach's caseload. */
  async caseloadOf(principal: Principal): Promise<UserEntity[]> {
    const coachId = principal.userId;
    const jobSeekers = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .innerJoin(CaseloadAssignmentEntity, 'assignment', 'assignment.job_seeker_id = user.id')
      .where('assignment.coach_id = :coachId', { coachId })
      .andWhere('user.erased_at IS NULL')
      .orderBy('user.full_name', 'ASC')
      .getMany();
    await this.dataSource.transaction((manager) =>
      auditAccountReads(
        manager,
        principal,
        jobSeekers.map((user) => user.id),
        'caseload overview of the coach',
      ),
    );
    return jobSeekers;
  }

  isInCaseload(coachId: string, jobSeekerId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(CaseloadAssignmentEntity)
      .existsBy({ coachId, jobSeekerId });
  }
}
