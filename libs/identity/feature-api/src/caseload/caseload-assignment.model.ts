import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A job seeker in a coach's caseload." })
export class CaseloadAssignment {
  @Field(() => ID)
  coachId: string;

  @Field(() => ID)
  jobSeekerId: string;

  @Field(() => GraphQLISODateTime)
  assignedAt: Date;
}
