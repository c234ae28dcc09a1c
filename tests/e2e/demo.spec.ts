/** The newcomer's first command works headless: the demo page opens, gets marked, and is captured. */
import { test as base, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

base(
  'npm run demo -- --headless --screenshot marks the demo article and saves pictures',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backchannel-demo-'));
    const out = join(dir, 'demo.png');
    const { stdout } = await promisify(execFile)(
      'npx',
      [
        'tsx',
        'scripts/demo.ts',
        '--headless',
        '--screenshot',
        out,
        '--extension',
        '.output/chrome-mv3-test',
      ],
      { timeout: 60_000 },
    );
    expect(stdout).toContain('Backchannel marked the names on the page.');
    for (const name of [
      'demo',
      'demo-card',
      'demo-card-dark',
      'demo-popup',
      'demo-popup-dark',
      'demo-panel',
      'demo-panel-dark',
    ]) {
      const file = join(dir, `${name}.png`);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }
  },
);
