// The table the cue test files share: each row is one page's text and the mentions the matcher must find in it, in
// order, as `npm run scan` reads a file (one page, line by line as the extension reads blocks).
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, scanPage } from '../../core/scan.ts';

export type CueRow = [text: string, expected: string[]];

const matcher = createMatcher(BRIEFINGS);

/** What a text read as one page mentions: "topic:surface" in order. */
export const found = (text: string) => scanPage(matcher, text).map((m) => `${m.topic}:${m.surface}`);

/** One test per row: the text finds exactly the mentions the row expects. */
export function describeCues(title: string, rows: readonly CueRow[]): void {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });
}
