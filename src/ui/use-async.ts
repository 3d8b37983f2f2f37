/**
 * Runs an async task for a key and returns its state. The state is derived
 * from the key, so a new key reads as "loading" at once without a synchronous
 * setState inside the effect; stale results of older keys are ignored.
 */
import { useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

export function useAsync<T>(key: string | null, run: () => Promise<T>): AsyncState<T> | null {
  const [done, setDone] = useState<{ key: string; state: AsyncState<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    run().then(
      (value) => live && setDone({ key, state: { status: 'ok', value } }),
      (err: unknown) => live && setDone({ key, state: { status: 'error', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
    // `run` is keyed by `key`: a new closure with the same key must not re-run the task.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return null;
  return done?.key === key ? done.state : { status: 'loading' };
}
