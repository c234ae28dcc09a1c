// @vitest-environment happy-dom
/** The popup's search box: "Preparing search…" while the index is prepared, then the hits. */
import { expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { StoreSearch } from '@/entrypoints/popup/StoreSearch';
import { preparingSearchClient } from '../../components/fake-store-client';
import { mountWithStore as mount, settle } from '../../components/mount';

test('the popup says "Preparing search…" while its first search waits for the index', async () => {
  const { client, finish } = preparingSearchClient();
  const view = await mount(<StoreSearch />, client);
  const box = view.querySelector('input')!;
  await act(() => {
    box.value = 'summit talks';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
  expect(view.querySelector('[role="status"]')?.textContent).toBe('Preparing search…');
  await act(finish);
  await settle();
  expect(view.querySelector('[role="status"]')).toBeNull();
  expect(view.textContent).toContain('Summit talks resume');
});
