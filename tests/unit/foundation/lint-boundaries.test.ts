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
    'detection importing preact',
    'utils/detect/x.ts',
    "import { h } from 'preact';\nexport const x = h;\n",
  ],
])('refuses %s', async (_name, file, code) => {
  expect(await lint(file, code)).toContain('no-restricted-imports');
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
    "import { detect } from '@/utils/detect';\nimport { refuse } from '@/utils/messages';\nexport const x = [detect, refuse];\n";
  expect(await lint('entrypoints/content/x.ts', code)).not.toContain('no-restricted-imports');
});
