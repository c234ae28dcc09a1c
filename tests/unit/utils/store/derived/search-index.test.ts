import { describe, expect, it, vi } from 'vitest';
import { search } from '@/utils/store/queries/search';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { removeSource } from '@/utils/store/feeds/sync';
import { changeKey } from '@/utils/store/derived/write';
import { openStore } from '@/utils/store/db/open';
import { article, feed, freshStorePerTest, newsroomFeed } from '../helpers';

const prepared = freshStorePerTest();

const ids = async (...args: Parameters<typeof search>) =>
  (await search(...args)).map((hit) => hit.id).sort();

/** A newsroom story whose title is `title`. */
const story = (id: string, title: string) =>
  article(
    id,
    '2021-08-20',
    `Kim Yo Jong issued a statement. ${title}.`,
    { 'kim-yo-jong': 'Kim Yo Jong' },
    { title },
  );

describe('the search index', () => {
  it('sees articles written after the index was built', async () => {
    const db = await prepared();
    expect(await search(db, 'statement')).toEqual([]);
    await putSyncedFeed(db, 'newsroom', newsroomFeed(1));
    expect((await search(db, 'statement')).map((h) => h.id)).toEqual(['story-0']);
  });

  it('persists the index so a new connection loads it instead of rebuilding', async () => {
    const db = await prepared();
    await search(db, 'Singapore');
    await expect.poll(async () => (await db.get('meta', 'search:index')) !== undefined).toBe(true);
    const saved = (await db.get('meta', 'search:index')) as { generation: unknown; json: string };
    expect(saved.generation).toBe(await db.get('meta', 'generation'));
    expect(JSON.parse(saved.json)).toHaveProperty('documentCount', 3);
  });

  it('catches up with added, replaced and removed articles without reading every article again', async () => {
    const db = await prepared();
    await putSyncedFeed(
      db,
      'newsroom',
      feed('newsroom', [story('a', 'Border reopening'), story('b', 'Grain deal')]),
    );
    expect(await ids(db, 'border')).toEqual(['a']);
    const readAll = vi.spyOn(db, 'getAll');
    await putSyncedFeed(
      db,
      'newsroom',
      feed('newsroom', [story('a', 'Harbour reopening'), story('c', 'Grain shipment')]),
    );
    await putSyncedFeed(db, 'wire', feed('wire', [story('w', 'Harbour talks')]));
    expect(await ids(db, 'border')).toEqual([]);
    expect(await ids(db, 'harbour')).toEqual(['a', 'w']);
    // The newsroom's second feed replaces its first: 'b' is gone with it.
    expect(await ids(db, 'grain')).toEqual(['c']);
    await removeSource(db, 'wire');
    expect(await ids(db, 'harbour')).toEqual(['a']);
    expect(readAll.mock.calls.filter(([store]) => store === 'articles')).toEqual([]);
  });

  it('rebuilds, with the same answers, when the changes of a write since its index are gone', async () => {
    const db = await prepared();
    expect(await ids(db, 'grain')).toEqual([]);
    await putSyncedFeed(db, 'newsroom', feed('newsroom', [story('b', 'Grain deal')]));
    await db.delete('meta', changeKey((await db.get('meta', 'generation')) as number));
    expect(await ids(db, 'grain')).toEqual(['b']);
  });

  it('a new connection loads the persisted index and catches up with the writes made since it was saved', async () => {
    const db = await prepared();
    await search(db, 'Singapore');
    await expect.poll(async () => (await db.get('meta', 'search:index')) !== undefined).toBe(true);
    await putSyncedFeed(db, 'newsroom', feed('newsroom', [story('b', 'Grain deal')]));
    const other = await openStore({ name: db.name });
    try {
      const readAll = vi.spyOn(other, 'getAll');
      expect(await ids(other, 'grain')).toEqual(['b']);
      expect(await ids(other, 'Singapore')).toEqual(await ids(db, 'Singapore'));
      expect(readAll.mock.calls.filter(([store]) => store === 'articles')).toEqual([]);
    } finally {
      other.close();
    }
  });
});
