/**
 * Feed text made plain and safe without a DOM: the MV3 service worker has no DOMParser, and feed HTML must never
 * become DOM anywhere. Tags are dropped, the five XML entities and numeric references decoded, and what a store
 * cannot hold (NUL and other controls, lone surrogates) removed.
 */

/** Longest error message a sync keeps or shows. */
export const MAX_ERROR_CHARS = 300;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// HTML names common in feeds; anything else stays as written (never looked up in a table a feed controls).
const HTML_NAMED: Record<string, string> = {
  ...NAMED,
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};
HTML_NAMED['lsquo'] = '‘';
HTML_NAMED['rsquo'] = '’';
HTML_NAMED['ldquo'] = '“';
HTML_NAMED['rdquo'] = '”';

function fromCodePoint(code: number): string {
  // NUL, surrogates and beyond-Unicode references are not characters: drop them.
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return '';
  if (code >= 0xd800 && code <= 0xdfff) return '';
  return String.fromCodePoint(code);
}

function decodeWith(text: string, names: Record<string, string>): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z]{2,8});/g,
    (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X'))
        return fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return fromCodePoint(parseInt(ref.slice(1), 10));
      return Object.hasOwn(names, ref) ? (names[ref] ?? whole) : whole;
    },
  );
}

/** Decode the five XML entities and numeric character references, once; nothing else is expanded. */
export function decodeXmlEntities(text: string): string {
  return decodeWith(text, NAMED);
}

/** Remove what a stored string must not hold: NUL and C0/C1 controls (not tab or newline) and lone surrogates. */
export function stripUnsafe(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- the point is to match control characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

/** One line of plain text: safe characters, whitespace collapsed, cut to `max` (without splitting a pair). */
export function plainLine(text: string, max: number): string {
  return cut(stripUnsafe(text).replace(/\s+/g, ' ').trim(), max);
}

/** Cut at `max` UTF-16 units without leaving half a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|pre|hr|figure)$/i;

/**
 * Feed HTML as plain paragraphs, by a scan over the string (no DOM): comments, `script`/`style`/`template`
 * contents and every tag are removed, block tags end a paragraph, entities are decoded once at the end.
 */
export function htmlToText(html: string, max: number): string {
  const source = html.length > max * 4 ? html.slice(0, max * 4) : html;
  let out = '';
  let at = 0;
  const tag =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*(?:>|$)|<![^>]*(?:>|$)|<\?[^>]*(?:>|$)/g;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    out += source.slice(at, match.index);
    at = match.index + match[0].length;
    const name = match[1]?.toLowerCase();
    if (match[0].startsWith('<![CDATA[')) {
      out += match[0].slice(9).replace(/\]\]>$/, '');
    } else if (
      name &&
      !match[0].startsWith('</') &&
      /^(?:script|style|template|noscript)$/.test(name)
    ) {
      // Skip to the matching close tag: what is inside never reaches the text.
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = at;
      const end = close.exec(source);
      at = end ? end.index + end[0].length : source.length;
      tag.lastIndex = at;
    } else if (name && BLOCK.test(name)) {
      out += '\n\n';
    } else if (name) {
      out += ' ';
    }
  }
  out += source.slice(at);
  return cut(paragraphs(decodeWith(out, HTML_NAMED)), max);
}

/** Plain text with paragraphs separated by one blank line and spaces collapsed inside them. */
export function paragraphs(text: string): string {
  return stripUnsafe(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** An error message cut to a few hundred characters, on one line. */
export function clipError(message: string): string {
  const line = stripUnsafe(message).replace(/\s+/g, ' ').trim();
  return line.length <= MAX_ERROR_CHARS ? line : `${cut(line, MAX_ERROR_CHARS - 1)}…`;
}

/** An http(s) URL as a string, or null: `javascript:`, `data:`, `file:` and every other scheme are dropped. */
export function httpUrl(value: string, base?: string, maxChars = 2048): string | null {
  const trimmed = stripUnsafe(value).trim();
  if (trimmed.length === 0 || trimmed.length > maxChars) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const href = url.href;
  return href.length <= maxChars ? href : null;
}
