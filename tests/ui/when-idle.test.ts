import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_COMPLETE, whenGraphSettled, whenIdle, whenMarked } from '../../src/ui/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('uses requestIdleCallback with the timeout, and cancels through it', () => {
    const request = vi.fn((_cb: () => void, _opts: { timeout: number }) => 7);
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const fn = vi.fn();
    const stop = whenIdle(fn, 300);
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 300 });
    request.mock.calls[0][0]();
    expect(fn).toHaveBeenCalledTimes(1);
    stop();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('falls back to a timer (at most 200 ms) that can be cancelled', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const ran = vi.fn();
    whenIdle(ran, 5000);
    vi.advanceTimersByTime(199);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledTimes(1);
    const never = vi.fn();
    whenIdle(never, 50)();
    vi.advanceTimersByTime(1000);
    expect(never).not.toHaveBeenCalled();
  });
});

describe('whenGraphSettled', () => {
  afterEach(() => performance.clearMarks(GRAPH_COMPLETE));

  it('waits for the graph-complete mark, then for idle time, and runs once', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran = vi.fn();
    whenGraphSettled(ran, 60_000);
    await new Promise((r) => setTimeout(r, 250));
    expect(ran).not.toHaveBeenCalled();
    performance.mark(GRAPH_COMPLETE);
    await vi.waitFor(() => expect(ran).toHaveBeenCalledTimes(1));
    performance.mark(GRAPH_COMPLETE);
    await new Promise((r) => setTimeout(r, 250));
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback on a page without a graph, and not at all once cancelled', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const ran = vi.fn();
    whenGraphSettled(ran, 4000);
    vi.advanceTimersByTime(3999);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(201);
    expect(ran).toHaveBeenCalledTimes(1);
    const never = vi.fn();
    whenGraphSettled(never, 4000)();
    vi.advanceTimersByTime(10_000);
    expect(never).not.toHaveBeenCalled();
  });

  it('starts at once when the graph was already complete', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    performance.mark(GRAPH_COMPLETE);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ran = vi.fn();
    whenGraphSettled(ran, 60_000);
    vi.advanceTimersByTime(200);
    expect(ran).toHaveBeenCalledTimes(1);
  });
});

describe('whenMarked', () => {
  afterEach(() => performance.clearMarks('test:mark'));

  it('waits for a mark that matches, not just any mark of that name', async () => {
    const ran = vi.fn();
    whenMarked('test:mark', (m) => (m as PerformanceMark).detail?.entity === 'M5', ran, 60_000);
    performance.mark('test:mark', { detail: { entity: 'M1' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(ran).not.toHaveBeenCalled();
    performance.mark('test:mark', { detail: { entity: 'M5' } });
    await vi.waitFor(() => expect(ran).toHaveBeenCalledTimes(1));
  });

  it('falls back after the timeout, and never runs once cancelled', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ran = vi.fn();
    whenMarked('test:mark', () => true, ran, 1500);
    vi.advanceTimersByTime(1499);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledTimes(1);
    const never = vi.fn();
    whenMarked('test:mark', () => true, never, 1500)();
    performance.mark('test:mark');
    vi.advanceTimersByTime(5000);
    expect(never).not.toHaveBeenCalled();
  });
});

describe('stopBackgroundWork', () => {
  it('keeps idle tasks that have not run yet from ever running (a fresh module: the stop is for the page)', async () => {
    vi.resetModules();
    const idle = await import('../../src/ui/when-idle');
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const before = vi.fn();
    const after = vi.fn();
    idle.whenIdle(before, 1000);
    idle.stopBackgroundWork();
    idle.whenIdle(after, 1000);
    vi.advanceTimersByTime(1000);
    expect(before).not.toHaveBeenCalled();
    expect(after).not.toHaveBeenCalled();
  });
});
