import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal, Role } from '@werkmatch/identity/domain';
import { CaseloadAssignmentEntity, UserEntity } from '@werkmatch/identity/data-access';
import { ValidationError } from '@werkmatch/shared/errors';

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
      return manager.getRepository(CaseloadAssignmentEntity).findOneByOrFail({ jobSeekerId });
    });
  }

  async remove(jobSeekerId: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(CaseloadAssignmentEntity)
      .delete({ jobSeekerId });
    return (result.affected ?? 0) > 0;
  }

  /** The job seekers in the calling coach's caseload. */
  async caseloadOf(coachId: string): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .innerJoin(CaseloadAssignmentEntity, 'assignment', 'assignment.job_seeker_id = user.id')
      .where('assignment.coach_id = :coachId', { coachId })
      .andWhere('user.erased_at IS NULL')
      .orderBy('user.full_name', 'ASC')
      .getMany();
  }

  isInCaseload(coachId: string, jobSeekerId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(CaseloadAssignmentEntity)
      .existsBy({ coachId, jobSeekerId });
  }
}
