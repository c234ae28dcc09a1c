/** The English and Korean catalogues say the same things: same keys, same placeholders, sorted. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Catalogue } from '@/utils/i18n';

const LOCALES = join(import.meta.dirname, '../../../public/_locales');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;
const english = read('en');
const korean = read('ko');

/** What a message needs from its caller: its placeholders and the `$n` each stands for. */
function placeholders(entry: Catalogue[string]): string[] {
  const named = Object.entries(entry.placeholders ?? {}).map(
    ([name, { content }]) => `${name.toLowerCase()}=${content}`,
  );
  const used = [...entry.message.matchAll(/\$([A-Za-z_]\w*)\$/g)].map((m) => m[1]!.toLowerCase());
  return [...named.sort(), ...new Set(used.sort().map((name) => `uses ${name}`))];
}

describe('message catalogues', () => {
  test('the UI speaks English and Korean', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(['en', 'ko']);
  });

  test('English and Korean have the same keys', () => {
    expect(Object.keys(korean).sort()).toEqual(Object.keys(english).sort());
  });

  test.each(Object.keys(english))('%s: the same placeholders in both', (key) => {
    const entry = korean[key];
    expect(entry, `${key} is missing in ko`).toBeDefined();
    expect(placeholders(entry!)).toEqual(placeholders(english[key]!));
  });

  test.each([
    ['en', english],
    ['ko', korean],
  ])(
    '%s: keys sorted (merges stay easy), none empty, every placeholder used',
    (_lang, catalogue) => {
      const keys = Object.keys(catalogue);
      expect(keys).toEqual([...keys].sort());
      for (const [key, entry] of Object.entries(catalogue)) {
        expect(entry.message.trim(), key).not.toBe('');
        for (const name of Object.keys(entry.placeholders ?? {}))
          expect(entry.message.toLowerCase(), key).toContain(`$${name.toLowerCase()}$`);
      }
    },
  );

  test('Korean is translated, not copied (only names, symbols and addresses may stay as they are)', () => {
    const same = Object.keys(english).filter(
      (key) =>
        korean[key]!.message === english[key]!.message && /\p{Ll}{3}/u.test(english[key]!.message),
    );
    expect(same).toEqual([
      'extName',
      'options_feedUrl_placeholder',
      'options_siteToPause_placeholder',
    ]);
  });
});
