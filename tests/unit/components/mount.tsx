/** Mounting Preact components in component tests (over a StoreClient when asked), and waiting for their loads. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { StoreClientProvider } from '@/components/data/store-context';
import type { StoreClient } from '@/components/data/store-client';
import { fakeStoreClient } from './fake-store-client';

const mounted: HTMLElement[] = [];

function unmountAll(): void {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
}

afterEach(unmountAll);

/** Lets pending loads and the renders they cause finish (a few timer turns inside `act`). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 1)));
}

/** Renders `tree` into a fresh root (unmounting the previous ones) and returns the root. */
export async function mount(tree: ComponentChildren): Promise<HTMLElement> {
  unmountAll();
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(async () => {
    render(tree, root);
  });
  return root;
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
