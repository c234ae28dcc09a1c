/**
 * The popup opens at every click on the toolbar button: what it loads before its first render is
 * a budget, and it names figures from the catalogue's names view (utils/detect/figure-names.ts,
 * packed by the build), never the whole catalogue with bios and role sources; the store's search,
 * feed parsing and detection load only when used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { FIGURES } from '../../utils/detect/catalogue';

const BUDGET_GZIP_BYTES = 40 * 1024;

/** Every script popup.html loads before it runs: its module scripts and their static imports. */
function startScripts(dir: string): Map<string, string> {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const pending = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));
  const scripts = new Map<string, string>();
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (scripts.has(path)) continue;
    const text = readFileSync(join(dir, path), 'utf8');
    scripts.set(path, text);
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`.
    for (const m of text.matchAll(
      /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g,
    ))
      pending.push(join(path, '..', m[1]!));
  }
  return scripts;
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s popup', (dir) => {
  const scripts = startScripts(`.output/${dir}`);
  const all = [...scripts.values()].join('\n');

  test(`loads at most ${BUDGET_GZIP_BYTES / 1024} KB gzipped before its first render`, () => {
    const gzipped = [...scripts.values()].reduce((sum, text) => sum + gzipSync(text).length, 0);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  test('carries every figure’s name but no bio and no role source', () => {
    for (const figure of FIGURES) {
      expect(all).toContain(JSON.stringify(figure.name).slice(1, -1));
      expect(all).not.toContain(figure.bio.slice(0, 60));
      for (const source of figure.roles.flatMap((role) => role.sources ?? []))
        expect(all).not.toContain(source.url);
    }
  });

  test('leaves the store’s search and feed parsing to chunks loaded when used', () => {
    // Texts of MiniSearch and of fast-xml-parser's errors, which minifying keeps.
    expect(all).not.toContain('MiniSearch');
    expect(all).not.toContain('Invalid DOCTYPE');
  });
});
