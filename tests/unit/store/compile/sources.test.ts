import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromMarkdown, articleFromText } from '../../../../utils/store/compile/sources';
import { GOOD_FRONT_MATTER, withFrontMatter } from '../helpers';

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
