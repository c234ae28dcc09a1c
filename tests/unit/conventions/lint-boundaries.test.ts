/** The architecture cannot rot silently: lint refuses layer-crossing imports and HTML sinks. */
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const eslint = new ESLint();

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

test.each([
  [
    'the content script importing the store',
    'entrypoints/content/x.ts',
    "import { search } from '@/utils/store';\nexport const s = search;\n",
  ],
  [
    'the content script opening IndexedDB through idb',
    'entrypoints/content/x.ts',
    "import { openDB } from 'idb';\nexport const o = openDB;\n",
  ],
  [
    'a panel component opening the store itself',
    'entrypoints/sidepanel/x.tsx',
    "import { prepareStore } from '@/utils/store';\nexport const p = prepareStore;\n",
  ],
  [
    'a shared component opening the store itself',
    'components/x.ts',
    "import { search } from '@/utils/store';\nexport const s = search;\n",
  ],
  [
    'detection importing preact',
    'utils/detect/x.ts',
    "import { h } from 'preact';\nexport const x = h;\n",
  ],
])('refuses %s', async (_name, file, code) => {
  const rules = await lint(file, code);
  expect(rules.some((rule) => rule.endsWith('no-restricted-imports'))).toBe(true);
});

test.each([
  ['innerHTML', 'export function f(e: HTMLElement, s: string) { e.innerHTML = s; }\n'],
  [
    'insertAdjacentHTML',
    "export function f(e: HTMLElement, s: string) { e.insertAdjacentHTML('beforeend', s); }\n",
  ],
  ['document.write', 'export function f(s: string) { document.write(s); }\n'],
])('refuses %s anywhere', async (_name, code) => {
  const rules = await lint('components/x.ts', code);
  expect(
    rules.some((rule) => rule === 'no-restricted-syntax' || rule.startsWith('no-unsanitized')),
  ).toBe(true);
});

test('allows the content script to import detection and messages', async () => {
  const code =
    "import { detect } from '@/utils/detect';\nimport { refuse } from '@/utils/protocol';\nexport const x = [detect, refuse];\n";
  expect(await lint('entrypoints/content/x.ts', code)).not.toContain('no-restricted-imports');
});

test('allows pages to import store types, and the StoreClient to import the store', async () => {
  const typeOnly =
    "import type { FigureArticle } from '@/utils/store';\nexport type A = FigureArticle;\n";
  expect(await lint('entrypoints/sidepanel/x.tsx', typeOnly)).toEqual([]);
  const client = "import { search } from '@/utils/store';\nexport const s = search;\n";
  expect(await lint('components/data/x.ts', client)).toEqual([]);
});

test('refuses detection reaching the store by a relative path', async () => {
  const code = "import { search } from '../store/queries/search';\nexport const s = search;\n";
  expect(await lint('utils/detect/x.ts', code)).toContain('no-restricted-imports');
});
