import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A job that failed for good, with the reason it gave.' })
export class QueueJobFailure {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  failedReason: string;

  @Field(() => Int)
  attemptsMade: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  failedAt: Date | null;
}

@ObjectType({ description: 'A job being processed now, with the progress it reported.' })
export class QueueJobActive {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'The progress the job reported, as JSON.' })
  progress: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;
}

@ObjectType({ description: 'One BullMQ queue: job counts, what runs now and the latest failures.' })
export class QueueOverview {
  @Field(() => String)
  name: string;

  @Field(() => Int)
  waiting: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  delayed: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [QueueJobActive])
  activeJobs: QueueJobActive[];

  @Field(() => [QueueJobFailure], {
    description: 'The latest failed jobs, newest first (at most 20).',
  })
  failedJobs: QueueJobFailure[];
}
