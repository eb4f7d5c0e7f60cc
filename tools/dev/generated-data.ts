import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { hashPassword } from '@werkmatch/identity/data-access';
import { RecomputeMatchesJob } from '@werkmatch/matching/data-access';
import {
  generateData,
  GeneratorInputError,
  hasGeneratedAccounts,
} from '@werkmatch/platform/data-generator';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import { RepairSearchIndexJob } from '@werkmatch/search/feature-worker';
import { referenceDataDir } from '../reference-data/paths';
import { DEMO_DOMAIN, demoPassword } from './demo-data';

/**
 * The generated small data set around the demo accounts (Houten and surroundings: 2,000 talent profiles, 500
 * vacancies, their employers, coaches and account managers), once, on the first start. The generated accounts
 * share the demo password. The search indexes and match proposals are built by the worker in the background,
 * so the quick start does not wait for them.
 */
export async function ensureGeneratedData(
  app: INestApplication,
  dataSource: DataSource,
  log: (message: string) => void,
): Promise<void> {
  if (await hasGeneratedAccounts(dataSource)) return;
  try {
    const result = await generateData(dataSource, {
      size: 'small',
      reference: referenceDataDir(),
      passwordHash: await hashPassword(demoPassword()),
      keep: { emailDomain: DEMO_DOMAIN },
    });
    log(
      `generated ${result.records.talentProfiles.toLocaleString('en')} talent profiles and ${result.records.vacancies} vacancies in ${result.area} ` +
        `(${(result.ms.total / 1000).toFixed(1)} s; their accounts use the demo password, e.g. werkzoekende-1@generated.werkmatch.localhost)`,
    );
  } catch (error) {
    // Someone's own data in the development database: leave it alone and say how to get the demo data set.
    if (!(error instanceof GeneratorInputError)) throw error;
    log(
      `no generated demo data added:\n${error.message}\n(npm run generate -- --size small --reset)`,
    );
    return;
  }
  const queues = app.get<QueueRegistry>(QUEUE_REGISTRY);
  await queues.enqueue(RepairSearchIndexJob, {});
  await queues.enqueue(RecomputeMatchesJob, { requestedByUserId: null });
  log('the worker is indexing them and computing match proposals in the background');
}
