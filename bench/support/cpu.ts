import { readdirSync, readFileSync } from 'node:fs';

/*
 * CPU time from /proc (Linux), to say where a load run's work went: the api, PostgreSQL (the postmaster and its
 * backends) or the load generator. Clock ticks are 100 per second on Linux.
 */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** user + system of the process itself, seconds */
  own: number;
  /** user + system of its children that have exited and been waited for, seconds */
  children: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may contain spaces: state is field 3.
    const fields = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const at = (field: number) => fields[field - 3] ?? 0;
    return {
      ppid: at(4),
      own: (at(14) + at(15)) / TICKS_PER_SECOND,
      children: (at(16) + at(17)) / TICKS_PER_SECOND,
    };
  } catch {
    return null;
  }
}

function pids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** CPU seconds of one process. */
export function cpuOf(pid: number | undefined): number {
  return pid === undefined ? Number.NaN : (procStat(pid)?.own ?? Number.NaN);
}

/** CPU seconds of a process, its live children and those that have ended (PostgreSQL's backends). */
export function cpuOfTree(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const root = procStat(pid);
  if (!root) return Number.NaN;
  let total = root.own + root.children;
  for (const other of pids()) {
    const stat: ProcStat | null = other === pid ? null : procStat(other);
    if (stat?.ppid === pid) total += stat.own;
  }
  return total;
}

/** CPU seconds of the children this process has waited for (a load generator that has exited). */
export function cpuOfEndedChildren(): number {
  return procStat(process.pid)?.children ?? Number.NaN;
}

/** The postmaster listening on the port, found by its command line. */
export function postmasterOn(port: number): number | undefined {
  for (const pid of pids()) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const flag = args.indexOf('-p');
      if (args[0]?.endsWith('postgres') && flag > 0 && args[flag + 1] === String(port)) return pid;
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}
