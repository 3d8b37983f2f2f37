import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/ui/when-idle';

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
    expect(request).toHaveBeenCalledWith(fn, { timeout: 300 });
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
