/** Mounting a page's component over a StoreClient in component tests, and waiting for its loads. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { StoreClientProvider } from '@/components/data/store-context';
import type { StoreClient } from '@/components/data/store-client';
import { fakeStoreClient } from './fake-store-client';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/** Lets pending loads and the renders they cause finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 1)));
}

/** Renders `view` with `client` (a fake one by default) into the document; unmounted after the test. */
export async function mountWithStore(
  view: ComponentChildren,
  client: StoreClient = fakeStoreClient(),
): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(async () => {
    render(<StoreClientProvider client={client}>{view}</StoreClientProvider>, root);
  });
  await settle();
  return root;
}

/** The button whose text or label is `name`. */
export function buttonNamed(view: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...view.querySelectorAll('button')].find(
    (b) => b.textContent === name || b.getAttribute('aria-label') === name,
  );
}
