/** Fails fast, with the fix, when the test build or Chromium is missing. */
import { existsSync } from 'node:fs';
import { INSTALL_CHROMIUM_HINT, findChromium } from '../../scripts/lib/find-browser';
import { EXTENSION_DIR } from './harness';

export default function globalSetup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No test build in ${EXTENSION_DIR}: run \`npm run build:test\` first.`);
  }
  if (!findChromium()) throw new Error(INSTALL_CHROMIUM_HINT);
}
