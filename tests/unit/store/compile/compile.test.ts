import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../utils/detect';
import { FIGURES } from '../../../../utils/detect/catalogue';
import { compileArticle, compileFeed } from '../../../../utils/store/compile/compile';
import { articleFromMarkdown } from '../../../../utils/store/compile/sources';
import { readFeed } from '../../../../utils/store/feeds/validate';
import { GOOD_FRONT_MATTER, withFrontMatter } from '../helpers';

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

  it('ships a valid example feed in docs/examples', () => {
    const example = readFeed(readFileSync('docs/examples/feed.example.json', 'utf8'), {
      catalogue: known,
    });
    expect(example).toMatchObject({ ok: true });
  });
});
