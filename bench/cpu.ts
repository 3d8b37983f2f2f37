/**
 * How much of the machine other programs used while a run was measured. On a
 * 2-core machine a concurrent build or test run changes every number, so each
 * run records the CPU share used by processes outside the benchmark's own
 * process tree (the benchmark and the Chromium it launched):
 *
 *   foreign = (all busy CPU time, /proc/stat) − (own tree's CPU time, /proc/<pid>/stat incl. reaped children)
 *
 * Take the closing sample while the browser is still open: once it has exited,
 * its processes' CPU time does not reliably show up in this process's counters.
 *
 * Linux only; elsewhere it reports null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sleep } from './scenario.ts';

export interface CpuSample {
  /** All CPU time of the machine (busy + idle), in clock ticks. */
  total: number;
  idle: number;
  /** CPU time of this process and its descendants, including reaped children. */
  own: number;
}

interface ProcStat {
  ppid: number;
  ticks: number;
}

function readProc(pid: string): ProcStat | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state ppid … utime(14) stime(15) cutime(16) cstime(17), counting from 1 with pid.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(f[i - 3]);
    return { ppid: n(4), ticks: n(14) + n(15) + n(16) + n(17) };
  } catch {
    return null; // exited meanwhile
  }
}

export function sampleCpu(): CpuSample | null {
  if (!existsSync('/proc/stat')) return null;
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = cpu[3] + (cpu[4] ?? 0);
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  const procs = new Map<number, ProcStat>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const p = readProc(d);
    if (p) procs.set(Number(d), p);
  }
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) (children.get(p.ppid) ?? children.set(p.ppid, []).get(p.ppid)!).push(pid);
  let own = 0;
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop()!;
    own += procs.get(pid)?.ticks ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, idle, own };
}

/** Share of the whole machine (0–1) used by other processes between two samples. */
export function foreignShare(a: CpuSample | null, b: CpuSample | null): number | null {
  if (!a || !b) return null;
  const total = b.total - a.total;
  if (total <= 0) return null;
  const busy = total - (b.idle - a.idle);
  return Math.max(0, Math.min(1, (busy - (b.own - a.own)) / total));
}

/** Share of the machine used by other processes over the next `ms`. */
export async function foreignShareOver(ms: number): Promise<number | null> {
  const a = sampleCpu();
  await sleep(ms);
  return foreignShare(a, sampleCpu());
}
