// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/offline/UpdatePrompt';

afterEach(cleanup);

describe('UpdatePrompt', () => {
  it('offers the new version and reloads only when asked', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdatePrompt needRefresh offlineReady onReload={onReload} onDismiss={onDismiss} />);
    expect(screen.getByRole('alertdialog').textContent).toContain('A new version of the atlas is available.');
    // The update outranks "works offline".
    expect(screen.queryByText(/works offline/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onReload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('says once the atlas works offline', async () => {
    const onDismiss = vi.fn();
    render(<UpdatePrompt needRefresh={false} offlineReady onReload={() => undefined} onDismiss={onDismiss} />);
    expect(screen.getByRole('status').textContent).toContain('The atlas now works offline.');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows nothing when the worker has nothing to say', () => {
    const { container } = render(<UpdatePrompt needRefresh={false} offlineReady={false} onReload={() => undefined} onDismiss={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
