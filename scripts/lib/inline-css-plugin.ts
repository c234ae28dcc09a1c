/**
 * Vite's `?inline` CSS imports for the esbuild bundles that load our in-page UI outside of WXT
 * (tests/e2e/card-preview/build.ts, bench/page.ts): `import css from './card.css?inline'` gives
 * the stylesheet as text, its `@import`s bundled and minified. Relative paths only (no `@/`
 * alias), and minified by esbuild, where the extension's build uses Lightning CSS (which also
 * merges rules): the same sheet, some 35 B apart.
 */
import { build, type Plugin } from 'esbuild';
import { resolve } from 'node:path';

export function inlineCss(): Plugin {
  return {
    name: 'inline-css',
    setup(on) {
      on.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
        path: resolve(args.resolveDir, args.path.slice(0, -'?inline'.length)),
        namespace: 'inline-css',
      }));
      on.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
        const result = await build({
          entryPoints: [args.path],
          bundle: true,
          minify: true,
          write: false,
          logLevel: 'silent',
          metafile: true,
        });
        const watchFiles = Object.keys(result.metafile.inputs).map((input) => resolve(input));
        return { contents: result.outputFiles[0]!.text, loader: 'text', watchFiles };
      });
    },
  };
}
