/**
 * The content script runs on every page the reader opens: its size is a budget (≤ 60 KB
 * gzipped), and it carries the catalogue without bios and role sources (the card asks the
 * background for those; scripts/lib/content-catalogue-plugin.ts).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { FIGURES } from '../../utils/detect/catalogue';

const BUDGET_GZIP_BYTES = 60 * 1024;

describe.each(['chrome-mv3', 'firefox-mv2'])('%s content script', (dir) => {
  const script = readFileSync(`.output/${dir}/content-scripts/content.js`, 'utf8');
  test('is at most 60 KB gzipped', () => {
    expect(gzipSync(script).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
  test('carries every figure’s name but no bio, no role title and no source', () => {
    for (const figure of FIGURES) {
      expect(script).toContain(JSON.stringify(figure.name).slice(1, -1));
      expect(script).not.toContain(figure.bio.slice(0, 60));
      // Long titles only: short ones ("President") are words the script has for other reasons.
      for (const role of figure.roles.filter((r) => r.title.length > 30)) {
        expect(script).not.toContain(role.title);
      }
      for (const source of figure.roles.flatMap((role) => role.sources ?? [])) {
        expect(script).not.toContain(source.url);
      }
    }
  });
});
