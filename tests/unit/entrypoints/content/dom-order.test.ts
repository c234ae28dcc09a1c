// @vitest-environment happy-dom
/** Reading order across open shadow roots: a shadow tree stands where its host is. */
import { expect, test } from 'vitest';
import { compareNodes } from '@/entrypoints/content/dom-order';

function page() {
  document.body.innerHTML =
    '<p id="before">before</p><div id="host"><span id="light">light</span></div><p id="after">after</p>';
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p id="inner">inner</p><div id="nested-host"></div>';
  const nested = shadow.getElementById('nested-host')!.attachShadow({ mode: 'open' });
  nested.innerHTML = '<b id="deep">deep</b>';
  const at = (id: string) => document.getElementById(id)!;
  return {
    before: at('before'),
    host,
    light: at('light'),
    after: at('after'),
    inner: shadow.getElementById('inner')!,
    deep: nested.getElementById('deep')!,
  };
}

test('nodes of one tree keep document order', () => {
  const { before, after, light } = page();
  expect(compareNodes(before, after)).toBe(-1);
  expect(compareNodes(after, before)).toBe(1);
  expect(compareNodes(light, light)).toBe(0);
});

test("a shadow tree comes after its host and before the host's own children", () => {
  const { before, host, light, after, inner, deep } = page();
  const order = [before, host, inner, deep, light, after];
  for (let i = 0; i < order.length; i++) {
    for (let j = 0; j < order.length; j++) {
      expect(compareNodes(order[i]!, order[j]!), `${i} vs ${j}`).toBe(Math.sign(i - j));
    }
  }
});
