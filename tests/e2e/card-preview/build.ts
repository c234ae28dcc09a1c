/** Builds the card preview page (preview.tsx) into a folder the test server serves. */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inlineCss } from '../../../scripts/lib/inline-css-plugin';

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Card preview</title></head>
  <body><main><h1>Card preview</h1><p>A page with the hover card open.</p></main>
  <script type="module" src="./preview.js"></script></body>
</html>
`;

/** Returns the folder holding `index.html` and `preview.js`. */
export async function buildCardPreview(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'card-preview-'));
  const stub = resolve('tests/e2e/card-preview/browser-stub.ts');
  await build({
    entryPoints: [resolve('tests/e2e/card-preview/preview.tsx')],
    outfile: join(folder, 'preview.js'),
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: resolve('tsconfig.json'),
    logLevel: 'error',
    plugins: [
      inlineCss(),
      {
        name: 'browser-stub',
        setup(on) {
          on.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: stub }));
        },
      },
    ],
  });
  writeFileSync(join(folder, 'index.html'), HTML);
  return folder;
}
