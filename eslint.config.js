// One lint for the whole repo: typescript-eslint, no HTML sinks, and the layer boundaries of
// ARCHITECTURE.md (the content script never reaches the store).
import js from '@eslint/js';
import globals from 'globals';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'No innerHTML: build nodes.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'No outerHTML: build nodes.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'No document.write.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML.',
  },
  {
    selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
    message: 'No eval.',
  },
];

const storeImports = {
  group: [
    '@/utils/store',
    '@/utils/store/*',
    '**/utils/store',
    '**/utils/store/**',
    '../store',
    '../store/**',
    '../../store',
    '../../store/**',
    'idb',
    'idb/*',
    'minisearch',
  ],
  message:
    'The content script never opens the store: ask the background with a message (ARCHITECTURE.md).',
};
const uiImports = {
  group: [
    'preact',
    'preact/*',
    '@/components/*',
    '**/components/*',
    '@/entrypoints/*',
    '**/entrypoints/*',
    'wxt/browser',
    'wxt/utils/*',
  ],
  message: 'Detection is framework-free: no UI, no browser APIs (ARCHITECTURE.md).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'public/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bench/**', 'tests/**', '*.config.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['demo/site/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Playwright fixtures without dependencies are declared with an empty pattern.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['entrypoints/content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [storeImports] }],
      // Each of these leaves a listener on the context's abort signal for good (slices.ts `later`).
      'no-restricted-properties': [
        'error',
        ...['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'].map(
          (property) => ({
            object: 'ctx',
            property,
            message:
              'Use later()/nextFrame() (entrypoints/content/slices.ts): no listener left behind.',
          }),
        ),
      ],
    },
  },
  {
    // Pages reach the store through the StoreClient (components/data/): no IndexedDB handles in components.
    files: [
      'entrypoints/popup/**',
      'entrypoints/options/**',
      'entrypoints/sidepanel/**',
      'components/**',
    ],
    ignores: ['components/data/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: storeImports.group,
              allowTypeImports: true,
              message:
                'Pages ask the store through useStoreClient() / useStore() (components/data/), never with a database handle.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/detect/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [storeImports, uiImports] }] },
  },
  {
    files: ['utils/store/**', 'utils/text/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: uiImports.group.slice(0, 6), message: 'The store has no UI.' }] },
      ],
    },
  },
);
