export { PrivacyApiModule } from './privacy-api.module';
export { PersonalDataRegistry } from './personal-data.registry';
export type { AfterErasure, PersonalDataContributor } from './personal-data.registry';
export { PERSON_ERASED_EVENT } from './privacy.service';
export { erasedEmail } from './contributors/identity.contributor';
