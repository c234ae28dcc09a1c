// @vitest-environment happy-dom
/** The side panel's search: "Preparing search…" while the index is prepared, "Searching the stored articles…" once it is ready. */
import { expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { SearchView } from '@/entrypoints/sidepanel/search/SearchView';
import type { StoreClient } from '@/components/data/store-client';
import { fakeStoreClient, preparingSearchClient } from '../../../components/fake-store-client';
import { mountWithStore as mount, settle } from '../../../components/mount';

test('the side panel says "Preparing search…" instead of "Searching the stored articles…" while the index is prepared', async () => {
  const { client, finish } = preparingSearchClient();
  const view = await mount(<SearchView query="summit talks" />, client);
  expect(view.querySelector('[role="status"]')?.textContent).toBe('Preparing search…');
  expect(view.textContent).not.toContain('Searching the stored articles…');
  await act(finish);
  await settle();
  expect(view.querySelector('[role="status"]')).toBeNull();
  expect(view.textContent).toContain('Summit talks resume');
});

test('the side panel says "Searching the stored articles…" when the index is ready', async () => {
  const search: StoreClient['search'] = () => new Promise(() => undefined);
  const view = await mount(<SearchView query="summit talks" />, fakeStoreClient({ search }));
  expect(view.textContent).toContain('Searching the stored articles…');
  expect(view.querySelector('[role="status"]')).toBeNull();
});
