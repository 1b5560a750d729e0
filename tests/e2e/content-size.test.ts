// The declared content script (the first stage) runs on every page and in every frame: its budget is 35 KB gzipped.
// The second stage loads only on pages with a candidate; its budget is 58 KB gzipped. The card (third stage) loads on
// the first mention; its budget is 22 KB gzipped (docs/performance.md "Two stages"). Checked on the build the end-to-end tests drive (gzip at its default level, as the bench measures).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { BUILD_DIRS, selectedBrowsers } from './harness/paths.ts';

describe.each(selectedBrowsers())('%s: the content script', (browserName) => {
  test('is at most 35 KB gzipped', () => {
    const bytes = readFileSync(path.join(BUILD_DIRS[browserName], 'content-scripts/content.js'));
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(35 * 1024);
  });

  test('its second stage is at most 58 KB gzipped', () => {
    const bytes = readFileSync(path.join(BUILD_DIRS[browserName], 'stage2.js'));
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(58 * 1024);
  });

  // card.js: Preact, @floating-ui, the card's views and CSS, the briefings' text, and its own copy of the messaging.
  test('its card is at most 22 KB gzipped', () => {
    const bytes = readFileSync(path.join(BUILD_DIRS[browserName], 'card.js'));
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(22 * 1024);
  });
});
