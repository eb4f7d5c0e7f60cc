import { Module, OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GeoService } from '@werkmatch/geo/data-access';
import { IdentityApiModule } from '@werkmatch/identity/feature-api';
import { PersonalDataRegistry, PrivacyApiModule } from '@werkmatch/privacy/feature-api';
import { TaxonomyService } from '@werkmatch/taxonomy/data-access';
import { AnonymisedTalentProfileResolver } from './anonymised-talent-profile.resolver';
import { talentProfileContributor } from './talent-profile.contributor';
import {
  TalentProfileSkillResolver,
  WorkExperienceResolver,
} from './talent-profile-fields.resolver';
import { TalentProfileResolver } from './talent-profile.resolver';
import { TalentProfileService } from './talent-profile.service';

/**
 * Talent profiles over GraphQL: the person's own profile, their coach's edits and assessment, publication and
 * confirmation, and the anonymised profile employers see. Registers the profile with export and erasure.
 */
@Module({
  // Privacy is imported (not only global) so its own contributors register first: export keeps the account first.
  imports: [IdentityApiModule, PrivacyApiModule],
  providers: [
    // Plain classes over a DataSource (data-access knows nothing of Nest), so they come from factories.
    {
      provide: GeoService,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new GeoService(ds),
    },
    {
      provide: TaxonomyService,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new TaxonomyService(ds),
    },
    TalentProfileService,
    TalentProfileResolver,
    TalentProfileSkillResolver,
    WorkExperienceResolver,
    AnonymisedTalentProfileResolver,
  ],
  exports: [TalentProfileService],
})
export class TalentProfilesApiModule implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(talentProfileContributor);
  }
}
