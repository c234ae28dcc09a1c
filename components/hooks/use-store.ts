/** Loads something from the article store when its inputs change, with its loading and error state. */
import type { StoreClient } from '../data/store-client';
import { useStoreClient } from '../data/store-context';
import { useAsync, type AsyncState } from './use-async';

/** `load(client)` re-run whenever `inputs` change. */
export function useStore<T>(
  load: (client: StoreClient) => Promise<T>,
  inputs: unknown[],
): AsyncState<T> {
  const client = useStoreClient();
  return useAsync(() => load(client), [client, ...inputs]);
}
