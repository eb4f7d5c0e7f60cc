export { TalentProfilesApiModule } from './talent-profiles-api.module';
export { TalentProfileService } from './talent-profile.service';
export { TalentProfilePolicies } from './policies';
export { TalentProfile } from './talent-profile.model';
export {
  AnonymisedTalentProfile,
  toAnonymisedTalentProfile,
} from './anonymised-talent-profile.model';
export type { SaveTalentProfileInput } from './save-talent-profile.input';
