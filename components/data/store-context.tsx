/** Hands the pages' components their StoreClient; tests provide a fake one. */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { createBackgroundStoreClient, isDrawerFrame } from './background-store-client';
import { createLocalStoreClient, type StoreClient } from './store-client';

const StoreClientContext = createContext<StoreClient | null>(null);
let fallback: StoreClient | undefined;

/** Provides `client` to every component below. */
export function StoreClientProvider({
  client,
  children,
}: {
  client: StoreClient;
  children: ComponentChildren;
}) {
  return <StoreClientContext.Provider value={client}>{children}</StoreClientContext.Provider>;
}

/** The StoreClient in context, else the real one (opened lazily on first call; the background's in the drawer). */
export function useStoreClient(): StoreClient {
  const provided = useContext(StoreClientContext);
  if (provided) return provided;
  fallback ??= isDrawerFrame() ? createBackgroundStoreClient() : createLocalStoreClient();
  return fallback;
}
