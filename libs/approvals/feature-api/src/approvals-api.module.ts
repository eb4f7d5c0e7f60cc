import { Module, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PrivacyApiModule } from '@werkmatch/privacy/feature-api';
import { approvalsContributor } from './approvals.contributor';
import { ApprovalsResolver } from './approvals.resolver';
import { ApprovalsService } from './approvals.service';
import { IntroductionService } from './introduction.service';
import { InterestService } from './interest.service';
import { MatchHistoryService } from './match-history.service';
import { MatchProposalApprovalResolver } from './match-proposal-approval.resolver';
import { OutcomesService } from './outcomes.service';

/**
 * Approvals and placements over GraphQL: the account manager's queue and decisions, interest from both sides,
 * introductions, outcomes, placements and their follow-up, and each side's history. Registers matches with
 * data export and erasure.
 */
@Module({
  imports: [PrivacyApiModule],
  providers: [
    ApprovalsService,
    InterestService,
    OutcomesService,
    MatchHistoryService,
    IntroductionService,
    ApprovalsResolver,
    MatchProposalApprovalResolver,
  ],
})
export class ApprovalsApiModule implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(approvalsContributor);
  }
}
