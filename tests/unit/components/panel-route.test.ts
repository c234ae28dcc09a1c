/** The side panel's deep links. */
import { expect, test } from 'vitest';
import { figureHref, figurePanelPath, parseRoute } from '@/components/panel-route';

test.each([
  ['#/figure/sung-kim', { name: 'figure', figureId: 'sung-kim' }],
  ['#/figure/kim-jong-un', { name: 'figure', figureId: 'kim-jong-un' }],
  ['', { name: 'home' }],
  ['#/', { name: 'home' }],
  ['#/figure/', { name: 'home' }],
  ['#/figure/a/b', { name: 'home' }],
  ['#/figure/%E0%A4%A', { name: 'home' }],
  [`#/figure/${'x'.repeat(200)}`, { name: 'home' }],
])('%s', (hash, route) => {
  expect(parseRoute(hash)).toEqual(route);
});

test.each(['sung-kim', 'kim-jong-un', 'a', 'x'.repeat(64)])(
  'figureHref(%s) reads back as the same figure',
  (id) => {
    expect(parseRoute(figureHref(id))).toEqual({ name: 'figure', figureId: id });
    expect(figurePanelPath(id)).toBe(`sidepanel.html${figureHref(id)}`);
  },
);
