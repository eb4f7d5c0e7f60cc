import { Module } from '@nestjs/common';
import { ApprovalRemindersProcessor } from './approval-reminders.processor';

/** Approvals in the worker role: the daily reminder and follow-up sweeps. */
@Module({ providers: [ApprovalRemindersProcessor] })
export class ApprovalsWorkerModule {}
