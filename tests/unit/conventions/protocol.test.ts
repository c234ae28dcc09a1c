/** Conventions that keep the protocol honest: every message has one handler, and its name says who sends it. */
import { expect, test } from 'vitest';
import { handlers } from '@/entrypoints/background/handlers';
import {
  backgroundToContent,
  backgroundToPages,
  contentToBackground,
  pageToBackground,
} from '@/utils/protocol';

test('every content → background message has a handler, and no handler is orphaned', () => {
  expect(Object.keys(handlers.content).sort()).toEqual(Object.keys(contentToBackground).sort());
});

test('every page → background message has a handler, and no handler is orphaned', () => {
  expect(Object.keys(handlers.page).sort()).toEqual(Object.keys(pageToBackground).sort());
});

test.each([
  ['content', contentToBackground],
  ['page', pageToBackground],
  ['background', backgroundToContent],
  ['background', backgroundToPages],
])('every message sent by the %s is named after its sender', (sender, messages) => {
  for (const type of Object.keys(messages))
    expect(type).toMatch(new RegExp(`^${sender}\\.[a-z]+[A-Za-z]*$`));
});
