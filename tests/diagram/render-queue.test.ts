import { describe, expect, it } from 'vitest';
import { Abandoned, enqueue, hold, queuedJobs } from '../../src/diagram/render-queue';

/** A job that records when it starts and finishes when `finish()` is called. */
function job(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  return {
    run: () => {
      log.push(`start ${name}`);
      return done.then(() => name);
    },
    finish: () => finish(),
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));
const always = () => true;

describe('render queue', () => {
  it('runs one job at a time, in order', async () => {
    const log: string[] = [];
    const a = job(log, 'a');
    const b = job(log, 'b');
    const pa = enqueue(a.run, { lead: () => false, wanted: always });
    const pb = enqueue(b.run, { lead: () => false, wanted: always });
    await flush();
    expect(log).toEqual(['start a']);
    a.finish();
    expect(await pa).toBe('a');
    await flush();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    expect(await pb).toBe('b');
  });

  it('starts a lead job before the ones queued ahead of it', async () => {
    const log: string[] = [];
    const first = job(log, 'first');
    const later = job(log, 'later');
    const lead = job(log, 'lead');
    enqueue(first.run, { lead: () => false, wanted: always });
    const pLater = enqueue(later.run, { lead: () => false, wanted: always });
    let promoted = false;
    const pLead = enqueue(lead.run, { lead: () => promoted, wanted: always });
    promoted = true; // promoted while queued (the page asked for it after a prefetch did)
    first.finish();
    await flush();
    expect(log).toEqual(['start first', 'start lead']);
    lead.finish();
    await pLead;
    await flush();
    later.finish();
    await pLater;
    expect(log).toEqual(['start first', 'start lead', 'start later']);
  });

  it('drops a job nobody wants any more when its turn comes', async () => {
    const log: string[] = [];
    const a = job(log, 'a');
    const gone = job(log, 'gone');
    let wanted = true;
    const pa = enqueue(a.run, { lead: () => false, wanted: always });
    const pGone = enqueue(gone.run, { lead: () => false, wanted: () => wanted });
    wanted = false; // its page was left
    a.finish();
    await pa;
    await expect(pGone).rejects.toBeInstanceOf(Abandoned);
    expect(log).toEqual(['start a']);
    expect(queuedJobs()).toBe(0);
  });

  it('holds other jobs while a lead diagram is on its way, but not lead jobs', async () => {
    const log: string[] = [];
    const release = hold();
    const other = job(log, 'other');
    const lead = job(log, 'lead');
    const pOther = enqueue(other.run, { lead: () => false, wanted: always });
    await flush();
    expect(log).toEqual([]);
    const pLead = enqueue(lead.run, { lead: () => true, wanted: always });
    await flush();
    expect(log).toEqual(['start lead']);
    lead.finish();
    await pLead;
    await flush();
    expect(log).toEqual(['start lead']); // still held: the lead diagram is not shown yet
    release();
    release(); // a second release changes nothing
    await flush();
    expect(log).toEqual(['start lead', 'start other']);
    other.finish();
    await pOther;
  });
});
