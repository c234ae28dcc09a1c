/** Loads the annotated fixture documents of tests/fixtures/detect (format in its README). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GoldLink, parseAnnotatedFile } from '../../../../scripts/lib/annotated';

// One parser for the detect fixtures and the eval corpus (scripts/lib/annotated.ts).
export { type GoldLink, parseMarked } from '../../../../scripts/lib/annotated';

/** One annotated document. */
export interface AnnotatedDoc {
  name: string;
  text: string;
  date: string | null;
  links: GoldLink[];
}

export const FIXTURES = join(__dirname, '../../../fixtures/detect');

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
    const { header, text, links } = parseAnnotatedFile(
      readFileSync(join(FIXTURES, 'docs', file), 'utf8'),
    );
    const date = /^\d{4}-\d{2}-\d{2}$/.test(header.date ?? '') ? header.date! : null;
    docs.push({ name: file, date, text, links });
  }
  return docs;
}
