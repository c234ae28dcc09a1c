// @vitest-environment happy-dom
/** Reading order across open shadow roots: a shadow tree stands where its host is. */
import { expect, test } from 'vitest';
import { compareNodes } from '@/entrypoints/content/dom-order';

/** An element with an id and some text. */
function el(tag: string, id: string, text = id): HTMLElement {
  const element = document.createElement(tag);
  element.id = id;
  element.textContent = text;
  return element;
}

function page() {
  const before = el('p', 'before');
  const host = el('div', 'host', '');
  const light = el('span', 'light');
  host.append(light);
  const after = el('p', 'after');
  document.body.replaceChildren(before, host, after);
  const inner = el('p', 'inner');
  const nestedHost = el('div', 'nested-host', '');
  host.attachShadow({ mode: 'open' }).append(inner, nestedHost);
  const deep = el('b', 'deep');
  nestedHost.attachShadow({ mode: 'open' }).append(deep);
  return { before, host, light, after, inner, deep };
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
