// A topic is its briefing file plus its line in the list: a test build given a fifth topic from a fixture
// (tests/fixtures/topics/kremlin.ts, through BRIEFINGS_FIXTURE_TOPICS) builds, lists its generated highlight CSS in
// the manifest, highlights it on a page in its own colour, and shows it in the popup index with its count, with
// nothing else written for it. A production build refuses fixture topics.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildDir, wxtBuild } from './harness/build.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { ARTIFACTS_DIR, OUTPUT_DIR, ROOT } from './harness/paths.ts';
import { paintedPixels } from './harness/painted.ts';
import type { TestPage } from './harness/session.ts';

const FIXTURE = 'tests/fixtures/topics/kremlin.ts';
/** The fixture topic's colour (its briefing's color.light). */
const ROSE = [200, 60, 90];
/** Beside the suite's test build, so its reuse (BRIEFINGS_E2E_REUSE_BUILD) never picks this one up. */
const OUT_DIR = `${OUTPUT_DIR}-topics`;

const painted = () => performance.getEntriesByName('briefings:highlights-painted').length > 0;

/** Each registered briefings highlight with ranges: name → the ranges' text (runs in the page). */
function registeredHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('briefings-') && highlight.size) out[name] = [...highlight].map((r) => (r as Range).toString());
  }
  return out;
}

test('a production build refuses fixture topics, before building anything', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'briefings-refused-'));
  try {
    const { BRIEFINGS_BUILD: _flavour, ...env } = process.env; // unset: `npm run build`'s production build
    const run = spawnSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, BRIEFINGS_FIXTURE_TOPICS: FIXTURE, BRIEFINGS_OUT_DIR: outDir },
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('BRIEFINGS_FIXTURE_TOPICS adds test topics: only a test build (BRIEFINGS_BUILD=test) takes it, not production');
    expect(existsSync(path.join(outDir, 'chrome-mv3', 'manifest.json'))).toBe(false);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

describe.each(selectedBrowsers())('%s: a fifth topic from a fixture', (browserName) => {
  const dir = buildDir(OUT_DIR, browserName);
  let session: ExtensionSession;
  let page: TestPage;

  beforeAll(async () => {
    wxtBuild(browserName, OUT_DIR, { BRIEFINGS_BUILD: 'test', BRIEFINGS_FIXTURE_TOPICS: FIXTURE });
    session = await launch(browserName, { extension: dir });
    page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/fifth-topic.html`);
    await page.waitFor(painted);
  });
  afterAll(() => session?.close());

  test('it builds: the manifest lists the content script’s CSS, generated with the fifth topic’s two rules', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { css?: string[] }[] };
    expect(manifest.content_scripts.map((script) => script.css)).toEqual([['content-scripts/content.css']]);
    const css = readFileSync(path.join(dir, 'content-scripts/content.css'), 'utf8');
    expect(css).toMatch(/^@layer briefings\{/);
    for (const topic of ['abbas', 'hamas', 'hezbollah', 'deconfliction', 'kremlin']) {
      expect(css).toContain(`::highlight(briefings-${topic}-underline)`);
      expect(css).toContain(`::highlight(briefings-${topic}-background)`);
    }
  });

  test('it is highlighted: its CSS highlight is registered with its mentions, beside the other topics', async () => {
    expect(await page.evaluate(registeredHighlights)).toEqual({
      [`briefings-kremlin-${session.underline}`]: ['Kremlin', 'Kremlin'],
      [`briefings-hamas-${session.underline}`]: ['Hamas'],
    });
  });

  test('it is painted in its own colour, from its briefing', async () => {
    const [pixels] = await paintedPixels(page, path.join(ARTIFACTS_DIR, `fifth-topic-${browserName}.png`), [{ id: 'kremlin', rgb: ROSE, alpha: 0.22 }], session.underline);
    expect(pixels).toBeGreaterThan(20);
  });

  test('it is in the popup index, with its name, colour and switch, and counted on the page', async () => {
    const tab = await session.tabIdOf(page);
    const popup = await session.openExtensionPage(`popup.html?tab=${tab}`);
    await popup.waitFor(() => document.querySelectorAll('.counts li').length === 2);
    const index = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.topics li.topic')].map((li) => ({
        topic: li.dataset.topic,
        name: li.querySelector('.topic-name')?.textContent,
        enabled: li.dataset.enabled,
        swatch: getComputedStyle(li.querySelector('.swatch')!).backgroundColor,
      })),
    );
    expect(index.map((row) => row.topic)).toEqual(['abbas', 'hamas', 'hezbollah', 'deconfliction', 'kremlin']);
    expect(index.at(-1)).toEqual({ topic: 'kremlin', name: 'The Kremlin', enabled: 'true', swatch: `rgb(${ROSE.join(', ')})` });
    const counts = await popup.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLElement>('.counts li')].map((li) => [li.dataset.topic, li.querySelector('.count')?.textContent])),
    );
    expect(counts).toEqual({ kremlin: '2', hamas: '1' });
    await popup.close();
  });
});
