import { defineConfig } from 'vitest/config';

// Checks on the built extensions (run after `npm run build` and `npm run build:firefox`).
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node' },
});
