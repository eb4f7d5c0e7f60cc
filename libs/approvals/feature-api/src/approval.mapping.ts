import { visibleDecisionDetails } from '@werkmatch/approvals/domain';
import type { MatchDecisionEntity, PlacementEntity } from '@werkmatch/approvals/data-access';
import { Role } from '@werkmatch/identity/domain';
import type { MatchDecision, Placement } from './approval.model';

/** A decision as `role` may read it (approvals/domain `visibleDecisionDetails`). */
export function toMatchDecision(entity: MatchDecisionEntity, role: Role): MatchDecision {
  const visible = visibleDecisionDetails(role, entity);
  const insider = role === Role.ACCOUNT_MANAGER || role === Role.COACH;
  return {
    decision: entity.decision,
    decidedAt: entity.decidedAt,
    note: visible.note,
    reason: visible.reason as MatchDecision['reason'],
    reasonText: visible.reasonText,
    reasonVisibleToJobSeeker: entity.reasonVisibleToJobSeeker,
    outcome: entity.outcome,
    introducedAt: entity.introducedAt,
    interviewPlannedAt: entity.interviewPlannedAt,
    interviewDate: entity.interviewDate,
    outcomeAt: entity.outcomeAt,
    // Both sides took part in the interview, so the reason code is theirs to know; the free text may be a
    // colleague's remark about one of them.
    notPlacedReason: entity.notPlacedReason,
    notPlacedText: insider ? entity.notPlacedText : null,
  };
}

export function toPlacement(entity: PlacementEntity): Placement {
  return {
    id: entity.id,
    proposalId: entity.proposalId,
    vacancyId: entity.vacancyId,
    startDate: entity.startDate,
    hoursPerWeek: entity.hoursPerWeek,
    routeType: entity.routeType,
    contractType: entity.contractType,
    paid: entity.paid,
    followUpDueOn: entity.followUpDueOn,
    followUpRequestedAt: entity.followUpRequestedAt,
    stillInWork: entity.stillInWork,
    stillInWorkConfirmedAt: entity.stillInWorkConfirmedAt,
    createdAt: entity.createdAt,
  };
}
