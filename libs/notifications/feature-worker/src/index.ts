export { NotificationsWorkerModule } from './notifications-worker.module';
export { SendEmailProcessor } from './send-email.processor';
