import {
  ArgsType,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ExplanationKind } from '@werkmatch/matching/domain';
import {
  MatchProposalSource,
  MatchProposalStatus,
  WithdrawalReason,
} from '@werkmatch/matching/data-access';

registerEnumType(MatchProposalStatus, {
  name: 'MatchProposalStatus',
  description:
    'OPEN (proposed by the engine, awaiting a decision), WITHDRAWN (no longer qualifies), APPROVED or REJECTED (decided by a person; the engine never changes these).',
});
registerEnumType(MatchProposalSource, {
  name: 'MatchProposalSource',
  description: 'Who put the pair forward: the engine, the job seeker, the employer or a coach.',
});
registerEnumType(WithdrawalReason, { name: 'MatchWithdrawalReason' });
registerEnumType(ExplanationKind, {
  name: 'MatchExplanationKind',
  description: 'A part of the match score, in the order an explanation lists them.',
});

@ObjectType({ description: 'One line of a match explanation, in Dutch and English.' })
export class MatchExplanationItem {
  @Field(() => ExplanationKind)
  kind: ExplanationKind;

  @Field(() => Int, {
    description: 'How much this part counts (the configured weight; 0: information only).',
  })
  weight: number;

  @Field(() => Float, { description: 'How well this part fits, 0 to 1.' })
  score: number;

  @Field(() => String)
  nl: string;

  @Field(() => String)
  en: string;

  // Ids and labels as two scalar lists, not a list of objects: a page of explained proposals then stays well
  // within the query cost budget, which prices every nested object list at its full length.
  @Field(() => [ID], {
    description:
      'For the skill parts: the skills the person lacks, the steps that would open the match; empty otherwise.',
  })
  missingSkillIds: string[];

  @Field(() => [String], { description: 'Labels of `missingSkillIds`, in the same order.' })
  missingSkillLabels: string[];

  @Field(() => String, {
    description: 'The facts behind the text as JSON (shape per kind), for any other wording.',
  })
  data: string;
}

@ObjectType({
  description: 'A proposed pairing of a talent profile and a vacancy, with its explanation.',
})
export class MatchProposal {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The anonymised profile’s id.' })
  talentProfileId: string;

  @Field(() => ID)
  vacancyId: string;

  @Field(() => Int, { description: '0 to 100.' })
  score: number;

  @Field(() => MatchProposalStatus)
  status: MatchProposalStatus;

  @Field(() => MatchProposalSource)
  source: MatchProposalSource;

  @Field(() => WithdrawalReason, { nullable: true })
  withdrawalReason: WithdrawalReason | null;

  @Field(() => [MatchExplanationItem])
  explanation: MatchExplanationItem[];

  @Field(() => Int, { description: 'The profile version the score was computed on.' })
  profileVersion: number;

  @Field(() => Int, { description: 'The vacancy version the score was computed on.' })
  vacancyVersion: number;

  @Field(() => GraphQLISODateTime, { description: 'When the score or explanation last changed.' })
  computedAt: Date;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class MatchProposalPage {
  @Field(() => [MatchProposal])
  items: MatchProposal[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  nextCursor: string | null;
}

@ArgsType()
export class MatchProposalsArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Proposals of this vacancy (employers of its organisation, account managers of its region).',
  })
  vacancyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Proposals of this job seeker (the job seeker, coaches of their caseload).',
  })
  jobSeekerId?: string | null;

  @Field(() => [MatchProposalStatus], {
    nullable: true,
    description: 'Only these statuses (within what your role may see).',
  })
  statuses?: MatchProposalStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 10).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType({ description: 'How far a full recomputation of match proposals is.' })
export class MatchRecomputeProgress {
  @Field(() => Int)
  vacanciesDone: number;

  @Field(() => Int)
  vacanciesTotal: number;

  @Field(() => Int, { description: 'Open proposals after the run (0 until it ends).' })
  proposalsOpen: number;

  @Field(() => Int)
  proposalsWithdrawn: number;
}

@ObjectType({ description: 'A full recomputation: its job on the matching queue.' })
export class MatchRecomputation {
  @Field(() => ID)
  jobId: string;

  @Field(() => String, { description: 'BullMQ state: waiting, active, completed, failed, ...' })
  state: string;

  @Field(() => MatchRecomputeProgress, { nullable: true })
  progress: MatchRecomputeProgress | null;
}
