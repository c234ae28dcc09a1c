import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromMarkdown, articleFromText } from '@/utils/store/compile/sources';
import {
  CITE1,
  CITE2,
  GOOD_FRONT_MATTER,
  SOURCES,
  UNCITED_FRONT_MATTER,
  withFrontMatter,
} from '../helpers';

describe('source files', () => {
  it.each([
    ['a missing date', GOOD_FRONT_MATTER.replace('date: 2018-04-27\n', ''), /date is missing/],
    [
      'an impossible date',
      GOOD_FRONT_MATTER.replace('2018-04-27', '2018-02-30'),
      /not a valid YYYY-MM-DD/,
    ],
    ['an unknown key', `${GOOD_FRONT_MATTER}\nauthor: someone`, /unknown key "author"/],
    [
      'figures that are not a list',
      GOOD_FRONT_MATTER.replace('[kim-jong-un, moon-jae-in]', 'kim-jong-un'),
      /must be a list/,
    ],
  ])('rejects %s', (_name, front, message) => {
    expect(() => articleFromMarkdown('b.md', withFrontMatter(front))).toThrow(message);
  });

  it('reads cite lines into sources, in their numbered order', () => {
    const input = articleFromMarkdown(
      's.md',
      withFrontMatter(`${UNCITED_FRONT_MATTER}\ncite2: "${CITE2}"\ncite1: "${CITE1}"`),
    );
    expect(input.sources).toEqual(SOURCES);
    expect(
      articleFromMarkdown('t.md', withFrontMatter(UNCITED_FRONT_MATTER)).sources,
    ).toBeUndefined();
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
    const text = withFrontMatter(`${UNCITED_FRONT_MATTER}\ncite1: "${cite}"`);
    expect(() => articleFromMarkdown('data/x.md', text)).toThrow(message);
    // The front matter opens on line 1, so the cite line (after six others) is line 8.
    expect(() => articleFromMarkdown('data/x.md', text)).toThrow(/^data\/x\.md:8: bad cite line/);
  });

  it('fails on cites numbered with a gap, or given as a list', () => {
    expect(() =>
      articleFromMarkdown('g.md', withFrontMatter(`${GOOD_FRONT_MATTER}\ncite3: "${CITE2}"`)),
    ).toThrow(/g\.md:9: "cite3" without "cite2"/);
    expect(() =>
      articleFromMarkdown('g.md', withFrontMatter(`${UNCITED_FRONT_MATTER}\ncite1: [a, b]`)),
    ).toThrow(/g\.md:8: "cite1" must be one quoted line/);
    expect(() =>
      articleFromMarkdown('g.md', withFrontMatter(`${UNCITED_FRONT_MATTER}\ncite0: "${CITE1}"`)),
    ).toThrow(/unknown key "cite0"/);
  });

  it('reads a wire story with a leading date line, as the seed is written', () => {
    const seed = readFileSync('docs/examples/articles/2021-08-23-ap-sung-kim-seoul.txt', 'utf8');
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
