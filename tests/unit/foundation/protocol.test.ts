/** Conventions that keep the protocol honest: every message has exactly one schema and one handler. */
import { expect, test } from 'vitest';
import { handlers } from '@/entrypoints/background/handlers';
import { contentToBackgroundSchemas, pageToBackgroundSchemas } from '@/utils/messages';

test('every content → background message has a handler, and no handler is orphaned', () => {
  expect(Object.keys(handlers.content).sort()).toEqual(
    Object.keys(contentToBackgroundSchemas).sort(),
  );
});

test('every page → background message has a handler, and no handler is orphaned', () => {
  expect(Object.keys(handlers.page).sort()).toEqual(Object.keys(pageToBackgroundSchemas).sort());
});

test('no message type is accepted in both directions', () => {
  const content = Object.keys(contentToBackgroundSchemas);
  expect(Object.keys(pageToBackgroundSchemas).filter((type) => content.includes(type))).toEqual([]);
});
