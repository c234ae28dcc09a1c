/**
 * `npm run store:build`: compile data/articles into the bundled store (public/store/bundle.json), or, with
 * `--in DIR --out FILE [--source-id ID] [--title T] [--url U] [--date YYYY-MM-DD] [--pretty]`, any folder of Markdown or
 * plain-text articles into a Backchannel feed file (docs/feed.md). Fails with the file name on bad input.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../utils/detect/index';
import { FIGURES } from '../utils/detect/catalogue';
import { compileFeed } from '../utils/store/compile/compile';
import { SourceError } from '../utils/store/compile/front-matter';
import {
  articleFromMarkdown,
  articleFromText,
  type ArticleInput,
} from '../utils/store/compile/sources';
import { BUNDLED_SOURCE_ID, type Feed } from '../utils/store/feeds/schema';
import { catalogueProblems } from '../utils/detect/catalogue-check';
import { isIsoDay } from '../utils/validate/dates';
import { RECORD_ID_PATTERN } from '../utils/validate/ids';
import { readFeed } from '../utils/store/feeds/validate';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path);
      return ['.md', '.markdown', '.txt'].includes(extname(name).toLowerCase()) &&
        name !== 'README.md'
        ? [path]
        : [];
    });
}

function slug(name: string): string {
  return basename(name, extname(name))
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 128);
}

function readInputs(dir: string, date: string | undefined): ArticleInput[] {
  return listFiles(dir).map((path) => {
    const file = relative(process.cwd(), path);
    const content = readFileSync(path, 'utf8');
    return extname(path).toLowerCase() === '.txt'
      ? articleFromText(file, content, { id: slug(path), ...(date ? { date } : {}) })
      : articleFromMarkdown(file, content);
  });
}

/** A hash of everything but the build time, so an unchanged bundle is not reseeded. */
function contentHash(feed: Feed): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({ sources: feed.sources, figures: feed.figures ?? [], articles: feed.articles }),
  );
  return `sha256-${hash.digest('hex')}`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      'source-id': { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      pretty: { type: 'boolean' },
    },
  });
  const bundle = values.in === undefined;
  const inDir = resolve(values.in ?? join(root, 'data/articles'));
  const outFile = resolve(values.out ?? join(root, 'public/store/bundle.json'));
  const sourceId = values['source-id'] ?? (bundle ? BUNDLED_SOURCE_ID : slug(inDir));
  if (!RECORD_ID_PATTERN.test(sourceId))
    throw new Error(`--source-id "${sourceId}" must be letters, digits, . _ ~ -`);
  if (values.date !== undefined && !isIsoDay(values.date))
    throw new Error(`--date "${values.date}" is not YYYY-MM-DD`);
  const inputs = readInputs(inDir, values.date);
  if (inputs.length === 0) throw new Error(`no .md or .txt articles in ${inDir}`);
  if (bundle) {
    const problems = catalogueProblems(FIGURES);
    if (problems.length > 0)
      throw new Error(
        `the figure catalogue has ${problems.length} problems:\n  ${problems.join('\n  ')}`,
      );
  }
  const known = new Set(FIGURES.map((f) => f.id));
  const meta = {
    sourceId,
    title: values.title ?? (bundle ? 'Backchannel briefs' : basename(inDir)),
    generated: new Date().toISOString(),
    ...(values.url ? { url: values.url } : {}),
  };
  const feed = compileFeed(inputs, meta, known, detect);
  feed.contentHash = contentHash(feed);
  // Check the output with the same reader the extension uses, so a feed we write is a feed it accepts.
  const check = readFeed(feed, { catalogue: known });
  if (!check.ok) throw new Error(check.error);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(feed, null, values.pretty ? 2 : undefined)}\n`);
  const mentions = feed.articles.reduce((n, a) => n + a.mentions.length, 0);
  const silent = FIGURES.filter(
    (f) => !feed.articles.some((a) => a.mentions.some((m) => m.figure === f.id)),
  );
  console.log(
    `store:build: ${feed.articles.length} articles, ${mentions} figure mentions → ${relative(process.cwd(), outFile)}`,
  );
  if (bundle && silent.length > 0)
    console.log(`  no stored article yet for: ${silent.map((f) => f.id).join(', ')}`);
}

try {
  main();
} catch (error) {
  const message =
    error instanceof SourceError || error instanceof Error ? error.message : String(error);
  console.error(`store:build failed: ${message}`);
  process.exit(1);
}
