import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { AuditAction } from '@werkmatch/audit/data-access';

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What was done with personal data.',
});

@ObjectType({
  description: 'Someone else read or changed your data. Names of people are never shown.',
})
export class DataAccessEntry {
  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => String, {
    nullable: true,
    description: 'The role of who did it; null for the system.',
  })
  actorRole: string | null;

  @Field(() => String, { nullable: true, description: 'The employer, when an employer did it.' })
  organisationName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The employer service point, when one of its account managers did it.',
  })
  servicePointName: string | null;

  @Field(() => String, { description: 'Which of your data: user, talent-profile, ...' })
  resourceType: string;

  @Field(() => String, { nullable: true, description: 'Why, as stated by who did it.' })
  purpose: string | null;
}

@ObjectType()
export class DataAccessLogPage {
  @Field(() => [DataAccessEntry])
  items: DataAccessEntry[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  nextCursor: string | null;
}

@ObjectType({ description: 'One entry of the append-only audit trail.' })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  actorRole: string | null;

  @Field(() => ID, { nullable: true })
  actorOrganisationId: string | null;

  @Field(() => ID, { nullable: true })
  actorRegionId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Whose data; a pseudonymous id once that person is erased.',
  })
  subjectUserId: string | null;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => String)
  resourceType: string;

  @Field(() => String, { nullable: true })
  resourceId: string | null;

  @Field(() => String, { nullable: true })
  purpose: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent])
  items: AuditEvent[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}

@InputType()
export class AuditTrailFilterInput {
  @Field(() => ID, { nullable: true })
  actorUserId?: string | null;

  @Field(() => ID, { nullable: true })
  subjectUserId?: string | null;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Inclusive.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive.' })
  to?: Date | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 200 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
