import { Global, Module, OnModuleInit } from '@nestjs/common';
import { IdentityApiModule, SessionService } from '@werkmatch/identity/feature-api';
import { auditContributor } from './contributors/audit.contributor';
import { identityContributor } from './contributors/identity.contributor';
import { notificationsContributor } from './contributors/notifications.contributor';
import { PersonalDataRegistry } from './personal-data.registry';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/**
 * Data export and erasure. Global, so a later domain registers its contributor by injecting
 * PersonalDataRegistry and calling `register` in its module's onModuleInit.
 */
@Global()
@Module({
  imports: [IdentityApiModule],
  providers: [PersonalDataRegistry, PrivacyService, PrivacyResolver],
  exports: [PersonalDataRegistry],
})
export class PrivacyApiModule implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    this.registry.register(identityContributor(this.sessions));
    this.registry.register(notificationsContributor);
    this.registry.register(auditContributor);
  }
}
