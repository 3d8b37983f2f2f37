/** Runs are only comparable on a quiet machine: wait for other programs to leave the CPU. */
import { foreignShareOver } from './cpu.ts';

/** A run during which other programs used more than this share of the machine is repeated (see --max-retries). */
export const FOREIGN_LIMIT = 0.1;
export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Waits (up to 90 s) until other programs leave the machine mostly idle, so runs are comparable. */
export async function waitForCalm(maxMs = 90_000): Promise<void> {
  const start = Date.now();
  let share = await foreignShareOver(1000);
  let told = false;
  while (share !== null && share > FOREIGN_LIMIT && Date.now() - start < maxMs) {
    if (!told) console.log(`  waiting for other programs to leave the CPU (${pct(share)} busy) …`);
    told = true;
    share = await foreignShareOver(1000);
  }
  if (told) console.log(share !== null && share > FOREIGN_LIMIT ? `  still ${pct(share)} busy after ${maxMs / 1000} s; measuring anyway` : '  calm now.');
}
