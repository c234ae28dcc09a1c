// @vitest-environment happy-dom
/** Pausing a site by hand: a site address is stored as its site key; anything else is refused in words. */
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { SitesSection } from '@/entrypoints/options/SitesSection';
import { getSettings } from '@/utils/settings';
import { mount, settle } from '../../components/mount';

async function pause(view: HTMLElement, text: string) {
  const input = view.querySelector<HTMLInputElement>('input[type="text"]')!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

test('text that is not a site address is refused with a message, and nothing is paused', async () => {
  const view = await mount(<SitesSection />);
  await settle();
  await pause(view, 'not a site');
  expect(view.querySelector('[role="alert"]')?.textContent).toBe(
    "“not a site” is not a site address. Type one like example.com, or paste a page's address.",
  );
  expect((await getSettings()).disabledSites).toEqual([]);
});

test("a page's address pauses its site, and the message goes", async () => {
  const view = await mount(<SitesSection />);
  await settle();
  await pause(view, 'not a site');
  await pause(view, 'https://www.news.example/world/story');
  expect((await getSettings()).disabledSites).toEqual(['news.example']);
  expect(view.querySelector('[role="alert"]')).toBeNull();
  expect(view.querySelector('[aria-label="Paused sites"]')?.textContent).toContain('news.example');
});
