import { Module, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PrivacyApiModule } from '@werkmatch/privacy/feature-api';
import { inAppNotificationsContributor } from './notifications.contributor';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** In-app notifications over GraphQL; registers them with data export and erasure. */
@Module({
  imports: [PrivacyApiModule],
  providers: [NotificationsService, NotificationsResolver],
})
export class NotificationsApiModule implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(inAppNotificationsContributor);
  }
}
