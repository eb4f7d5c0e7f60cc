export { NotificationsApiModule } from './notifications-api.module';
export { Notification, NotificationPage } from './notification.model';
