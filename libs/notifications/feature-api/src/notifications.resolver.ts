import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@werkmatch/identity/domain';
import { Allow, CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { Notification, NotificationPage, NotificationsArgs } from './notification.model';
import { NotificationsService } from './notifications.service';

/** Everyone's own notifications only, whatever the role: the service scopes every query to the login. */
const OWN = Allow.authenticated();

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Policy(OWN)
  @Query(() => NotificationPage, {
    description: 'Your in-app notifications, newest first, with your unread count.',
  })
  notifications(
    @CurrentPrincipal() principal: Principal,
    @Args() args: NotificationsArgs,
  ): Promise<NotificationPage> {
    return this.service.page(principal, args.first, args.after, args.unreadOnly ?? false);
  }

  @Policy(OWN)
  @Mutation(() => Int, {
    description:
      'Mark these of your notifications read, or all of them without `ids` (an empty list marks none); returns how many were unread.',
  })
  markNotificationsRead(
    @CurrentPrincipal() principal: Principal,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(principal, ids);
  }
}
