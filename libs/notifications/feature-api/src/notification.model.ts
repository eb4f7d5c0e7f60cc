import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { NotificationKind } from '@werkmatch/notifications/data-access';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What an in-app notification is about.',
});

@ObjectType({ description: 'A message for you inside Werkmatch, in Dutch and English.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => String, {
    nullable: true,
    description: 'What it is about: `match-proposal` or `placement`; open it with `resourceId`.',
  })
  resourceType: string | null;

  @Field(() => ID, { nullable: true })
  resourceId: string | null;

  @Field(() => String)
  messageNl: string;

  @Field(() => String)
  messageEn: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while unread.' })
  readAt: Date | null;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [Notification])
  items: Notification[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  nextCursor: string | null;

  @Field(() => Int, { description: 'All your unread notifications, whatever the page.' })
  unreadCount: number;
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones.' })
  unreadOnly?: boolean | null;
}
