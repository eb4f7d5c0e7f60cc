import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@werkmatch/identity/domain';
import { hashPassword, UserEntity } from '@werkmatch/identity/data-access';
import {
  EmailKind,
  OutgoingEmailEntity,
  OutgoingEmailStatus,
} from '@werkmatch/notifications/data-access';
import { eventually } from '@werkmatch/shared/testing';
import type { TestApp } from '../support/test-app';

export const PASSWORD = 'fiets-over-de-lek-naar-houten';

export function dataSourceOf(api: TestApp): DataSource {
  return api.app.get<DataSource>(getDataSourceToken());
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}@example.org`;
}

/** A user straight in the database, for roles nobody can register as (ADMIN, COACH, ACCOUNT_MANAGER). */
export async function createUser(
  api: TestApp,
  role: Role,
  extra: Partial<UserEntity> = {},
): Promise<UserEntity> {
  return dataSourceOf(api)
    .getRepository(UserEntity)
    .save({
      email: uniqueEmail(role.toLowerCase()),
      passwordHash: await hashPassword(PASSWORD),
      role,
      fullName: `Test ${role}`,
      phone: null,
      organisationId: null,
      regionId: null,
      deactivatedAt: null,
      erasedAt: null,
      ...extra,
    });
}

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; role: string };
}

export const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id role } }
}`;

export async function login(
  api: TestApp,
  email: string,
  password = PASSWORD,
  ip = '10.0.0.1',
): Promise<LoginResult> {
  const data = await api.gql.data<{ login: LoginResult }>(
    LOGIN,
    { input: { email, password } },
    { headers: { 'x-forwarded-for': ip } },
  );
  return data.login;
}

/** The development mailbox: the latest email of a kind to an address, once the worker has delivered it. */
export async function latestEmail(
  api: TestApp,
  to: string,
  kind: EmailKind,
): Promise<OutgoingEmailEntity> {
  return eventually(
    () =>
      dataSourceOf(api)
        .getRepository(OutgoingEmailEntity)
        .findOne({
          where: { recipient: to, kind, status: OutgoingEmailStatus.Sent },
          order: { createdAt: 'DESC' },
        }),
    10_000,
    `a ${kind} email to ${to}`,
  );
}

export function tokenFromEmail(email: OutgoingEmailEntity): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(email.textBody);
  if (!match?.[1]) throw new Error(`no token link in: ${email.textBody}`);
  return match[1];
}
