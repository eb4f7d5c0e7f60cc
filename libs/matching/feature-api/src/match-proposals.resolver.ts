import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import {
  AnonymisedTalentProfile,
  toAnonymisedTalentProfile,
} from '@werkmatch/talent-profiles/feature-api';
import { toVacancy, Vacancy } from '@werkmatch/vacancies/feature-api';
import { proposalProfileLoader, proposalVacancyLoader } from './match-proposal.loaders';
import { toMatchProposal } from './match-proposal.mapping';
import {
  MatchProposal,
  MatchProposalPage,
  MatchProposalsArgs,
  MatchRecomputation,
} from './match-proposal.model';
import { MatchProposalPolicies } from './match-proposal.policies';
import { MatchProposalsService } from './match-proposals.service';
import { QueueOverview } from './queue-overview.model';

@Resolver(() => MatchProposal)
export class MatchProposalsResolver {
  constructor(
    private readonly proposals: MatchProposalsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Policy(MatchProposalPolicies.read)
  @Query(() => MatchProposalPage, {
    description:
      'Match proposals, best first. For a vacancy: employers of its organisation (approved ones only, with the anonymised profile), account managers of its review region (all). For a job seeker: the job seeker (approved ones), coaches of their caseload (all). Give either id or both.',
  })
  async matchProposals(
    @CurrentPrincipal() principal: Principal,
    @Args() args: MatchProposalsArgs,
  ): Promise<MatchProposalPage> {
    const { items, nextCursor } = await this.proposals.page(principal, args);
    return { items: items.map(toMatchProposal), nextCursor };
  }

  @Policy(MatchProposalPolicies.operate)
  @Mutation(() => MatchRecomputation, {
    description:
      'Recompute every match proposal now (it also runs nightly); returns the running one if there is one. Follow it in queueOverview.',
  })
  recomputeMatches(@CurrentPrincipal() principal: Principal): Promise<MatchRecomputation> {
    return this.proposals.recompute(principal);
  }

  @Policy(MatchProposalPolicies.operate)
  @Query(() => [QueueOverview], {
    description:
      'Every job queue: counts, running jobs with their progress, latest failures with their reasons.',
  })
  queueOverview(): Promise<QueueOverview[]> {
    return this.proposals.queueOverview();
  }

  @Policy(MatchProposalPolicies.field)
  @ResolveField(() => Vacancy, { nullable: true })
  async vacancy(
    @Parent() proposal: MatchProposal,
    @Context('req') req: object,
  ): Promise<Vacancy | null> {
    const entity = await proposalVacancyLoader(req, this.dataSource).load(proposal.vacancyId);
    return entity ? toVacancy(entity, false) : null;
  }

  @Policy(MatchProposalPolicies.field)
  @ResolveField(() => AnonymisedTalentProfile, {
    nullable: true,
    description: 'The anonymised profile; null once it is paused or erased.',
  })
  async talentProfile(
    @Parent() proposal: MatchProposal,
    @Context('req') req: object,
  ): Promise<AnonymisedTalentProfile | null> {
    const profile = await proposalProfileLoader(req, this.dataSource).load(
      proposal.talentProfileId,
    );
    return profile ? toAnonymisedTalentProfile(profile) : null;
  }
}
