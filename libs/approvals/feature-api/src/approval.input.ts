import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecisionAction, MatchOutcome, MatchReason } from '@werkmatch/approvals/domain';
import { MatchProposalSource, MatchProposalStatus } from '@werkmatch/matching/data-access';
import { ContractType, RouteType } from '@werkmatch/work/feature-api';

@InputType({ description: 'Narrows the approval queue; every field is optional.' })
export class ApprovalQueueFilter {
  @Field(() => [RouteType], { nullable: true })
  routeTypes?: RouteType[] | null;

  @Field(() => ID, { nullable: true })
  vacancyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The employer organisation.' })
  organisationId?: string | null;

  @Field(() => [MatchProposalSource], {
    nullable: true,
    description: 'Who put the pair forward (any side that expressed interest counts).',
  })
  sources?: MatchProposalSource[] | null;

  @Field(() => [MatchProposalStatus], {
    nullable: true,
    description: 'Default: OPEN, the proposals awaiting a decision.',
  })
  statuses?: MatchProposalStatus[] | null;
}

@ArgsType()
export class ApprovalQueueArgs {
  @Field(() => ApprovalQueueFilter, { nullable: true })
  filter?: ApprovalQueueFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 10).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class RejectMatchProposalArgs {
  @Field(() => ID)
  id: string;

  @Field(() => MatchReason)
  reason: MatchReason;

  @Field(() => String, {
    nullable: true,
    description: 'Required with OTHER; 3 to 1000 characters.',
  })
  text?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Show the reason to the job seeker too (the coach always reads it). Default false.',
  })
  showReasonToJobSeeker?: boolean | null;
}

@InputType({ description: 'One decision of a batch.' })
export class MatchDecisionInput {
  @Field(() => ID)
  proposalId: string;

  @Field(() => DecisionAction)
  action: DecisionAction;

  @Field(() => String, { nullable: true, description: 'With APPROVE: an internal note.' })
  note?: string | null;

  @Field(() => MatchReason, { nullable: true, description: 'Required with REJECT.' })
  reason?: MatchReason | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Boolean, { nullable: true })
  showReasonToJobSeeker?: boolean | null;
}

@InputType({
  description:
    'Interest in a pair: a job seeker gives the vacancy (their own profile is used); an employer the vacancy of their organisation and an anonymised talent profile; a coach the vacancy and a job seeker of their caseload.',
})
export class ExpressInterestInput {
  @Field(() => ID)
  vacancyId: string;

  @Field(() => ID, { nullable: true, description: 'An employer: the anonymised profile’s id.' })
  talentProfileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A coach: the job seeker of their caseload.' })
  jobSeekerId?: string | null;
}

@ArgsType()
export class RecordMatchOutcomeArgs {
  @Field(() => ID)
  proposalId: string;

  @Field(() => MatchOutcome, {
    description: 'INTERVIEW_PLANNED or NOT_PLACED; a placement is recordPlacement.',
  })
  outcome: MatchOutcome;

  @Field(() => MatchReason, { nullable: true, description: 'Required with NOT_PLACED.' })
  reason?: MatchReason | null;

  @Field(() => String, { nullable: true, description: 'Required with OTHER.' })
  reasonText?: string | null;

  @Field(() => String, { nullable: true, description: 'With INTERVIEW_PLANNED: the day.' })
  interviewDate?: string | null;
}

@InputType({ description: 'The facts of a placement.' })
export class PlacementInput {
  @Field(() => String, {
    description: 'First day of work (YYYY-MM-DD), not before the introduction.',
  })
  startDate: string;

  @Field(() => Int, { description: '1 to 40.' })
  hoursPerWeek: number;

  @Field(() => RouteType, {
    nullable: true,
    description: 'Default: the vacancy’s route type and contract.',
  })
  routeType?: RouteType | null;

  @Field(() => ContractType, { nullable: true })
  contractType?: ContractType | null;
}

@ArgsType()
export class MatchHistoryArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 10).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class OrganisationMatchesArgs extends MatchHistoryArgs {
  @Field(() => ID, { nullable: true, description: 'Only this vacancy of your organisation.' })
  vacancyId?: string | null;
}
