/** The browser finder honours CHROME_PATH. */
import { afterEach, expect, test } from 'vitest';
import { findChromium } from '../../../../scripts/lib/find-browser';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

test('CHROME_PATH wins when it points at a file', () => {
  process.env.CHROME_PATH = process.execPath;
  expect(findChromium()).toBe(process.execPath);
});

test('a CHROME_PATH that does not exist is passed over', () => {
  process.env.CHROME_PATH = '/nonexistent/chrome';
  expect(findChromium()).not.toBe('/nonexistent/chrome');
});
