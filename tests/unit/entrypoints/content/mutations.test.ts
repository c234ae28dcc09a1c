// @vitest-environment happy-dom
/** The observer only keeps records; past the limit it keeps none and asks for a full read. */
import { expect, test } from 'vitest';
import { MAX_RECORDS, MutationLog } from '@/entrypoints/content/mutations';

test('records are kept, and taken once', async () => {
  let calls = 0;
  const log = new MutationLog(document, () => calls++);
  log.start();
  document.body.append(document.createElement('p'));
  await Promise.resolve();
  expect(calls).toBe(1);
  const changes = log.take();
  expect(changes.records).toHaveLength(1);
  expect(changes.overflow).toBe(false);
  expect(log.take().records).toEqual([]);
  log.stop();
});

test('a burst past the limit keeps no records and asks for a full read', () => {
  const log = new MutationLog(document, () => {});
  log.start();
  for (let i = 0; i <= MAX_RECORDS; i++) document.body.append(document.createElement('p'));
  const changes = log.take(); // the records not delivered yet are taken too
  expect(changes.overflow).toBe(true);
  expect(changes.records).toEqual([]);
  expect(changes.seen).toBeGreaterThan(MAX_RECORDS);
  log.stop();
});

test("our card's host coming and going is not a change of the page; the page's own changes are", async () => {
  const { createOwnHost } = await import('@/entrypoints/content/card/mount');
  let calls = 0;
  const log = new MutationLog(document, () => calls++);
  log.start();
  const { host } = createOwnHost(document, '');
  document.documentElement.append(host);
  await Promise.resolve();
  host.remove();
  await Promise.resolve();
  expect(calls).toBe(0);
  // A page element added beside it, at the same place, is a change.
  const page = document.createElement('div');
  document.documentElement.append(page);
  await Promise.resolve();
  expect(calls).toBe(1);
  expect(log.take().records).toHaveLength(1);
  page.remove();
  log.stop();
});
