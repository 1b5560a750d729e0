// The content script runs on every page and in every frame: its size budget is 35 KB gzipped (README
// "Performance"), checked on the build the end-to-end tests drive (gzip at its default level, as the bench measures).
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
});
