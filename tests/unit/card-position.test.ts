// Where the card goes (card/position.ts): beside the hovered line, inside the viewport, never over it.
import { expect, test } from 'vitest';
import { cardPosition, EDGE, GAP, MAX_HEIGHT, type Box } from '../../card/position.ts';

const viewport = { left: 0, top: 0, width: 1280, height: 800 };
const card = { width: 380, height: 300 };
const line = (left: number, top: number, width = 60, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = (p: { x: number; y: number; maxHeight: number }, size = card): Box => {
  const height = Math.min(size.height, p.maxHeight);
  return { left: p.x, top: p.y, right: p.x + size.width, bottom: p.y + height };
};

test('below the line, start-aligned, when it fits there', async () => {
  const p = await cardPosition(line(200, 100), card, viewport);
  expect(p).toMatchObject({ side: 'below', x: 200, y: 120 + GAP, referenceHidden: false });
});

test('above the line when only above has room', async () => {
  const p = await cardPosition(line(200, 700), card, viewport);
  expect(p.side).toBe('above');
  expect(p.y + Math.min(card.height, p.maxHeight)).toBe(700 - GAP);
});

test('shifted into the viewport at the right edge', async () => {
  const p = await cardPosition(line(1250, 100, 25), card, viewport);
  expect(p.x).toBe(1280 - EDGE - card.width);
});

test('a card taller than either side goes to the larger side, capped to it, and still never covers the line', async () => {
  const tall = { width: 380, height: 2000 };
  for (const top of [150, 380, 620]) {
    const l = line(100, top);
    const p = await cardPosition(l, tall, viewport);
    expect(p.maxHeight).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(p.side).toBe(top < 390 ? 'below' : 'above');
    const box = boxOf(p, tall);
    expect(overlaps(box, l)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(800);
  }
});

test('every line in the viewport gets a card inside it that does not cover the line', async () => {
  for (let top = 0; top <= 780; top += 20) {
    for (const left of [0, 300, 1220]) {
      const l = line(left, top);
      const box = boxOf(await cardPosition(l, card, viewport));
      expect(overlaps(box, l)).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1280);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(800);
    }
  }
});

test('a line scrolled out of view, or gone (empty rect), hides the card', async () => {
  expect((await cardPosition(line(100, -60), card, viewport)).referenceHidden).toBe(true);
  expect((await cardPosition(line(100, 900), card, viewport)).referenceHidden).toBe(true);
  expect((await cardPosition({ left: 0, top: 0, right: 0, bottom: 0 }, card, viewport)).referenceHidden).toBe(true);
});

test('a pinch-zoomed visual viewport is the one the card stays in', async () => {
  const zoomed = { left: 400, top: 300, width: 640, height: 400 };
  const p = await cardPosition(line(980, 350), card, zoomed);
  expect(p.x).toBe(400 + 640 - EDGE - card.width);
  expect(p.side).toBe('below');
});
