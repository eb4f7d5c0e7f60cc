import { Field, InputType, Int } from '@nestjs/graphql';
import { SupportNeed, TargetGroup } from '@werkmatch/work/feature-api';

@InputType({
  description:
    'A coach’s assessment of a job seeker in their caseload; never shown to employers. Fields left out stay as they are.',
})
export class AssessTalentProfileInput {
  @Field(() => Int, { nullable: true, description: 'Participatieladder 1–6; null clears.' })
  participationLevel?: number | null;

  @Field(() => [SupportNeed], { nullable: true })
  supportNeeds?: SupportNeed[] | null;

  @Field(() => [TargetGroup], { nullable: true })
  targetGroups?: TargetGroup[] | null;
}
