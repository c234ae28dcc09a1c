/** Finds a Chromium or Firefox binary the way a newcomer's machine would have one. */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function playwrightChromiums(): string[] {
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => name.startsWith('chromium'))
    .flatMap((name) => [
      join(cache, name, 'chrome-linux', 'chrome'),
      join(cache, name, 'chrome-linux64', 'chrome'),
    ]);
}

/** CHROME_PATH first, then Debian's Chromium, other common places, then Playwright's cache. */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ...playwrightChromiums(),
  ];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!)) ?? null;
}

/** FIREFOX_PATH first, then Debian's Firefox ESR and Firefox. */
export function findFirefox(): string | null {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/bin/firefox',
  ];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!)) ?? null;
}

/** What to tell someone whose machine has no Chromium. */
export const INSTALL_CHROMIUM_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

/** Flags that keep Chromium quiet on a closed network and in CI. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Chromium refuses to run as root with its sandbox on (containers, CI).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
  ];
}
