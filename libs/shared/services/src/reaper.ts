import { spawn } from 'node:child_process';

/**
 * A tiny detached watchdog: when the process that started the services dies without stopping them
 * (SIGKILL, a crashed test runner), it stops them, so no stray server outlives its owner.
 */
const REAPER_SOURCE = `
const [owner, ...pids] = process.argv.slice(1).map(Number);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
setInterval(() => {
  const left = pids.filter(alive);
  if (left.length === 0) process.exit(0);
  if (!alive(owner)) {
    for (const pid of left) { try { process.kill(pid, 'SIGINT'); } catch {} }
    setTimeout(() => { for (const pid of pids.filter(alive)) { try { process.kill(pid, 'SIGKILL'); } catch {} } process.exit(0); }, 10000);
  }
}, 500);
`;

export function watchOwner(ownerPid: number, pids: number[]): void {
  const serverPids = pids.filter((pid) => pid > 0);
  if (serverPids.length === 0) return;
  const child = spawn(
    process.execPath,
    ['-e', REAPER_SOURCE, String(ownerPid), ...serverPids.map(String)],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
}
