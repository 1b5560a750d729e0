// Settings robustness (issue 10): storage holds whatever an older or newer version, a sync conflict or a hand edit
// left there — corrupt, partial, future-version and oversized values next to valid ones. The built extension must
// start with the default for each bad key and keep every valid one: in the options page, and on a page it highlights.
// Storage is filled from an extension page with the raw WXT layout (`<key>` plus its `<key>$` meta), in both areas,
// since the extension reads storage.sync where the browser offers it and storage.local otherwise.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';

/** What the profile holds: valid, corrupt, partial, future-version and oversized values, and an unknown key. */
const stored = (oversized: string): Record<string, unknown> => ({
  // Corrupt: not a boolean.
  extensionEnabled: { $evil: true, toString: 'yes' },
  'extensionEnabled$': { v: 1 },
  // Partial and partly corrupt: hamas is off (kept), abbas is not a boolean (its default: on), the rest missing (on).
  enabledTopics: { hamas: false, abbas: 'no', notATopic: false },
  'enabledTopics$': { v: 2 },
  // Valid: kept.
  highlightStyle: 'background',
  'highlightStyle$': { v: 1 },
  // Oversized and of the wrong type.
  hoverDelayMs: oversized,
  'hoverDelayMs$': { v: 1 },
  // Written by a future version (v99): this version cannot read its shape, so the default.
  scanCode: true,
  'scanCode$': { v: 99 },
  // One good entry among junk: the good one is kept.
  pausedSites: ['example.org', 42, null, '', { host: 'x' }],
  'pausedSites$': { v: 1 },
  // A key no version of this extension knows.
  settingsFromTheFuture: { theme: 'neon' },
});

interface OptionsView {
  enabled: boolean;
  topics: Record<string, boolean>;
  style: string | null;
  hoverDelay: string;
  scanCode: boolean;
  paused: string[];
}

/** The options page as the reader sees it (runs in the options page). */
function readOptions(): OptionsView {
  const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.checked;
  return {
    enabled: checked('extension-enabled'),
    topics: Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>('input[name^="topic-"]')].map((input) => [input.name.slice(6), input.checked]),
    ),
    style: document.querySelector<HTMLInputElement>('input[name="highlight-style"]:checked')?.value ?? null,
    hoverDelay: document.querySelector<HTMLInputElement>('input[name="hover-delay"]')!.value,
    scanCode: checked('scan-code'),
    paused: [...document.querySelectorAll('.paused-sites .site')].map((site) => site.textContent ?? ''),
  };
}

/** The extension's highlight names registered on a page (runs in the page). */
const highlightNames = () => [...CSS.highlights.keys()].filter((name) => name.startsWith('briefings-')).sort();

describe.each(selectedBrowsers())('%s: settings survive corrupt, partial, future and oversized storage', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('bad keys read as their defaults, valid keys are kept, nothing is wiped', async () => {
    const seeder = await session.openExtensionPage('options.html');
    await seeder.waitFor(() => document.querySelector('input[name="hover-delay"]') !== null);
    const written = await seeder.evaluate(
      async (json) => {
        // Crosses as JSON: a key named toString can't cross Firefox's Xray wrappers as an object.
        const { sync, local } = JSON.parse(json) as Record<'sync' | 'local', Record<string, unknown>>;
        const areas: string[] = [];
        // storage.sync allows 8 KB per item, so its oversized value is smaller; local gets 2 MB.
        for (const [name, values] of [['sync', sync], ['local', local]] as const) {
          const area = browser.storage[name];
          try {
            await area.set(values);
            areas.push(name);
          } catch {
            // An area this browser does not offer: the extension does not read it either.
          }
        }
        return areas;
      },
      JSON.stringify({ sync: stored('9'.repeat(7000)), local: stored('9'.repeat(2_000_000)) }),
    );
    expect(written).toContain('local');
    await seeder.close();

    // A fresh options page reads the settings from scratch.
    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('input[name="hover-delay"]') !== null && document.querySelector('.paused-sites') !== null);
    expect(await options.evaluate(readOptions)).toEqual({
      enabled: true,
      topics: { abbas: true, hamas: false, hezbollah: true, deconfliction: true },
      style: 'background',
      hoverDelay: '300',
      scanCode: false,
      paused: ['example.org'],
    });
    // Reading never rewrote or removed anything: the valid values, and even the bad ones, are still stored.
    const after = await options.evaluate(async () => {
      const all = { ...(await browser.storage.local.get(null)) };
      return { highlightStyle: all.highlightStyle, pausedSites: all.pausedSites, unknown: all.settingsFromTheFuture, hoverDelayLength: String(all.hoverDelayMs).length };
    });
    expect(after).toEqual({
      highlightStyle: 'background',
      pausedSites: ['example.org', 42, null, '', { host: 'x' }],
      unknown: { theme: 'neon' },
      hoverDelayLength: 2_000_000,
    });
    await options.close();

    // A page opened now is highlighted with the kept style, without the topic that was switched off.
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
    expect(await page.evaluate(highlightNames)).toEqual(['briefings-abbas-background', 'briefings-deconfliction-background', 'briefings-hezbollah-background']);
    const counts = await page.evaluate(() =>
      [...CSS.highlights.entries()].filter(([name]) => name.startsWith('briefings-')).map(([, highlight]) => highlight.size),
    );
    for (const size of counts) expect(size).toBeGreaterThan(0);

    // Changing a setting from the options page works on top of this storage and fixes that key only.
    const fixer = await session.openExtensionPage('options.html');
    await fixer.waitFor(() => document.querySelector('input[name="topic-hamas"]') !== null);
    await fixer.click('input[name="topic-hamas"]');
    await page.bringToFront();
    await page.waitFor(() => CSS.highlights.has('briefings-hamas-background'));
    expect(await fixer.evaluate(readOptions)).toMatchObject({ style: 'background', hoverDelay: '300', paused: ['example.org'] });
    await Promise.all([fixer.close(), page.close()]);
  });
});
