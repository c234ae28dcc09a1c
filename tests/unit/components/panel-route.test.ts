/** The side panel's deep links. */
import { expect, test } from 'vitest';
import { parseRoute } from '@/components/panel-route';

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
