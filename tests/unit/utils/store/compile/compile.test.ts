import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';
import { FIGURES } from '@/utils/detect/catalogue';
import { compileArticle, compileFeed } from '@/utils/store/compile/compile';
import { articleFromMarkdown } from '@/utils/store/compile/sources';
import { readFeed } from '@/utils/store/feeds/validate';
import { exportAll, importAll } from '@/utils/store/feeds/import-export';
import { articlesForFigure } from '@/utils/store/queries/figures';
import { recentArticles } from '@/utils/store/queries/recent';
import { search } from '@/utils/store/queries/search';
import {
  CITE1,
  CITE2,
  GOOD_FRONT_MATTER,
  manager,
  SOURCES,
  UNCITED_FRONT_MATTER,
  withFrontMatter,
} from '../helpers';

const known = new Set(FIGURES.map((f) => f.id));

describe('compiling', () => {
  it('indexes detected figures with their sentences', () => {
    const article = compileArticle(
      articleFromMarkdown('c.md', withFrontMatter(GOOD_FRONT_MATTER)),
      known,
      detect,
    );
    const kim = article.mentions.find((m) => m.figure === 'kim-jong-un');
    expect(kim?.spans).toEqual([[0, 11]]);
    expect(kim?.sentences.map(([s, e]) => article.text.slice(s, e))).toEqual([
      'Kim Jong Un met Moon Jae-in at Panmunjom.',
    ]);
  });

  it('fails on a brief without any source, naming the file; an article may have none', () => {
    const uncited = articleFromMarkdown('briefs/u.md', withFrontMatter(UNCITED_FRONT_MATTER));
    expect(() => compileArticle(uncited, known, detect)).toThrow(
      /^briefs\/u\.md: a brief needs at least one source: add cite1/,
    );
    const story = articleFromMarkdown(
      'seed/s.md',
      withFrontMatter(UNCITED_FRONT_MATTER.replace('kind: brief', 'kind: article')),
    );
    expect(compileArticle(story, known, detect).sources).toBeUndefined();
  });

  it('names every uncited brief of a feed at once', () => {
    const meta = { sourceId: 'x', title: 'X', generated: '2024-01-01T00:00:00.000Z' };
    const a = articleFromMarkdown('a.md', withFrontMatter(UNCITED_FRONT_MATTER));
    const b = articleFromMarkdown(
      'b.md',
      withFrontMatter(UNCITED_FRONT_MATTER.replace('brief-1', 'brief-2')),
    );
    expect(() => compileFeed([a, b], meta, known, detect)).toThrow(
      /^a\.md: a brief needs at least one source.*\(1 more: b\.md\)$/,
    );
  });

  it('fails on an unknown figure id and on a duplicate id, naming the files', () => {
    const bad = articleFromMarkdown(
      'd.md',
      withFrontMatter(GOOD_FRONT_MATTER.replace('moon-jae-in', 'moon-jae-ln')),
    );
    expect(() => compileArticle(bad, known, detect)).toThrow(
      /d\.md: unknown figure id "moon-jae-ln"/,
    );
    const a = articleFromMarkdown('e.md', withFrontMatter(GOOD_FRONT_MATTER));
    const b = articleFromMarkdown('f.md', withFrontMatter(GOOD_FRONT_MATTER));
    const meta = { sourceId: 'x', title: 'X', generated: '2024-01-01T00:00:00.000Z' };
    expect(() => compileFeed([a, b], meta, known, detect)).toThrow(
      /f\.md: duplicate id "brief-1" \(also in e\.md\)/,
    );
  });
});

describe('sources from compile to query', () => {
  it('survive compile → bundle → seed → query → export → import', async () => {
    const meta = { sourceId: 'bundled', title: 'Briefs', generated: '2024-01-01T00:00:00.000Z' };
    const input = articleFromMarkdown(
      'c.md',
      withFrontMatter(`${UNCITED_FRONT_MATTER}\ncite1: "${CITE1}"\ncite2: "${CITE2}"`),
    );
    const compiled = compileFeed([input], meta, known, detect);
    const bundle = readFeed(JSON.stringify(compiled), { catalogue: known });
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    expect(bundle.feed.articles[0]?.sources).toEqual(SOURCES);

    const store = manager({ ...bundle.feed, contentHash: 'with-sources' });
    try {
      const db = await store.prepare();
      expect((await db.get('articles', 'bundled:brief-1'))?.sources).toEqual(SOURCES);
      // The first page comes from the figure's view, an older page from the index: both carry them.
      expect((await articlesForFigure(db, 'kim-jong-un', { limit: 5 }))[0]?.sources).toEqual(
        SOURCES,
      );
      expect(
        (await articlesForFigure(db, 'kim-jong-un', { limit: 5, before: '2019-01-01' }))[0]
          ?.sources,
      ).toEqual(SOURCES);
      expect((await recentArticles(db, { limit: 5 }))[0]?.sources).toEqual(SOURCES);
      expect((await search(db, 'summit'))[0]?.sources).toEqual(SOURCES);

      const exported = await exportAll(db);
      expect(exported.articles[0]?.sources).toEqual(SOURCES);
      const moved = { ...exported, sources: [{ id: 'archive', title: 'Archive' }] };
      moved.articles = moved.articles.map(({ sourceId: _s, ...a }) => ({ ...a, id: 'moved' }));
      expect(await importAll(db, JSON.stringify(moved))).toMatchObject({ ok: true, added: 1 });
      expect((await db.get('articles', 'archive:moved'))?.sources).toEqual(SOURCES);
    } finally {
      await store.close();
    }
  });
});

describe('npm run store:build', () => {
  const run = (args: string[]) =>
    execFileSync('npx', ['tsx', 'scripts/store-build.ts', ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });

  it('turns any folder of articles into a feed the extension accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-in-'));
    writeFileSync(join(dir, 'one.md'), withFrontMatter(GOOD_FRONT_MATTER));
    writeFileSync(
      join(dir, 'two.txt'),
      'date 2019-02-28 Talks in Hanoi\n\nDonald Trump left Hanoi early.',
    );
    const out = join(dir, 'feed.json');
    run(['--in', dir, '--out', out, '--source-id', 'newsroom', '--title', 'Newsroom']);
    const feed = readFeed(readFileSync(out, 'utf8'), { catalogue: known });
    expect(feed.ok).toBe(true);
    if (feed.ok) expect(feed.feed.articles.map((a) => a.id)).toEqual(['two', 'brief-1']);
  });

  it('fails the build with the file name on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-bad-'));
    writeFileSync(
      join(dir, 'bad.md'),
      withFrontMatter(GOOD_FRONT_MATTER.replace('kim-jong-un', 'kim-jong-nam')),
    );
    expect(() => run(['--in', dir, '--out', join(dir, 'feed.json')])).toThrow(
      /bad\.md: unknown figure id "kim-jong-nam"/,
    );
  });

  it('fails the build on a brief without sources, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-uncited-'));
    writeFileSync(join(dir, 'uncited.md'), withFrontMatter(UNCITED_FRONT_MATTER));
    expect(() => run(['--in', dir, '--out', join(dir, 'feed.json')])).toThrow(
      /uncited\.md: a brief needs at least one source/,
    );
  });

  it('ships a valid example feed in docs/examples', () => {
    const example = readFeed(readFileSync('docs/examples/feed.example.json', 'utf8'), {
      catalogue: known,
    });
    expect(example).toMatchObject({ ok: true });
  });
});
