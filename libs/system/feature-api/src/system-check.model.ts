import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SystemCheckStatus } from '@werkmatch/system/data-access';

registerEnumType(SystemCheckStatus, {
  name: 'SystemCheckStatus',
  description: 'Where a system check is in its round trip.',
});

@ObjectType({ description: 'A round trip through API, queue, worker and database.' })
export class SystemCheck {
  @Field(() => ID)
  id: string;

  @Field(() => SystemCheckStatus)
  status: SystemCheckStatus;

  @Field(() => GraphQLISODateTime)
  requestedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  processedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Host and process id of the worker that processed it.',
  })
  processedBy: string | null;
}
