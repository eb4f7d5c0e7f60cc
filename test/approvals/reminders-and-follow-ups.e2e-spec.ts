import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { PlacementFollowUpsJob, RemindMatchOutcomesJob } from '@werkmatch/approvals/data-access';
import { CaseloadAssignmentEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { EmailKind } from '@werkmatch/notifications/data-access';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import { eventually } from '@werkmatch/shared/testing';
import type { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { addMonths, amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import { RouteType, SkillLevel } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { dataSourceOf, latestEmail } from '../identity/identity-fixtures';
import { seedOrganisation, seedProfile, seedVacancy } from '../matching/match-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy, SeededTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import {
  APPROVE,
  codeOf,
  NOTIFICATIONS,
  NotificationView,
  PLACE,
  seedOpenProposal,
  userWithToken,
} from './approval-fixtures';

const CONFIRM = `mutation($id: ID!, $still: Boolean!) {
  confirmStillInWork(placementId: $id, stillInWork: $still) { id stillInWork stillInWorkConfirmedAt }
}`;

/*
 * The scheduled jobs of approvals (issue 7, item 5) with the worker in the process: dates are moved back in the
 * database, then the job runs through the queue as the daily schedule would run it.
 */
describe('Reminders and follow-ups', () => {
  let api: TestApp;
  let db: DataSource;
  let queues: QueueRegistry;
  let taxonomy: SeededTaxonomy;
  let region: { regionId: string; postcode: string };
  let vacancy: VacancyEntity;
  let volunteering: VacancyEntity;
  let manager: { user: UserEntity; token: string };
  let employer: { user: UserEntity; token: string };
  let coach: { user: UserEntity; token: string };
  let admin: { user: UserEntity; token: string };

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    db = dataSourceOf(api);
    queues = api.app.get<QueueRegistry>(QUEUE_REGISTRY);
    taxonomy = await seedTaxonomy(api);
    region = await seedRegion(api, 'Houten', '3991');
    const organisation = await seedOrganisation(db, region.regionId, true, 'Zorggroep De Lek');
    vacancy = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      status: VacancyStatus.PUBLISHED,
    });
    volunteering = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      routeType: RouteType.VOLUNTEER,
      status: VacancyStatus.PUBLISHED,
    });
    await db.query(`UPDATE vacancy SET contract_type = 'PERMANENT', positions = 10 WHERE id = $1`, [
      vacancy.id,
    ]);
    await db.query(`UPDATE vacancy SET positions = 10 WHERE id = $1`, [volunteering.id]);
    manager = await userWithToken(api, Role.ACCOUNT_MANAGER, { regionId: region.regionId });
    employer = await userWithToken(api, Role.EMPLOYER, { organisationId: organisation.id });
    coach = await userWithToken(api, Role.COACH);
    admin = await userWithToken(api, Role.ADMIN);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  /** An approved match of a person in the coach's caseload. */
  const approvedMatch = async (
    on: VacancyEntity,
  ): Promise<{ proposalId: string; jobSeekerId: string }> => {
    const { user, profile } = await seedProfile(api, region, {
      skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.COMPETENT }],
    });
    await db
      .getRepository(CaseloadAssignmentEntity)
      .save({ coachId: coach.user.id, jobSeekerId: user.id, assignedBy: admin.user.id });
    const proposal = await seedOpenProposal(db, profile, on);
    await api.gql.data(APPROVE, { id: proposal.id }, { token: manager.token });
    return { proposalId: proposal.id, jobSeekerId: user.id };
  };

  /** Runs a job through the queue and waits until it completed. */
  const run = async (job: Promise<Job>): Promise<unknown> => {
    const queued = await job;
    await eventually(
      async () => (await queued.getState()) === 'completed' || (await queued.isFailed()),
      20_000,
      `job ${queued.name}`,
    );
    // Both sweeps share the scheduled queue; read the job again for its return value.
    const done = await queues.queue(RemindMatchOutcomesJob.queue).getJob(queued.id as string);
    if (!done || (await done.isFailed())) throw new Error(`job failed: ${done?.failedReason}`);
    return done.returnvalue;
  };

  const notificationsOf = async (token: string, kind: string): Promise<NotificationView[]> =>
    (
      await api.gql.data<{ notifications: { items: NotificationView[] } }>(
        NOTIFICATIONS,
        {},
        { token },
      )
    ).notifications.items.filter((item) => item.kind === kind);

  it('reminds the employer and the approving account manager once when an introduction has had no outcome for 14 days', async () => {
    const stale = await approvedMatch(vacancy);
    const recent = await approvedMatch(vacancy);
    await db.query(
      `UPDATE match_decision SET introduced_at = now() - interval '15 days' WHERE proposal_id = $1`,
      [stale.proposalId],
    );
    await db.query(
      `UPDATE match_decision SET introduced_at = now() - interval '13 days' WHERE proposal_id = $1`,
      [recent.proposalId],
    );

    const result = (await run(queues.enqueue(RemindMatchOutcomesJob, {}))) as { handled: number };
    expect(result.handled).toBe(1);
    for (const token of [employer.token, manager.token]) {
      const reminders = await notificationsOf(token, 'MATCH_OUTCOME_REMINDER');
      expect(reminders.map((item) => item.resourceId)).toEqual([stale.proposalId]);
      expect(reminders[0]?.messageNl).toMatch(/14 dagen geleden/);
    }
    const mail = await latestEmail(api, manager.user.email, EmailKind.MatchOutcomeReminder);
    expect(mail.textBody).toContain(`/matches/${stale.proposalId}`);
    await latestEmail(api, employer.user.email, EmailKind.MatchOutcomeReminder);

    // A second run sends nothing twice.
    const again = (await run(queues.enqueue(RemindMatchOutcomesJob, {}))) as { handled: number };
    expect(again.handled).toBe(0);
    expect(await notificationsOf(employer.token, 'MATCH_OUTCOME_REMINDER')).toHaveLength(1);
  });

  it('asks the coach six months after a paid start whether the person is still in work, and counts a yes as outflow', async () => {
    const paid = await approvedMatch(vacancy);
    const unpaid = await approvedMatch(volunteering);
    const today = amsterdamDate(new Date());
    const { recordPlacement } = await api.gql.data<{
      recordPlacement: { id: string; followUpDueOn: string };
    }>(
      PLACE,
      { id: paid.proposalId, input: { startDate: today, hoursPerWeek: 32 } },
      { token: coach.token },
    );
    await api.gql.data(
      PLACE,
      { id: unpaid.proposalId, input: { startDate: today, hoursPerWeek: 8 } },
      {
        token: coach.token,
      },
    );
    expect(recordPlacement.followUpDueOn).toBe(addMonths(today, 6));

    const tooEarly = await api.gql.request(
      CONFIRM,
      { id: recordPlacement.id, still: true },
      { token: coach.token },
    );
    expect(codeOf(tooEarly)).toBe('INVALID_TRANSITION');
    expect(tooEarly.errors?.[0]?.message).toMatch(/due on/);

    // Six months pass.
    const started = addMonths(today, -6);
    await db.query(
      `UPDATE placement SET start_date = $2::date, follow_up_due_on = $3::date WHERE id = $1`,
      [recordPlacement.id, started, addMonths(started, 6)],
    );
    await db.query(`UPDATE placement SET start_date = $2::date WHERE proposal_id = $1`, [
      unpaid.proposalId,
      started,
    ]);
    const result = (await run(queues.enqueue(PlacementFollowUpsJob, {}))) as { handled: number };
    expect(result.handled).toBe(1);
    const asked = await notificationsOf(coach.token, 'PLACEMENT_FOLLOW_UP');
    expect(asked.map((item) => [item.resourceType, item.resourceId])).toEqual([
      ['placement', recordPlacement.id],
    ]);
    const mail = await latestEmail(api, coach.user.email, EmailKind.PlacementFollowUp);
    expect(mail.textBody).toContain(`/placements/${recordPlacement.id}`);

    const { confirmStillInWork } = await api.gql.data<{
      confirmStillInWork: { stillInWork: boolean };
    }>(CONFIRM, { id: recordPlacement.id, still: true }, { token: coach.token });
    expect(confirmStillInWork.stillInWork).toBe(true);
    const twice = await api.gql.request(
      CONFIRM,
      { id: recordPlacement.id, still: false },
      { token: coach.token },
    );
    expect(codeOf(twice)).toBe('INVALID_TRANSITION');
    const [audit] = (await db.query(
      `SELECT actor_role, purpose FROM audit_event WHERE resource_type = 'placement' AND resource_id = $1 AND action = 'UPDATE'`,
      [recordPlacement.id],
    )) as { actor_role: string; purpose: string }[];
    expect(audit).toEqual({ actor_role: 'COACH', purpose: 'six-month follow-up: still in work' });

    const { placementFigures } = await api.gql.data<{
      placementFigures: {
        placements: number;
        paidPlacements: number;
        outflow: number;
        byRouteType: { routeType: string; placements: number }[];
      };
    }>(
      `query($f: String!, $t: String!) { placementFigures(from: $f, to: $t) { placements paidPlacements outflow byRouteType { routeType placements } } }`,
      { f: started, t: started },
      { token: admin.token },
    );
    expect(placementFigures).toEqual({
      placements: 2,
      paidPlacements: 1,
      outflow: 1,
      byRouteType: [
        { routeType: 'PAID_JOB', placements: 1 },
        { routeType: 'VOLUNTEER', placements: 1 },
      ],
    });
  });
});
