// A huge run is matched in pieces (dom/scan-run.ts piecesOf): cut after a sentence, or a space, so no name is split,
// and the pieces' offsets put them back where they were.
import { expect, test } from 'vitest';
import { piecesOf } from '../../dom/scan-run.ts';
import type { TextRun } from '../../dom/text-walker.ts';

const runOf = (raw: string): TextRun => ({ block: document.body, nodes: [document.createTextNode(raw)], raw });

test('a run of ordinary size is one piece, itself', () => {
  const run = runOf('Hamas said no. '.repeat(100));
  expect(piecesOf(run)).toEqual([run]);
});

test('a huge run is cut after sentences, and its pieces join back at their offsets', () => {
  const raw = 'Mahmoud Abbas spoke in Ramallah today. '.repeat(3000);
  const pieces = piecesOf(runOf(raw));
  expect(pieces.length).toBeGreaterThan(2);
  expect(pieces.map((p) => p.raw).join('')).toBe(raw);
  for (const piece of pieces) {
    expect(raw.startsWith(piece.raw, piece.offset)).toBe(true);
    if (piece !== pieces.at(-1)) expect(piece.raw.endsWith('. ')).toBe(true);
  }
});

test('with no sentence end near the cut, a huge run is cut after a space', () => {
  const raw = 'Hezbollah and Hamas '.repeat(5000);
  const pieces = piecesOf(runOf(raw));
  expect(pieces.map((p) => p.raw).join('')).toBe(raw);
  for (const piece of pieces.slice(0, -1)) expect(piece.raw.endsWith(' ')).toBe(true);
});
