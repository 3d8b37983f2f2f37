/** Tiny shared helpers for the compiler's command-line entry points. */
import { resolve } from 'node:path';
import { formatProblem, type Problem } from '../problems.ts';

export function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

/** The data directory: an explicit argument, else $ATLAS_DATA, else ./data. */
export function dataDirFrom(explicit: string | undefined): string {
  return resolve(explicit ?? process.env.ATLAS_DATA ?? 'data');
}

export function reportProblems(problems: Problem[]): void {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was written.`);
}

/** Runs a CLI body, turning any unexpected crash into a one-line message instead of a stack trace. */
export function runCli(body: () => Promise<number>): void {
  body().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`atlas compiler: ${err instanceof Error ? err.message : String(err)}`);
      if (process.env.ATLAS_DEBUG) console.error(err);
      process.exit(2);
    },
  );
}
