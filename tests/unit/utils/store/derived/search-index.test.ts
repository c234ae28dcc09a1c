import { describe, expect, it } from 'vitest';
import { search } from '@/utils/store/queries/search';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { freshStorePerTest, newsroomFeed } from '../helpers';

const prepared = freshStorePerTest();

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
});
