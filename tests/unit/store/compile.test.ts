import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';
import { FIGURES } from '../../../utils/detect/catalogue';
import { compileArticle, compileFeed } from '../../../utils/store/compile/compile';
import { markdownToText, parseFrontMatter } from '../../../utils/store/compile/front-matter';
import { articleFromMarkdown, articleFromText } from '../../../utils/store/compile/sources';
import { readFeed } from '../../../utils/store/feed-validate';
import { exportAll, importAll } from '../../../utils/store/feeds';
import { articlesForFigure, recentArticles } from '../../../utils/store/queries';
import { search } from '../../../utils/store/search';
import { manager } from './helpers';

const known = new Set(FIGURES.map((f) => f.id));
const md = (
  front: string,
  body = 'Kim Jong Un met Moon Jae-in at Panmunjom. They signed a declaration.',
) => `---\n${front}\n---\n${body}\n`;
const CITE1 = 'Yonhap | Leaders sign Panmunjom Declaration | 2018-04-27 | https://news.example/a';
const CITE2 = 'The Associated Press | Koreas vow peace | 2018-04 | http://apnews.example/b?x=1';
const SOURCES = [
  {
    outlet: 'Yonhap',
    title: 'Leaders sign Panmunjom Declaration',
    date: '2018-04-27',
    url: 'https://news.example/a',
  },
  {
    outlet: 'The Associated Press',
    title: 'Koreas vow peace',
    date: '2018-04',
    url: 'http://apnews.example/b?x=1',
  },
];
const UNCITED =
  'id: brief-1\ntitle: A summit\ndate: 2018-04-27\nfigures: [kim-jong-un, moon-jae-in]\nkind: brief\nlang: en';
const GOOD = `${UNCITED}\ncite1: "${CITE1}"`;

describe('front matter', () => {
  it('reads key: value lines, [a, b] lists and double quotes', () => {
    const { fields, body } = parseFrontMatter(
      md(`${GOOD}\nattribution: "AP, Seoul: 2021"`),
      'a.md',
    );
    expect(fields.get('figures')).toEqual(['kim-jong-un', 'moon-jae-in']);
    expect(fields.get('attribution')).toBe('AP, Seoul: 2021');
    expect(body.trim()).toMatch(/^Kim Jong Un/);
  });

  it.each([
    ['no opening ---', 'id: x\n---\nbody', /start with ---/],
    ['no closing ---', '---\nid: x\ntitle: y\n', /not closed/],
    ['a line that is not key: value', '---\njust words\n---\nbody', /expected "key: value"/],
    ['a key given twice', '---\nid: a\nid: b\n---\nbody', /given twice/],
    ['an unterminated quote', '---\ntitle: "oops\n---\nbody', /unterminated/],
  ])('fails clearly on %s, naming the file and line', (_name, text, message) => {
    expect(() => parseFrontMatter(text, 'data/x.md')).toThrow(message);
    expect(() => parseFrontMatter(text, 'data/x.md')).toThrow(/^data\/x\.md/);
  });

  it('turns Markdown paragraphs into plain text', () => {
    expect(markdownToText('A **bold** [link](https://x)\nline.\n\n## Head\n\nEnd.')).toBe(
      'A bold link line.\n\nHead\n\nEnd.',
    );
  });
});

describe('source files', () => {
  it.each([
    ['a missing date', GOOD.replace('date: 2018-04-27\n', ''), /date is missing/],
    ['an impossible date', GOOD.replace('2018-04-27', '2018-02-30'), /not a valid YYYY-MM-DD/],
    ['an unknown key', `${GOOD}\nauthor: someone`, /unknown key "author"/],
    [
      'figures that are not a list',
      GOOD.replace('[kim-jong-un, moon-jae-in]', 'kim-jong-un'),
      /must be a list/,
    ],
  ])('rejects %s', (_name, front, message) => {
    expect(() => articleFromMarkdown('b.md', md(front))).toThrow(message);
  });

  it('reads cite lines into sources, in their numbered order', () => {
    const input = articleFromMarkdown(
      's.md',
      md(`${UNCITED}\ncite2: "${CITE2}"\ncite1: "${CITE1}"`),
    );
    expect(input.sources).toEqual(SOURCES);
    expect(articleFromMarkdown('t.md', md(UNCITED)).sources).toBeUndefined();
  });

  it.each([
    ['three parts', 'Yonhap | Headline | https://news.example/a', /3 parts separated by \|, not 4/],
    ['five parts', `${CITE1} | extra`, /5 parts/],
    ['an empty outlet', ' | Headline | 2018-04-27 | https://news.example/a', /outlet is empty/],
    ['an empty headline', 'Yonhap |  | 2018-04-27 | https://news.example/a', /headline is empty/],
    [
      'an impossible day',
      CITE1.replace('2018-04-27', '2018-02-30'),
      /"2018-02-30" is not a real date/,
    ],
    ['a day written out', CITE1.replace('2018-04-27', '27 April 2018'), /is not a real date/],
    ['a month 13', CITE1.replace('2018-04-27', '2018-13'), /"2018-13" is not a real date/],
    [
      'a javascript: URL',
      CITE1.replace('https://news.example/a', 'javascript:alert(1)'),
      /not an http\(s\) URL/,
    ],
    ['a URL without scheme', CITE1.replace('https://', ''), /not an http\(s\) URL/],
    ['a URL with a space', CITE1.replace('/a', '/a b'), /not an http\(s\) URL/],
  ])('fails on a cite line with %s, naming the file and line', (_name, cite, message) => {
    const text = md(`${UNCITED}\ncite1: "${cite}"`);
    expect(() => articleFromMarkdown('data/x.md', text)).toThrow(message);
    // The front matter opens on line 1, so the cite line (after six others) is line 8.
    expect(() => articleFromMarkdown('data/x.md', text)).toThrow(/^data\/x\.md:8: bad cite line/);
  });

  it('fails on cites numbered with a gap, or given as a list', () => {
    expect(() => articleFromMarkdown('g.md', md(`${GOOD}\ncite3: "${CITE2}"`))).toThrow(
      /g\.md:9: "cite3" without "cite2"/,
    );
    expect(() => articleFromMarkdown('g.md', md(`${UNCITED}\ncite1: [a, b]`))).toThrow(
      /g\.md:8: "cite1" must be one quoted line/,
    );
    expect(() => articleFromMarkdown('g.md', md(`${UNCITED}\ncite0: "${CITE1}"`))).toThrow(
      /unknown key "cite0"/,
    );
  });

  it('reads a wire story with a leading date line, as the seed is written', () => {
    const seed = readFileSync('/work/shared/seeds/000_afa42ac42fd70cc7.txt', 'utf8');
    const input = articleFromText('seed.txt', seed, { id: 'seed' });
    expect(input.date).toBe('2021-08-23');
    expect(input.text.startsWith('SEOUL, South Korea (AP)')).toBe(true);
    expect(input.title.length).toBeLessThanOrEqual(161);
  });

  it('needs a date from the file or --date', () => {
    expect(() => articleFromText('n.txt', 'Title\n\nBody.', { id: 'n' })).toThrow(/no date/);
    expect(
      articleFromText('n.txt', 'Title\n\nBody.', { id: 'n', date: '2020-01-02' }),
    ).toMatchObject({
      title: 'Title',
      text: 'Body.',
      date: '2020-01-02',
    });
  });
});

describe('compiling', () => {
  it('indexes detected figures with their sentences', () => {
    const article = compileArticle(articleFromMarkdown('c.md', md(GOOD)), known, detect);
    const kim = article.mentions.find((m) => m.figure === 'kim-jong-un');
    expect(kim?.spans).toEqual([[0, 11]]);
    expect(kim?.sentences.map(([s, e]) => article.text.slice(s, e))).toEqual([
      'Kim Jong Un met Moon Jae-in at Panmunjom.',
    ]);
  });

  it('fails on a brief without any source, naming the file; an article may have none', () => {
    const uncited = articleFromMarkdown('briefs/u.md', md(UNCITED));
    expect(() => compileArticle(uncited, known, detect)).toThrow(
      /^briefs\/u\.md: a brief needs at least one source: add cite1/,
    );
    const story = articleFromMarkdown(
      'seed/s.md',
      md(UNCITED.replace('kind: brief', 'kind: article')),
    );
    expect(compileArticle(story, known, detect).sources).toBeUndefined();
  });

  it('names every uncited brief of a feed at once', () => {
    const meta = { sourceId: 'x', title: 'X', generated: '2024-01-01T00:00:00.000Z' };
    const a = articleFromMarkdown('a.md', md(UNCITED));
    const b = articleFromMarkdown('b.md', md(UNCITED.replace('brief-1', 'brief-2')));
    expect(() => compileFeed([a, b], meta, known, detect)).toThrow(
      /^a\.md: a brief needs at least one source.*\(1 more: b\.md\)$/,
    );
  });

  it('fails on an unknown figure id and on a duplicate id, naming the files', () => {
    const bad = articleFromMarkdown('d.md', md(GOOD.replace('moon-jae-in', 'moon-jae-ln')));
    expect(() => compileArticle(bad, known, detect)).toThrow(
      /d\.md: unknown figure id "moon-jae-ln"/,
    );
    const a = articleFromMarkdown('e.md', md(GOOD));
    const b = articleFromMarkdown('f.md', md(GOOD));
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
      md(`${UNCITED}\ncite1: "${CITE1}"\ncite2: "${CITE2}"`),
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
    writeFileSync(join(dir, 'one.md'), md(GOOD));
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
    writeFileSync(join(dir, 'bad.md'), md(GOOD.replace('kim-jong-un', 'kim-jong-nam')));
    expect(() => run(['--in', dir, '--out', join(dir, 'feed.json')])).toThrow(
      /bad\.md: unknown figure id "kim-jong-nam"/,
    );
  });

  it('fails the build on a brief without sources, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-uncited-'));
    writeFileSync(join(dir, 'uncited.md'), md(UNCITED));
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
