import { describe, expect, it, vi } from 'vitest';
import { activateUpdate, reloadOnce, SKIP_WAITING, type WaitingWorker, type WorkerContainer } from '../../src/offline/activate-update';

function fakeWorker() {
  const listeners: Array<() => void> = [];
  const worker = {
    state: 'installed',
    postMessage: vi.fn(),
    addEventListener: (_type: 'statechange', l: () => void) => listeners.push(l),
    become(state: string) {
      worker.state = state;
      listeners.forEach((l) => l());
    },
  };
  return worker;
}

function fakeContainer(waiting: WaitingWorker | null, controller: object | null = {}) {
  const listeners: Array<() => void> = [];
  const container: WorkerContainer & { changeController(): void } = {
    controller,
    getRegistration: async () => ({ waiting }),
    addEventListener: (_type, l) => listeners.push(l),
    changeController: () => listeners.forEach((l) => l()),
  };
  return container;
}

describe('activateUpdate', () => {
  it('wakes the waiting worker and reloads only when the new worker takes control', async () => {
    const worker = fakeWorker();
    const container = fakeContainer(worker);
    const reload = vi.fn();
    await activateUpdate(container, reload);
    expect(worker.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
    expect(reload).not.toHaveBeenCalled();
    container.changeController();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads once the worker is activated even if no controller change is reported', async () => {
    const worker = fakeWorker();
    const reload = vi.fn();
    await activateUpdate(fakeContainer(worker), reload);
    worker.become('activating');
    expect(reload).not.toHaveBeenCalled();
    worker.become('activated');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads when the woken worker is replaced by a newer one', async () => {
    const worker = fakeWorker();
    const reload = vi.fn();
    await activateUpdate(fakeContainer(worker), reload);
    worker.become('redundant');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when nothing is waiting any more (another tab activated it)', async () => {
    const reload = vi.fn();
    await activateUpdate(fakeContainer(null), reload);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when the page has no controller to change', async () => {
    const worker = fakeWorker();
    const reload = vi.fn();
    await activateUpdate(fakeContainer(worker, null), reload);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(worker.postMessage).not.toHaveBeenCalled();
  });
});

describe('reloadOnce', () => {
  it('reloads the first time only, whichever signal comes first', () => {
    const reload = vi.fn();
    const once = reloadOnce(reload);
    once();
    once();
    once();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
