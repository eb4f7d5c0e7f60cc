import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@werkmatch/identity/domain';
import { MatchProposalSource } from '@werkmatch/matching/data-access';
import { MatchProposal } from '@werkmatch/matching/feature-api';
import { CurrentPrincipal, Policy, Sensitive } from '@werkmatch/platform/access-control';
import {
  decisionLoader,
  eligibilityKey,
  eligibilityLoader,
  interestsLoader,
  personLoader,
  placementLoader,
} from './approval.loaders';
import { toMatchDecision, toPlacement } from './approval.mapping';
import { MatchDecision, MatchEligibility, Placement, ProposedPerson } from './approval.model';
import { ApprovalPolicies } from './approval.policies';

/**
 * What approvals add to a match proposal. Only operations that checked the caller's relation to the proposal
 * return one; these fields then decide what each role reads (a reason, a note) and audit what is personal.
 */
@Resolver(() => MatchProposal)
export class MatchProposalApprovalResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Policy(ApprovalPolicies.proposalField)
  @ResolveField(() => MatchDecision, {
    nullable: true,
    description: 'The decision and, once approved, the outcome; null while undecided.',
  })
  async decision(
    @Parent() proposal: MatchProposal,
    @CurrentPrincipal() principal: Principal,
    @Context('req') req: object,
  ): Promise<MatchDecision | null> {
    const decision = await decisionLoader(req, this.dataSource).load(proposal.id);
    return decision ? toMatchDecision(decision, principal.role) : null;
  }

  @Policy(ApprovalPolicies.proposalField)
  @ResolveField(() => [MatchProposalSource], {
    description:
      'Every side that asked for this pair (job seeker, employer, coach), first one first.',
  })
  async interests(
    @Parent() proposal: MatchProposal,
    @Context('req') req: object,
  ): Promise<MatchProposalSource[]> {
    // The sides that asked for the pair, in the order they asked (the engine is not a side).
    const interests = await interestsLoader(req, this.dataSource).load(proposal.id);
    return interests.map((interest) => interest.source);
  }

  @Policy(ApprovalPolicies.proposalField)
  @ResolveField(() => Placement, { nullable: true })
  async placement(
    @Parent() proposal: MatchProposal,
    @Context('req') req: object,
  ): Promise<Placement | null> {
    const placement = await placementLoader(req, this.dataSource).load(proposal.id);
    return placement ? toPlacement(placement) : null;
  }

  @Policy(ApprovalPolicies.eligibilityField)
  @Sensitive()
  @ResolveField(() => MatchEligibility, {
    nullable: true,
    description:
      'Whether the pair meets the hard conditions now, and which it fails; null when a side can no longer be scored.',
  })
  async eligibility(
    @Parent() proposal: MatchProposal,
    @Context('req') req: object,
  ): Promise<MatchEligibility | null> {
    const row = await eligibilityLoader(req, this.dataSource).load(eligibilityKey(proposal));
    return row
      ? {
          eligible: row.eligibility.eligible,
          reasons: row.eligibility.reasons.map((reason) => ({
            code: reason.code,
            nl: reason.nl,
            en: reason.en,
          })),
        }
      : null;
  }

  @Policy(ApprovalPolicies.personField)
  @Sensitive()
  @ResolveField(() => ProposedPerson, {
    nullable: true,
    description:
      'Who the person is and who coaches them: for the account managers of the region and the coach; an audited read.',
  })
  async person(
    @Parent() proposal: MatchProposal,
    @CurrentPrincipal() principal: Principal,
    @Context('req') req: object,
  ): Promise<ProposedPerson | null> {
    const row = await personLoader(req, this.dataSource, principal).load(proposal.id);
    return row ? { jobSeekerId: row.jobSeekerId, fullName: row.fullName, coach: row.coach } : null;
  }
}
