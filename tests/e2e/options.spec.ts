/** The options page's store actions as a user meets them: bad files change nothing, good ones land. */
import { readFileSync } from 'node:fs';
import { expect, test } from './harness';

/** How many articles the build bundled: what a fresh install shows. */
const BUNDLED = String(
  (JSON.parse(readFileSync('public/store/bundle.json', 'utf8')) as { articles: unknown[] }).articles
    .length,
);

const json = (text: string) => ({
  name: 'file.json',
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test('importing bad files shows why and keeps the store; a feed file adds its articles; export and import round-trip; restore', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options');
  const articles = options.getByTestId('count-articles');
  await expect(articles).toHaveText(BUNDLED, { timeout: 20_000 });
  const file = options.locator('input[type="file"]');

  await file.setInputFiles(json('{ this is not json'));
  await expect(options.getByRole('alert')).toContainText('is not a JSON file');
  await file.setInputFiles(
    json(JSON.stringify({ format: 'backchannel-feed', version: 99, articles: [] })),
  );
  await expect(options.getByRole('alert')).toContainText('Nothing was changed');
  await file.setInputFiles(
    json(JSON.stringify({ __proto__: { polluted: true }, articles: 'x'.repeat(1000) })),
  );
  await expect(options.getByRole('alert')).toContainText('Nothing was changed');
  await expect(articles).toHaveText(BUNDLED);
  await expect(options.getByTestId('count-synced')).toHaveText('0');

  await file.setInputFiles(json(readFileSync('docs/examples/feed.example.json', 'utf8')));
  await expect(options.getByRole('status')).toContainText('Imported 1 new');
  await expect(options.getByTestId('count-synced')).toHaveText('1');
  await expect(articles).toHaveText(String(Number(BUNDLED) + 1));

  // Export: a download of every stored article, the imported one included; importing it back
  // changes nothing (every article is already there).
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export…' }).click();
  const exported = await download;
  expect(exported.suggestedFilename()).toMatch(/^backchannel-store-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await exported.path())!, 'utf8');
  const feed = JSON.parse(text) as { format: string; articles: { id: string }[] };
  expect(feed.format).toBe('backchannel-feed');
  expect(feed.articles).toHaveLength(Number(BUNDLED) + 1);
  expect(feed.articles.map((a) => a.id)).toContain('2021-08-23-ap-sung-kim-seoul');
  await file.setInputFiles(json(text));
  await expect(options.getByRole('status')).toContainText('Imported 0 new');
  await expect(articles).toHaveText(String(Number(BUNDLED) + 1));

  await options.getByRole('button', { name: 'Restore bundled articles' }).click();
  await expect(options.getByRole('status')).toContainText('Synced and imported articles were kept');
  await expect(options.getByTestId('count-bundled')).toHaveText(BUNDLED);
  await expect(options.getByTestId('count-synced')).toHaveText('1');
});

test('pausing and resuming a site from the options page', async ({ extensionPage }) => {
  const options = await extensionPage('options');
  // Text that is no site address is refused (Chromium's URL parser alone took it as a host).
  await options.getByRole('textbox', { name: 'Site to pause' }).fill('not a site');
  await options.getByRole('button', { name: 'Pause site' }).click();
  await expect(options.getByRole('alert')).toContainText('“not a site” is not a site address');
  await expect(options.getByText('No site is paused.')).toBeVisible();
  await options
    .getByRole('textbox', { name: 'Site to pause' })
    .fill('https://www.example.com/news/1');
  await options.getByRole('button', { name: 'Pause site' }).click();
  const paused = options.getByRole('list', { name: 'Paused sites' });
  await expect(paused).toContainText('example.com');
  await expect(options.getByRole('alert')).toHaveCount(0);
  await paused.getByRole('button', { name: 'Resume' }).click();
  await expect(options.getByText('No site is paused.')).toBeVisible();
});
