/** Runs an async loader when its inputs change; returns its value, error and loading state. */
import { useLayoutEffect, useState } from 'preact/hooks';

export interface AsyncState<T> {
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

export function useAsync<T>(load: () => Promise<T>, inputs: unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({
    value: undefined,
    error: null,
    loading: true,
  });
  // Started in a layout effect, in the task that renders: Preact runs `useEffect` only after the
  // next frame, which would leave a page blank of data a frame longer than its reads take.
  useLayoutEffect(() => {
    let live = true;
    setState((previous) => (previous.loading ? previous : { ...previous, loading: true }));
    load().then(
      (value) => live && setState({ value, error: null, loading: false }),
      (error: unknown) => live && setState({ value: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, inputs);
  return state;
}
