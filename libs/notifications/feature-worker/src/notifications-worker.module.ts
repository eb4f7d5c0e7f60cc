import { Module } from '@nestjs/common';
import { SendEmailProcessor } from './send-email.processor';

@Module({ providers: [SendEmailProcessor] })
export class NotificationsWorkerModule {}
