import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');

/** The end-to-end tests run the compiled apps, as production does; `npm test` builds first, this covers a bare `jest`. */
export function ensureBuilt(): void {
  if (!existsSync(join(repoRoot, 'dist', 'apps', 'api', 'src', 'main.js'))) {
    execFileSync(process.execPath, [join(repoRoot, 'tools', 'build.mjs')], { stdio: 'inherit' });
  }
}

export interface AppProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startAppProcess(app: 'api' | 'worker', env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'apps', app, 'src', 'main.js')], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(timeout);
      return result;
    },
  };
}

export async function waitForHttp(
  url: string,
  timeoutMs = 20_000,
  process?: AppProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (process && process.child.exitCode !== null)
      throw new Error(`process exited before ${url} answered:\n${process.output()}`);
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer within ${timeoutMs} ms\n${process?.output() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
