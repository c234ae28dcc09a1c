import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../utils/detect';
import { FIGURES } from '../../../../utils/detect/catalogue';
import { compileArticle, compileFeed } from '../../../../utils/store/compile/compile';
import { markdownToText, parseFrontMatter } from '../../../../utils/store/compile/front-matter';
import { articleFromMarkdown, articleFromText } from '../../../../utils/store/compile/sources';
import { readFeed } from '../../../../utils/store/feeds/validate';

const known = new Set(FIGURES.map((f) => f.id));
const md = (
  front: string,
  body = 'Kim Jong Un met Moon Jae-in at Panmunjom. They signed a declaration.',
) => `---\n${front}\n---\n${body}\n`;
const GOOD =
  'id: brief-1\ntitle: A summit\ndate: 2018-04-27\nfigures: [kim-jong-un, moon-jae-in]\nkind: brief\nlang: en';

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

  it('ships a valid example feed in docs/examples', () => {
    const example = readFeed(readFileSync('docs/examples/feed.example.json', 'utf8'), {
      catalogue: known,
    });
    expect(example).toMatchObject({ ok: true });
  });
});
