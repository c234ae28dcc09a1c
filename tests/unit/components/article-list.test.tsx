// @vitest-environment happy-dom
/** Stored articles render as text: hostile titles stay text and only web links become links. */
import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { ArticleList } from '@/components/ArticleList';

let root: HTMLElement;
afterEach(() => root?.remove());

function mount(items: Parameters<typeof ArticleList>[0]['items']) {
  root = document.createElement('div');
  document.body.append(root);
  render(<ArticleList items={items} label="Articles" />, root);
  return root;
}

test('a title with markup is shown as text, never parsed', () => {
  const view = mount([{ id: 'a', title: '<img src=x onerror=alert(1)>', date: '2021-08-23' }]);
  expect(view.querySelector('img')).toBeNull();
  expect(view.textContent).toContain('<img src=x onerror=alert(1)>');
});

test('an http(s) URL becomes a link that opens safely in a new tab', () => {
  const view = mount([
    { id: 'a', title: 'Story', date: '2021-08-23', url: 'https://news.example/a' },
  ]);
  const link = view.querySelector('a')!;
  expect(link.getAttribute('href')).toBe('https://news.example/a');
  expect(link.getAttribute('rel')).toContain('noopener');
});

test('a javascript: URL does not become a link', () => {
  const view = mount([{ id: 'a', title: 'Story', date: '2021-08-23', url: 'javascript:alert(1)' }]);
  expect(view.querySelector('a')).toBeNull();
  expect(view.textContent).toContain('Story');
});

test('the sentences that mention a figure are quoted under the title', () => {
  const view = mount([
    { id: 'a', title: 'Story', date: '2021-08-23', sentences: ['Kim said so.'] },
  ]);
  expect(view.querySelector('blockquote')?.textContent).toBe('Kim said so.');
  expect(view.querySelector('ul')?.getAttribute('aria-label')).toBe('Articles');
});

test('long runs of mentions are summarised after two quotes', () => {
  const view = mount([
    { id: 'a', title: 'Story', date: '2021-08-23', sentences: ['One.', 'Two.', 'Three.'] },
  ]);
  expect(view.querySelectorAll('blockquote')).toHaveLength(2);
  expect(view.textContent).toContain('and 1 more sentence naming them in this article');
});

test('a brief lists its sources, each a safe web link; other links are dropped', () => {
  const view = mount([
    {
      id: 'b',
      title: 'Brief',
      date: '2018-06-12',
      sources: [
        {
          outlet: 'Yonhap',
          title: 'Summit held',
          date: '2018-06-12',
          url: 'https://yna.example/a',
        },
        { outlet: 'Evil', title: 'x', date: '2018-06-12', url: 'javascript:alert(1)' },
      ],
    },
  ]);
  const sources = view.querySelector('[aria-label="Sources of “Brief”"]')!;
  expect(sources.textContent).toBe('Yonhap');
  const link = sources.querySelector('a')!;
  expect(link.getAttribute('href')).toBe('https://yna.example/a');
  expect(link.getAttribute('title')).toBe('Summit held (2018-06-12)');
  expect(link.getAttribute('rel')).toContain('noopener');
});

test('a figure view with two sentences and a count says how many more name the figure', () => {
  const view = mount([
    { id: 'a', title: 'Story', date: '2021-08-23', sentences: ['One.', 'Two.'], sentenceCount: 5 },
  ]);
  expect(view.querySelectorAll('blockquote')).toHaveLength(2);
  expect(view.textContent).toContain('and 3 more sentences naming them');
});
