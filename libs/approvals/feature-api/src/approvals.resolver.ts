import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@werkmatch/identity/domain';
import { MatchProposal, MatchProposalPage } from '@werkmatch/matching/feature-api';
import { toMatchProposal } from '@werkmatch/matching/feature-api';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import {
  ApprovalQueueArgs,
  ExpressInterestInput,
  MatchDecisionInput,
  MatchHistoryArgs,
  OrganisationMatchesArgs,
  PlacementInput,
  RecordMatchOutcomeArgs,
  RejectMatchProposalArgs,
} from './approval.input';
import { toPlacement } from './approval.mapping';
import {
  MatchDecisionResult,
  MatchIntroduction,
  Placement,
  PlacementFigures,
} from './approval.model';
import { ApprovalPolicies } from './approval.policies';
import { ApprovalsService, ProposalEntityPage } from './approvals.service';
import { IntroductionService } from './introduction.service';
import { InterestService } from './interest.service';
import { MatchHistoryService } from './match-history.service';
import { OutcomesService } from './outcomes.service';

const page = ({ items, nextCursor }: ProposalEntityPage): MatchProposalPage => ({
  items: items.map(toMatchProposal),
  nextCursor,
});

@Resolver()
export class ApprovalsResolver {
  constructor(
    private readonly approvals: ApprovalsService,
    private readonly interest: InterestService,
    private readonly outcomes: OutcomesService,
    private readonly history: MatchHistoryService,
    private readonly introductions: IntroductionService,
  ) {}

  @Policy(ApprovalPolicies.queue)
  @Query(() => MatchProposalPage, {
    description:
      'Your region’s match proposals awaiting a decision (or of the statuses asked), best score first and, at equal scores, the one waiting longest first. Ask `person` for who they are (an audited read).',
  })
  async approvalQueue(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ApprovalQueueArgs,
  ): Promise<MatchProposalPage> {
    return page(await this.approvals.queue(principal, args.filter, args.first, args.after));
  }

  @Policy(ApprovalPolicies.decide)
  @Mutation(() => MatchProposal, {
    description:
      'Approve an open proposal of your region: both sides are introduced (in-app notification and email). Succeeds once: a proposal decided or withdrawn meanwhile is INVALID_TRANSITION and nothing changes.',
  })
  async approveMatchProposal(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<MatchProposal> {
    return toMatchProposal(await this.approvals.approve(principal, id, note));
  }

  @Policy(ApprovalPolicies.decide)
  @Mutation(() => MatchProposal, {
    description:
      'Reject an open proposal of your region with a reason (OTHER needs a text). The coach reads the reason; the job seeker only with `showReasonToJobSeeker`.',
  })
  async rejectMatchProposal(
    @CurrentPrincipal() principal: Principal,
    @Args() args: RejectMatchProposalArgs,
  ): Promise<MatchProposal> {
    return toMatchProposal(
      await this.approvals.reject(
        principal,
        args.id,
        args.reason,
        args.text,
        args.showReasonToJobSeeker ?? false,
      ),
    );
  }

  @Policy(ApprovalPolicies.decide)
  @Mutation(() => [MatchDecisionResult], {
    description:
      'Up to 50 decisions at once, each in its own transaction with its own result. FORBIDDEN as a whole when one names a proposal outside your region.',
  })
  async decideMatchProposals(
    @CurrentPrincipal() principal: Principal,
    @Args('decisions', { type: () => [MatchDecisionInput] }) decisions: MatchDecisionInput[],
  ): Promise<MatchDecisionResult[]> {
    const results = await this.approvals.decideMany(principal, decisions);
    return results.map((result) => ({
      proposalId: result.proposalId,
      proposal: result.proposal ? toMatchProposal(result.proposal) : null,
      error: result.error,
    }));
  }

  @Policy(ApprovalPolicies.interest)
  @Mutation(() => MatchProposal, {
    description:
      'Interest in a pair (a job seeker in a published vacancy, an employer in an anonymised profile for their vacancy, a coach proposing a person of their caseload): creates or raises its proposal, scored and explained, for the region’s account managers to decide.',
  })
  async expressInterest(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ExpressInterestInput,
  ): Promise<MatchProposal> {
    return toMatchProposal(await this.interest.express(principal, input));
  }

  @Policy(ApprovalPolicies.outcome)
  @Mutation(() => MatchProposal, {
    description:
      'Record what happened after an introduction: INTERVIEW_PLANNED, or NOT_PLACED with a reason. By the region’s account managers or the person’s coach.',
  })
  async recordMatchOutcome(
    @CurrentPrincipal() principal: Principal,
    @Args() args: RecordMatchOutcomeArgs,
  ): Promise<MatchProposal> {
    return toMatchProposal(await this.outcomes.recordOutcome(principal, args));
  }

  @Policy(ApprovalPolicies.outcome)
  @Mutation(() => Placement, {
    description:
      'Record the placement of an approved match; when it fills the vacancy’s last position the vacancy becomes FILLED.',
  })
  async recordPlacement(
    @CurrentPrincipal() principal: Principal,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('input') input: PlacementInput,
  ): Promise<Placement> {
    return toPlacement(await this.outcomes.recordPlacement(principal, proposalId, input));
  }

  @Policy(ApprovalPolicies.followUp)
  @Mutation(() => Placement, {
    description:
      'Six months after a paid placement: confirm whether the person is still in work (counts for the outflow figures). Once.',
  })
  async confirmStillInWork(
    @CurrentPrincipal() principal: Principal,
    @Args('placementId', { type: () => ID }) placementId: string,
    @Args('stillInWork', { type: () => Boolean }) stillInWork: boolean,
  ): Promise<Placement> {
    return toPlacement(await this.outcomes.confirmStillInWork(principal, placementId, stillInWork));
  }

  @Policy(ApprovalPolicies.introduction)
  @Query(() => MatchIntroduction, {
    description:
      'Both sides of an approved match and how to reach them. Before the approval: FORBIDDEN. Every read is audited.',
  })
  matchIntroduction(
    @CurrentPrincipal() principal: Principal,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ): Promise<MatchIntroduction> {
    return this.introductions.introduction(principal, proposalId);
  }

  @Policy(ApprovalPolicies.myMatches)
  @Query(() => MatchProposalPage, {
    description:
      'Your matches, latest first: approved ones, the ones you or your coach asked for, and rejections whose reason you were shown.',
  })
  async myMatches(
    @CurrentPrincipal() principal: Principal,
    @Args() args: MatchHistoryArgs,
  ): Promise<MatchProposalPage> {
    return page(await this.history.myMatches(principal, args.first, args.after));
  }

  @Policy(ApprovalPolicies.organisationMatches)
  @Query(() => MatchProposalPage, {
    description:
      'The matches of your organisation’s vacancies, latest first: approved ones and the profiles you asked for.',
  })
  async organisationMatches(
    @CurrentPrincipal() principal: Principal,
    @Args() args: OrganisationMatchesArgs,
  ): Promise<MatchProposalPage> {
    return page(
      await this.history.organisationMatches(principal, args.vacancyId, args.first, args.after),
    );
  }

  @Policy(ApprovalPolicies.figures)
  @Query(() => PlacementFigures, {
    description: 'Placements that started between `from` and `to` (YYYY-MM-DD), and outflow.',
  })
  placementFigures(
    @Args('from', { type: () => String }) from: string,
    @Args('to', { type: () => String }) to: string,
  ): Promise<PlacementFigures> {
    return this.outcomes.figures(from, to);
  }
}
