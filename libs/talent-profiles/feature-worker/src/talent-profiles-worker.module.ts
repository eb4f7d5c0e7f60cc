import { Module } from '@nestjs/common';
import { TalentProfileConfirmationProcessor } from './talent-profile-confirmation.processor';

@Module({ providers: [TalentProfileConfirmationProcessor] })
export class TalentProfilesWorkerModule {}
