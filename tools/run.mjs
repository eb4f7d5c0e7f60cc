// Builds the workspace with SWC, then runs one compiled TypeScript entry: `node tools/run.mjs tools/db/migrate.ts --flag`.
import { execFileSync, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node tools/run.mjs <path/to/entry.ts> [args...]\n');
  process.exit(2);
}
if (process.env.WERKMATCH_SKIP_BUILD !== '1')
  execFileSync(process.execPath, [join(root, 'tools', 'build.mjs')], { stdio: 'inherit' });
const compiled = join(root, 'dist', entry.replace(/\.ts$/, '.js'));
const child = spawn(process.execPath, ['--enable-source-maps', compiled, ...args], {
  stdio: 'inherit',
});
// The child gets Ctrl-C from the terminal itself; forwarding other signals lets it shut down cleanly.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('SIGINT', () => undefined);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 1 : 1)));
