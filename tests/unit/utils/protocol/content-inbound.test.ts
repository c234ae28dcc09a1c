import * as v from 'valibot';
import { expect, test } from 'vitest';
import { backgroundToContent } from '@/utils/protocol/contract';
import { contentInbound } from '@/utils/protocol/content-inbound';

const direction = contentInbound(
  {
    'background.pageSummary': async () => ({
      url: '',
      title: '',
      date: null,
      active: false,
      figures: [],
    }),
    'background.openCard': async () => ({ opened: false }),
    'background.showMention': async () => null,
    'background.mentionTexts': async () => ({ texts: [], url: '' }),
  },
  () => true,
  () => '',
);

/** Payloads a background (or something posing as one) could send, good and bad. */
const PAYLOADS: [string, unknown][] = [
  ['no fields', {}],
  ['a figure id', { figureId: 'sung-kim' }],
  ['a name for an id', { figureId: 'Sung Kim' }],
  ['an empty id', { figureId: '' }],
  ['a number for an id', { figureId: 5 }],
  ['an id too long', { figureId: 'a'.repeat(65) }],
  ['an id and an extra field', { figureId: 'sung-kim', x: 1 }],
  ['an extra field', { x: 1 }],
  ['an inherited field', Object.create({ figureId: 'sung-kim' }) as object],
  ['__proto__ as a field', JSON.parse('{"__proto__": {"x": 1}}') as object],
  ['null', null],
  ['nothing', undefined],
  ['a string', 'sung-kim'],
  ['a number', 7],
  ['an array', []],
  ['an array with an id', ['sung-kim']],
];

const cases = Object.keys(backgroundToContent).flatMap((type) =>
  PAYLOADS.map(([name, payload]) => [type, name, payload] as const),
);

test.each(cases)(
  '%s with %s: the hand-written check answers as the contract schema does',
  (type, _name, payload) => {
    const schema = backgroundToContent[type as keyof typeof backgroundToContent].schema;
    const parsed = v.safeParse(schema, payload);
    const checked = direction.check(type, payload);
    if (parsed.success) expect(checked).toEqual({ payload: parsed.output });
    else expect(typeof checked).toBe('string');
  },
);

test("a type that is not the background's to a content script is left to other directions", () => {
  for (const type of ['content.report', 'background.tabChanged', 'toString', '__proto__', '']) {
    expect(direction.check(type, {})).toBeUndefined();
  }
});
