/**
 * The page benchmark's archive: about 1,000,000 characters of news in 20,000+ text nodes (inline
 * links and emphasis split every paragraph), with about 500 names in five scripts. Deterministic.
 */
import { FILLER, NAMES } from '../corpus';
import { rng } from '../random';

const SCRIPTS = ['en', 'en', 'en', 'en', 'ko', 'zh', 'ru', 'ja'];
const SEPARATOR: Record<string, string> = { en: ' ', ko: ' ', zh: '', ru: ' ', ja: '' };

/** The archive page's HTML, and what is in it. */
export interface Archive {
  html: string;
  chars: number;
  textNodes: number;
  names: number;
  paragraphs: number;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** About `chars` characters of archive, a name in one paragraph of eight. */
export function generateArchive(chars = 1_000_000, seed = 7): Archive {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (lang: string, length: number): string => {
    const sep = SEPARATOR[lang]!;
    let out = '';
    while (out.length < length) out += pick(FILLER[lang]!) + sep;
    return out;
  };
  const body: string[] = [];
  let total = 0;
  let textNodes = 0;
  let names = 0;
  let paragraphs = 0;
  for (let article = 0; total < chars; article++) {
    const lang = pick(SCRIPTS);
    const headline = words(lang, 50).trim();
    body.push(`<article><h2>${escape(headline)}</h2>`);
    body.push(
      `<p class="byline">By <a href="#a${article}">Staff ${article}</a> · <time>2021-06-${String((article % 28) + 1).padStart(2, '0')}</time></p>`,
    );
    total += headline.length + 30;
    textNodes += 5;
    for (let p = 0; p < 8 && total < chars; p++) {
      // Five text nodes: text, <em>text</em>, text, <a>text</a>, text.
      const pieces = [0, 1, 2, 3, 4].map(() => words(lang, 40 + next() * 20));
      if (next() < 0.125) {
        const at = Math.floor(next() * 5);
        pieces[at] = `${pieces[at]}${pick(NAMES[lang]!)}${SEPARATOR[lang]}`;
        names++;
      }
      const [a, b, c, d, e] = pieces.map(escape);
      body.push(`<p>${a}<em>${b}</em>${c}<a href="#p${paragraphs}">${d}</a>${e}</p>`);
      total += pieces.reduce((n, piece) => n + piece.length, 0);
      textNodes += 5;
      paragraphs++;
    }
    body.push('</article>');
  }
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive (bench)</title>' +
    '<meta property="article:published_time" content="2021-06-21"></head><body><main id="archive">' +
    body.join('\n') +
    '</main></body></html>';
  return { html, chars: total, textNodes, names, paragraphs };
}
