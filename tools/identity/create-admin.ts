import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createAdministrator } from '@werkmatch/identity/data-access';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { loadConfigOrExit } from '@werkmatch/shared/config';
import { DomainError } from '@werkmatch/shared/errors';
import { fail } from '../support/services';

const USAGE =
  'usage: npm run admin:create -- --email admin@example.org --name "Full Name"\n' +
  '       (password from ADMIN_PASSWORD, or asked for when run in a terminal)';

/** Reads a line without echoing it, for the password. */
function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env['ADMIN_PASSWORD'];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    fail(`ADMIN_PASSWORD is not set and there is no terminal to ask.\n${USAGE}`);
  const first = await promptHidden('Password (at least 12 characters): ');
  const second = await promptHidden('Same password again: ');
  if (first !== second) fail('the passwords differ; nothing was created');
  return first;
}

/** Creates an administrator: the first one of an installation, since no one can invite an ADMIN. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.name) fail(USAGE);
  const config = loadConfigOrExit();
  const password = await readPassword();
  const dataSource = createPlatformDataSource({
    url: config.DATABASE_URL,
    poolSize: 1,
    applicationName: 'werkmatch-create-admin',
  });
  await dataSource.initialize();
  try {
    const admin = await createAdministrator(dataSource, {
      email: values.email,
      fullName: values.name,
      password,
    });
    process.stdout.write(`administrator ${admin.email} created (id ${admin.id})\n`);
  } catch (error) {
    if (error instanceof DomainError) {
      const field = error.violations[0]?.field;
      fail(`not created: ${field ? `${field} ` : ''}${error.violations[0]?.rule ?? error.message}`);
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `create-admin failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
