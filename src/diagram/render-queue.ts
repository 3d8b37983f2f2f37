/**
 * The page's mermaid renders, one at a time, the reader's diagram first. Mermaid lays out a
 * diagram in one main-thread task of 50–300 ms, so what a click waits for is whatever mermaid
 * work is already queued: the later diagrams of a page the reader has just left, or the other
 * diagrams of the new page, started while the one at the top is still on its way. So:
 *  - a job nobody wants any more (its page was left, its prefetch cancelled) is dropped when its
 *    turn comes, and rejects with `Abandoned`;
 *  - `lead` jobs (the top diagram of the open page) go before the others;
 *  - while a lead diagram is on its way to the screen (`hold`, released once it is shown), and
 *    for one painted frame after, no other job starts.
 * No mermaid here: the caller hands in the task.
 */
import { nextPaint } from '../ui/when-idle';

export class Abandoned extends Error {
  constructor() {
    super('the diagram is no longer on screen');
    this.name = 'Abandoned';
  }
}

export interface JobOptions {
  /** Read when the job's turn comes (a queued job can be promoted). */
  lead(): boolean;
  /** False once no caller needs the result. */
  wanted(): boolean;
}

interface Job extends JobOptions {
  run(): Promise<unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

const jobs: Job[] = [];
let running = false;
let holds = 0;

/**
 * Other jobs wait until the returned release has been called, and the frame after it painted.
 * Calling it again does nothing.
 */
export function hold(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    void nextPaint().then(() => {
      holds--;
      pump();
    });
  };
}

export function enqueue<T>(run: () => Promise<T>, options: JobOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    jobs.push({ ...options, run, resolve: resolve as (v: unknown) => void, reject });
    pump();
  });
}

function pump(): void {
  if (running) return;
  for (let i = jobs.length - 1; i >= 0; i--) {
    if (!jobs[i].wanted()) jobs.splice(i, 1)[0].reject(new Abandoned());
  }
  let next = jobs.findIndex((j) => j.lead());
  if (next < 0 && holds === 0 && jobs.length > 0) next = 0;
  if (next < 0) return;
  const job = jobs.splice(next, 1)[0];
  running = true;
  job
    .run()
    .then(job.resolve, job.reject)
    .finally(() => {
      running = false;
      pump();
    });
}

/** Jobs waiting (tests). */
export function queuedJobs(): number {
  return jobs.length;
}
