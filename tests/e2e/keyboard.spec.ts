/** The keyboard alone: every action of the popup and the options page in a logical order, each with a visible focus ring. */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

interface Stop {
  /** Role and accessible name, as a screen reader announces it. */
  label: string;
  /** The focus ring as drawn: outline style and width. */
  ring: string;
}

/** Presses Tab until focus leaves the page or comes back around; the stops in order. */
async function tabStops(page: Page, limit = 60): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      // Back at an element already visited: the order has come around.
      if (element.dataset.visited) return null;
      element.dataset.visited = 'true';
      const style = getComputedStyle(element);
      const name =
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.getAttribute('placeholder') ??
        element.textContent ??
        '';
      const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
      return {
        label: `${role} ${name.replace(/\s+/g, ' ').trim()}`,
        ring: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

test('the popup: every action by Tab, in reading order, each with a focus ring', async ({
  popupFor,
}) => {
  const { popup } = await popupFor('pages/article.html');
  await expect(popup.locator('.figure-row').first()).toBeVisible();
  await expect(popup.locator('.results li').first()).toBeVisible();
  const stops = await tabStops(popup);
  const labels = stops.map((stop) => stop.label);
  const at = (pattern: RegExp, from = 0) =>
    labels.findIndex((label, index) => index >= from && pattern.test(label));
  const search = at(/^input Search the article store$/);
  const order = [
    at(/^switch Backchannel on$/),
    at(/^switch Pause on this site$/),
    at(/^button Sung Kim$/),
    // "Recently seen": the page where the reader met them
    at(/^a Envoys meet in Seoul \(fixture\)$/),
    search,
    // the first stored article
    at(/^a /, search),
    at(/^button Open side panel$/),
    at(/^button Article store & settings$/),
  ];
  expect(
    order.every((index) => index >= 0),
    labels.join('\n'),
  ).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  for (const stop of stops) expect(stop.ring, stop.label).toBe('solid 2px');
  // The switches work from the keyboard too.
  const pause = popup.getByRole('switch', { name: 'Pause on this site' });
  await pause.focus();
  await popup.keyboard.press('Space');
  await expect(pause).toBeChecked();
  await popup.keyboard.press('Space');
  await expect(pause).not.toBeChecked();
});

test('the options page: every control by Tab, each with a focus ring', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options');
  await expect(options.getByTestId('count-articles')).not.toBeEmpty({ timeout: 20_000 });
  const stops = await tabStops(options);
  const labels = stops.map((stop) => stop.label);
  for (const wanted of [
    /^button Export…$/,
    /^input Import a Backchannel file/,
    /^button Restore bundled articles$/,
    /^input Feed URL/,
    /^button Add feed$/,
    /^select Sync automatically/,
    /^input Mark names on web pages/,
    /^input Site to pause$/,
    /^button Pause site$/,
    /^input Open a card after/,
  ])
    expect(
      labels.some((label) => wanted.test(label)),
      `${wanted}\n${labels.join('\n')}`,
    ).toBe(true);
  for (const stop of stops) expect(stop.ring, stop.label).toBe('solid 2px');
});
