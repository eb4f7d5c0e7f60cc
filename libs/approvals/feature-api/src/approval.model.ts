import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DecisionAction,
  MatchDecisionKind,
  MatchOutcome,
  MatchReason,
} from '@werkmatch/approvals/domain';
import { IneligibilityCode } from '@werkmatch/matching/domain';
import { MatchProposal } from '@werkmatch/matching/feature-api';
import { SensitiveField } from '@werkmatch/platform/access-control';
import { ContractType, RouteType } from '@werkmatch/work/feature-api';
import { ApprovalPolicies } from './approval.policies';

registerEnumType(MatchReason, {
  name: 'MatchReason',
  description:
    'Why a proposal was rejected or an introduction did not lead to a placement; OTHER needs a text.',
});
registerEnumType(MatchOutcome, {
  name: 'MatchOutcome',
  description: 'After an approval: INTRODUCED → INTERVIEW_PLANNED → PLACED or NOT_PLACED.',
});
registerEnumType(MatchDecisionKind, { name: 'MatchDecisionKind' });
registerEnumType(DecisionAction, { name: 'MatchDecisionAction' });
registerEnumType(IneligibilityCode, {
  name: 'MatchIneligibilityCode',
  description: 'A hard condition of matching that a pair does not meet.',
});

@ObjectType({
  description:
    'An account manager’s decision on a proposal and, once approved, what happened after the introduction. Reasons and the note are for the account managers and the person’s coach; the job seeker reads a rejection reason only when the account manager chose so; an employer reads neither.',
})
export class MatchDecision {
  @Field(() => MatchDecisionKind)
  decision: MatchDecisionKind;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;

  @Field(() => String, { nullable: true, description: 'The account manager’s internal note.' })
  note: string | null;

  @Field(() => MatchReason, { nullable: true, description: 'Why it was rejected.' })
  reason: MatchReason | null;

  @Field(() => String, { nullable: true })
  reasonText: string | null;

  @Field(() => Boolean, { description: 'Whether the job seeker reads the rejection reason.' })
  reasonVisibleToJobSeeker: boolean;

  @Field(() => MatchOutcome, { nullable: true, description: 'Null for a rejection.' })
  outcome: MatchOutcome | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  introducedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  interviewPlannedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The interview’s day (YYYY-MM-DD).' })
  interviewDate: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  outcomeAt: Date | null;

  @Field(() => MatchReason, { nullable: true, description: 'Why it did not lead to a placement.' })
  notPlacedReason: MatchReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'For the account managers and the coach only.',
  })
  notPlacedText: string | null;
}

@ObjectType({
  description:
    'A match that led to work or participation. Paid placements are followed up after six months.',
})
export class Placement {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Null once the person was erased (the placement stays for the figures).',
  })
  proposalId: string | null;

  @Field(() => ID)
  vacancyId: string;

  @Field(() => String, { description: 'First day of work, YYYY-MM-DD.' })
  startDate: string;

  @Field(() => Int)
  hoursPerWeek: number;

  @Field(() => RouteType)
  routeType: RouteType;

  @Field(() => ContractType, { nullable: true })
  contractType: ContractType | null;

  @Field(() => Boolean, { description: 'Paid work: what counts as outflow.' })
  paid: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'When the coach is asked whether the person is still in work (paid only).',
  })
  followUpDueOn: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  followUpRequestedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'The coach’s answer; null until given.' })
  stillInWork: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  stillInWorkConfirmedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'A hard condition the pair does not meet.' })
export class MatchIneligibility {
  @Field(() => IneligibilityCode)
  code: IneligibilityCode;

  @Field(() => String)
  nl: string;

  @Field(() => String)
  en: string;
}

@ObjectType({
  description:
    'Whether the pair meets the hard conditions of matching now. A pair someone asked for is kept whatever this says; the account manager decides.',
})
export class MatchEligibility {
  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => [MatchIneligibility])
  reasons: MatchIneligibility[];
}

@ObjectType({ description: 'Someone’s name and how to reach them.' })
export class ContactPerson {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({
  description: 'Who the proposed person is and who coaches them (an audited read).',
})
export class ProposedPerson {
  @Field(() => ID)
  jobSeekerId: string;

  @Field(() => String)
  fullName: string;

  @Field(() => ContactPerson, { nullable: true, description: 'Null when nobody coaches them.' })
  coach: ContactPerson | null;
}

@ObjectType({ description: 'The employer of an introduction and its contact person.' })
export class EmployerContact {
  @Field(() => ID)
  organisationId: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  street: string;

  @Field(() => String)
  houseNumber: string;

  @Field(() => String)
  postcode: string;

  @Field(() => String)
  city: string;

  @Field(() => ContactPerson, {
    nullable: true,
    description: 'The vacancy’s author, or another member when they left.',
  })
  contact: ContactPerson | null;
}

@ObjectType({
  description:
    'Both sides of an approved match: the person for the employer (and those who work with them), the employer for the person. Every read is in the audit trail.',
})
export class MatchIntroduction {
  @Field(() => ID)
  proposalId: string;

  @Field(() => ID)
  vacancyId: string;

  @Field(() => String)
  vacancyTitle: string;

  @Field(() => GraphQLISODateTime)
  introducedAt: Date;

  @SensitiveField(() => ContactPerson, ApprovalPolicies.candidateContact, {
    description: 'The job seeker; for the employer, the account managers and the coach.',
  })
  candidate: ContactPerson | null;

  @SensitiveField(() => EmployerContact, ApprovalPolicies.employerContact)
  employer: EmployerContact | null;
}

@ObjectType({ description: 'Why one decision of a batch failed.' })
export class MatchDecisionFailure {
  @Field(() => String, { description: 'NOT_FOUND, INVALID_TRANSITION, BAD_USER_INPUT, ...' })
  code: string;

  @Field(() => String)
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, if one.' })
  field: string | null;
}

@ObjectType({ description: 'One decision of a batch: the decided proposal, or why it failed.' })
export class MatchDecisionResult {
  @Field(() => ID)
  proposalId: string;

  @Field(() => MatchProposal, { nullable: true })
  proposal: MatchProposal | null;

  @Field(() => MatchDecisionFailure, { nullable: true })
  error: MatchDecisionFailure | null;
}

@ObjectType()
export class PlacementRouteFigures {
  @Field(() => RouteType)
  routeType: RouteType;

  @Field(() => Int)
  placements: number;

  @Field(() => Int)
  paid: number;

  @Field(() => Int)
  stillInWork: number;
}

@ObjectType({
  description:
    'Placements that started in a period. Outflow counts paid placements whose coach confirmed, six months after the start, that the person is still in work.',
})
export class PlacementFigures {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => Int)
  placements: number;

  @Field(() => Int, { description: 'Paid work, self-employment included.' })
  paidPlacements: number;

  @Field(() => Int, { description: 'Outflow: paid and confirmed still in work after six months.' })
  outflow: number;

  @Field(() => Int, { description: 'Paid, confirmed no longer in work.' })
  noLongerInWork: number;

  @Field(() => Int, { description: 'Paid, six months passed, not confirmed yet.' })
  awaitingConfirmation: number;

  @Field(() => [PlacementRouteFigures])
  byRouteType: PlacementRouteFigures[];
}
