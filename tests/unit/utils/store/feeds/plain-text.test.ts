import { describe, expect, it } from 'vitest';
import {
  MAX_ERROR_CHARS,
  clipError,
  decodeXmlEntities,
  htmlToText,
  httpUrl,
  plainLine,
  stripUnsafe,
} from '@/utils/store/feeds/plain-text';

describe('decodeXmlEntities', () => {
  it('decodes the five XML entities and numeric references once, and nothing else', () => {
    expect(decodeXmlEntities('a &amp;amp; &lt;b&gt; &quot;&apos; &#65;&#x42; &nbsp; &lol;')).toBe(
      'a &amp; <b> "\' AB &nbsp; &lol;',
    );
  });
  it('drops references to NUL, surrogates and beyond Unicode', () => {
    expect(decodeXmlEntities('x&#0;&#xD800;&#x110000;&#99999999999;y')).toBe('x&#99999999999;y');
  });
});

describe('htmlToText', () => {
  it('keeps text, drops tags, scripts, styles and comments, and makes block tags paragraphs', () => {
    const html =
      '<p>Kim <b>Yo</b> Jong said.</p><script>alert(1)</script><style>p{}</style><!-- c --><img src=x onerror="alert(1)"><p>Second &amp; last.</p>';
    expect(htmlToText(html, 1000)).toBe('Kim Yo Jong said.\n\nSecond & last.');
  });
  it('never decodes twice, and an unclosed tag or script swallows only itself', () => {
    expect(htmlToText('&amp;lt;script&amp;gt;', 100)).toBe('&lt;script&gt;');
    expect(htmlToText('before <script>never', 100)).toBe('before');
    expect(htmlToText('a <b', 100)).toBe('a');
  });
  it('is bounded', () => {
    expect(htmlToText('x'.repeat(10_000), 50)).toHaveLength(50);
  });
});

describe('stripUnsafe and plainLine', () => {
  it('removes NUL, controls and lone surrogates but keeps pairs', () => {
    expect(stripUnsafe('a\u0000b\u0007c\ud800d\udc00e😀\tf')).toBe('abcde😀\tf');
  });
  it('never cuts a surrogate pair', () => {
    expect(plainLine('ab😀', 3)).toBe('ab');
  });
});

describe('httpUrl', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'chrome://settings',
    'https://u:p@x.example/',
  ])('drops %s', (value) => expect(httpUrl(value)).toBeNull());
  it('keeps http(s), resolved against a base', () => {
    expect(httpUrl('/a?b=1', 'https://news.example/feed')).toBe('https://news.example/a?b=1');
  });
});

describe('clipError', () => {
  it('cuts a long message to a few hundred characters on one line', () => {
    const clipped = clipError(`bad\n${'x'.repeat(5000)}`);
    expect(clipped.length).toBeLessThanOrEqual(MAX_ERROR_CHARS);
    expect(clipped).not.toContain('\n');
  });
});
