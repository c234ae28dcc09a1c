/** Mounting Preact components in component tests: one root at a time, unmounted after each test. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let root: HTMLElement | undefined;

function unmount(): void {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
}

afterEach(unmount);

/** Renders `tree` into a fresh root (unmounting the previous one) and returns the root. */
export async function mount(tree: ComponentChildren): Promise<HTMLElement> {
  unmount();
  const fresh = document.createElement('div');
  root = fresh;
  document.body.append(fresh);
  await act(async () => {
    render(tree, fresh);
  });
  return fresh;
}

/** Lets pending loads and renders finish (a few timer turns inside `act`). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 1)));
}
