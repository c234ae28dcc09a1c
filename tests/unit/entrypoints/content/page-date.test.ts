// @vitest-environment happy-dom
/** The article's date comes from what the page declares, in the usual places. */
import { expect, test } from 'vitest';
import { pageDate } from '@/entrypoints/content/page-date';
import { leadingIsoDay } from '@/utils/validate/dates';

function doc(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

test.each([
  [
    'article:published_time',
    '<meta property="article:published_time" content="2021-08-23T09:41:00+09:00">',
    '2021-08-23',
  ],
  ['meta name=date', '<meta name="date" content="2019-02-28">', '2019-02-28'],
  [
    'JSON-LD',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-06-12T08:00:00Z"}</script>',
    '2018-06-12',
  ],
  ['nothing', '<meta name="author" content="AP">', null],
  ['garbage', '<meta property="article:published_time" content="last Tuesday">', null],
])('reads the date from %s', (_name, head, expected) => {
  expect(pageDate(doc(head))).toBe(expected);
});

test('falls back to the first <time datetime>', () => {
  expect(pageDate(doc('', '<time datetime="2023-09-13">13 Sept</time>'))).toBe('2023-09-13');
});

test('rejects impossible dates', () => {
  expect(leadingIsoDay('2021-13-40')).toBeNull();
});
