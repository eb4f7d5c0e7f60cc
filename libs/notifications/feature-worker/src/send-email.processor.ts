import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { QUEUE_REGISTRY, QueueName, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import {
  EmailTransport,
  OutgoingEmailEntity,
  OutgoingEmailStatus,
  RelayQueuedEmailsJob,
  SendEmailJob,
} from '@werkmatch/notifications/data-access';

/** An email still QUEUED this long after it was written has lost its job and is enqueued again. */
const RELAY_AFTER_MS = 2 * 60_000;
const RELAY_EVERY_MS = 60_000;

@Injectable()
export class SendEmailProcessor implements OnModuleInit, OnModuleDestroy {
  private transporter: Transporter | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.SMTP_URL) this.transporter = createTransport(this.config.SMTP_URL);
    this.host.register(SendEmailJob, ({ emailId }) => this.send(emailId));
    this.host.register(RelayQueuedEmailsJob, () => this.relay());
    await this.queues
      .queue(QueueName.Notifications)
      .upsertJobScheduler(
        'notifications-relay-queued-emails',
        { every: RELAY_EVERY_MS },
        { name: RelayQueuedEmailsJob.name, data: {}, opts: RelayQueuedEmailsJob.options },
      );
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }

  async send(emailId: string): Promise<void> {
    const emails = this.dataSource.getRepository(OutgoingEmailEntity);
    const email = await emails.findOneBy({ id: emailId });
    // Gone (erased with its recipient) or already sent by an earlier attempt: nothing to do.
    if (!email || email.status !== OutgoingEmailStatus.Queued) return;
    if (this.transporter) {
      await this.transporter.sendMail({
        from: this.config.MAIL_FROM,
        to: email.recipient,
        subject: email.subject,
        text: email.textBody,
      });
      // The body may hold a one-time token; once it left by SMTP there is no reason to keep it.
      await emails.update(
        { id: emailId, status: OutgoingEmailStatus.Queued },
        {
          status: OutgoingEmailStatus.Sent,
          transport: EmailTransport.Smtp,
          sentAt: new Date(),
          textBody: '[sent by SMTP; body removed]',
        },
      );
    } else {
      await emails.update(
        { id: emailId, status: OutgoingEmailStatus.Queued },
        {
          status: OutgoingEmailStatus.Sent,
          transport: EmailTransport.DevMailbox,
          sentAt: new Date(),
        },
      );
    }
    this.logger.info({ emailId, kind: email.kind }, 'email sent');
  }

  async relay(): Promise<number> {
    const stale = await this.dataSource.getRepository(OutgoingEmailEntity).find({
      select: { id: true },
      where: {
        status: OutgoingEmailStatus.Queued,
        createdAt: LessThan(new Date(Date.now() - RELAY_AFTER_MS)),
      },
      order: { createdAt: 'ASC' },
      take: 500,
    });
    for (const { id } of stale) {
      const job = await this.queues.queue(QueueName.Notifications).getJob(`send-email-${id}`);
      // A job that failed for good keeps its id; remove it so the relay's new attempt is not ignored.
      if (job && (await job.isFailed())) await job.remove();
      await this.queues.enqueue(SendEmailJob, { emailId: id });
    }
    if (stale.length > 0) this.logger.warn({ count: stale.length }, 're-enqueued queued emails');
    return stale.length;
  }
}
