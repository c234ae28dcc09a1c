/** Loads the annotated fixture documents of tests/fixtures/detect (format in its README). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A gold link: UTF-16 span and figure id, or "?" for a name that must stay unlinked. */
export interface GoldLink {
  start: number;
  end: number;
  figureId: string;
}

/** One annotated document. */
export interface AnnotatedDoc {
  name: string;
  text: string;
  date: string | null;
  links: GoldLink[];
}

export const FIXTURES = join(__dirname, '../../../fixtures/detect');

/** Strips `[[surface|id]]` marks, returning the plain text and the marked spans. */
export function parseMarked(marked: string): { text: string; links: GoldLink[] } {
  const links: GoldLink[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[\[([^|\]]+)\|([^\]]+)\]\]/g)) {
    text += marked.slice(last, m.index);
    links.push({ start: text.length, end: text.length + m[1]!.length, figureId: m[2]! });
    text += m[1]!;
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), links };
}

/** The seed article and every marked document. */
export function loadAnnotated(): AnnotatedDoc[] {
  const seedLinks = JSON.parse(
    readFileSync(join(FIXTURES, 'seed-ap-2021-08-23.links.json'), 'utf8'),
  ) as {
    date: string;
    links: [number, number, string][];
  };
  const docs: AnnotatedDoc[] = [
    {
      name: 'seed',
      text: readFileSync(join(FIXTURES, 'seed-ap-2021-08-23.txt'), 'utf8'),
      date: seedLinks.date,
      links: seedLinks.links.map(([start, end, figureId]) => ({ start, end, figureId })),
    },
  ];
  for (const file of readdirSync(join(FIXTURES, 'docs')).sort()) {
    const raw = readFileSync(join(FIXTURES, 'docs', file), 'utf8');
    const newline = raw.indexOf('\n');
    const date = /^date: (\d{4}-\d{2}-\d{2})$/.exec(raw.slice(0, newline))?.[1] ?? null;
    docs.push({ name: file, date, ...parseMarked(raw.slice(newline + 1)) });
  }
  return docs;
}
