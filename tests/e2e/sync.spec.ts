/**
 * Feed sync through the options page as a user does it, against a feed server on 127.0.0.1 (which sends CORS
 * headers, as public feeds do, so no host permission is needed): add, sync, re-sync unchanged, cancel, remove;
 * the synced article shows in its figure's side panel and in the popup's newest articles.
 */
import { serveFeeds, type FeedServer } from '../../scripts/lib/feed-server';
import { expect, test } from './harness';

const TITLE = 'Sung Kim returns to Seoul for talks';
const ITEM = `<item><title>${TITLE}</title><link>https://wire.example/sung-kim-seoul</link><guid>wire-1</guid><pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate><description>&lt;p&gt;Sung Kim arrived in Seoul on Monday.&lt;/p&gt;</description></item>`;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>${ITEM}</channel></rss>`;
const CORS = { 'access-control-allow-origin': '*', 'content-type': 'application/rss+xml' };

let server: FeedServer;
let notModified = 0;
test.beforeAll(async () => {
  server = await serveFeeds({
    '/wire.xml': (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') {
        notModified += 1;
        response.writeHead(304, { ...CORS, etag: '"v1"' }).end();
        return;
      }
      response.writeHead(200, { ...CORS, etag: '"v1"' }).end(RSS);
    },
  });
});
test.afterAll(() => server.close());

test('add, sync, re-sync unchanged, cancel and remove a feed from the options page', async ({
  extensionPage,
}) => {
  const options = await extensionPage('options');
  await options.getByRole('textbox', { name: 'Feed URL' }).fill(server.url('/wire.xml'));
  // The sync runs in a worker of the extension, off the page's own thread.
  const worker = options.waitForEvent('worker');
  await options.getByRole('button', { name: 'Add feed' }).click();
  expect((await worker).url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/assets\/sync-worker-/);
  const status = options.getByRole('status');
  await expect(status).toContainText('1 new, 0 updated', { timeout: 20_000 });
  const feeds = options.getByRole('list', { name: 'Feeds' });
  await expect(feeds).toContainText('Test wire');
  await expect(feeds).toContainText('1 articles');

  // Unchanged: the conditional request gets a 304 and nothing is written.
  await options.getByRole('button', { name: 'Sync now: Test wire' }).click();
  await expect(status).toContainText('Test wire: No changes');
  expect(notModified).toBe(1);

  // The synced article is in its figure's side panel and in the popup's newest articles.
  const panel = await extensionPage('sidepanel', '#/figure/sung-kim');
  await expect(panel.getByRole('link', { name: TITLE })).toBeVisible({ timeout: 20_000 });
  const popup = await extensionPage('popup');
  await expect(
    popup.getByRole('list', { name: 'Newest articles' }).getByRole('listitem').first(),
  ).toContainText(TITLE);
  // Its status line: the newest sync's result (the 304 re-sync: no changes).
  await expect(popup.getByTestId('store-status')).toContainText('last synced');
  await expect(popup.getByTestId('store-status')).toContainText('· No changes');

  // A stalled feed: a progress bar, then Cancel leaves everything as it was.
  server.route('/wire.xml', { stallMs: 20_000, headers: CORS });
  await options.bringToFront();
  await options.getByRole('button', { name: 'Sync now: Test wire' }).click();
  await expect(options.getByRole('progressbar')).toBeVisible();
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.getByRole('progressbar')).toHaveCount(0);
  await expect(options.getByRole('alert').first()).toContainText('cancelled');
  await expect(feeds).toContainText('1 articles');

  await options.getByRole('button', { name: 'Remove Test wire' }).click();
  await expect(status).toContainText('Removed Test wire');
  await expect(options.getByText('No feed added yet.')).toBeVisible();
  await popup.reload();
  await expect(popup.getByRole('list', { name: 'Newest articles' })).not.toContainText(TITLE);
});
