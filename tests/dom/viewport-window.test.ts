// The viewport window's batch path (expect, then add) against adding range by range: the same ranges end up
// painted, and a batch that takes the window past its threshold paints nothing it then takes out again. happy-dom
// has no layout: each block's top is set through getBoundingClientRect, the one thing the window measures.
import { afterEach, expect, test, vi } from 'vitest';
import { createViewportWindow } from '../../dom/viewport-window.ts';

const WINDOW_FROM = 20;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** `count` paragraphs a screen's fifth apart, each with one range over its text. */
function paragraphs(count: number): { range: Range; block: Element }[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p data-top="${i * 160}">Hamas ${i}</p>`).join('');
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = Number(this.getAttribute('data-top') ?? 0);
    return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  return [...document.querySelectorAll('p')].map((block) => {
    const range = document.createRange();
    range.selectNodeContents(block.firstChild!);
    return { range, block };
  });
}

function painter() {
  const painted = new Set<Range>();
  let left = 0;
  const view = createViewportWindow<string>(window as unknown as Window & typeof globalThis, {
    windowFrom: WINDOW_FROM,
    enter: (range) => painted.add(range),
    leave: (range) => {
      left++;
      painted.delete(range);
    },
  });
  const add = (range: Range, block: Element) => view.add(range, 'hamas', block) && painted.add(range);
  return { view, painted, add, left: () => left };
}

test('a batch past the threshold paints what range-by-range adding paints, and takes nothing out again', () => {
  const items = paragraphs(60);
  const one = painter();
  for (const { range, block } of items) one.add(range, block);
  const batch = painter();
  batch.view.expect(items.length);
  for (const { range, block } of items) batch.add(range, block);

  expect([...batch.painted]).toEqual([...one.painted]);
  // Near the viewport (800 px high in happy-dom: two screens down, about ten paragraphs), not the whole page.
  expect(one.painted.size).toBeGreaterThan(0);
  expect(one.painted.size).toBeLessThan(items.length);
  expect(one.left()).toBeGreaterThan(0);
  expect(batch.left()).toBe(0);
  one.view.dispose();
  batch.view.dispose();
});

test('a batch that stays under the threshold paints every range', () => {
  const items = paragraphs(WINDOW_FROM);
  const batch = painter();
  batch.view.expect(items.length);
  for (const { range, block } of items) batch.add(range, block);
  expect(batch.painted.size).toBe(WINDOW_FROM);
  batch.view.dispose();
});
