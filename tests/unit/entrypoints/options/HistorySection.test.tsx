// @vitest-environment happy-dom
/** The options page's reading history section: "Clear reading history" asks first, then clears. */
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { HistorySection } from '@/entrypoints/options/HistorySection';
import { readingHistory, recordSeen } from '@/utils/reading-history';
import { buttonNamed as button, mountWithStore as mount, settle } from '../../components/mount';

test('"Clear reading history" asks first, then clears and says so', async () => {
  await recordSeen({ url: 'https://a.example/1', title: 'One', figureIds: ['sung-kim'] });
  const view = await mount(<HistorySection />);
  await act(() => button(view, 'Clear reading history')!.click());
  await act(() => button(view, 'Cancel')!.click());
  expect(await readingHistory()).toHaveLength(1);

  await act(() => button(view, 'Clear reading history')!.click());
  expect(view.textContent).toContain('cannot be undone');
  await act(() => button(view, 'Clear')!.click());
  await settle();
  expect(await readingHistory()).toEqual([]);
  expect(view.querySelector('[role="status"]')?.textContent).toBe('Reading history cleared.');
});
