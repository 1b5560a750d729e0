// Issue 18: paused sites are capped (30: that many of the longest hostnames, 253 characters, fit storage.sync's
// 8,192-byte item), and a setting that could not be saved is said in words in the popup, not by a switch that
// silently flips back. The profile holds 32 paused sites of 240–253 characters: 8,191 bytes with the key, so one
// more site would be past the browser's per-item quota.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { highlightsPainted } from './harness/page-probes.ts';
import { writeSettings } from './harness/settings.ts';

const host = (length: number, n: number) => {
  const label = (c: string) => c.repeat(63);
  const full = [label('a'), label('b'), label('c'), label('d')].join('.');
  return `${n}${full}`.slice(0, length);
};
const SITES = [...Array.from({ length: 31 }, (_, i) => host(253, i)), host(240, 99)];

describe.each(selectedBrowsers())('%s: paused sites are capped and a failed save is said', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('pausing one site too many: the popup says why it was not saved, and storage is unchanged', async () => {
    expect('pausedSites'.length + JSON.stringify(SITES).length).toBe(8191);
    const options = await session.openExtensionPage('options.html');
    await writeSettings(options, { pausedSites: SITES, 'pausedSites$': { v: 1 } });
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    await page.waitFor(highlightsPainted);
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(page)}`);
    await popup.waitFor(() => document.querySelector('input[name="pause-site"]'));
    await popup.click('input[name="pause-site"]');
    await popup.waitFor(() => (document.querySelector('[role="alert"]')?.textContent ?? '').length > 0, undefined, 5000);
    const seen = await popup.evaluate(() => ({
      alert: document.querySelector('[role="alert"]')!.textContent,
      visible: (document.querySelector('[role="alert"]') as HTMLElement).getClientRects().length > 0,
      checked: document.querySelector<HTMLInputElement>('input[name="pause-site"]')!.checked,
      state: document.querySelector('.state')!.textContent,
    }));
    expect(seen.alert).toMatch(/not saved.*up to 30 sites/i);
    expect(seen.visible).toBe(true);
    expect(seen.checked).toBe(false);
    expect(seen.state).toMatch(/^On:/);
    const stored = await options.evaluate(() => browser.storage.sync.get('pausedSites'));
    expect(stored.pausedSites).toEqual(SITES);

    // Resuming one makes room: the next pause is saved, and the message goes.
    // A mark on the old document, so the wait below reads the reloaded one.
    await options.evaluate(() => {
      (window as { beforeReload?: boolean }).beforeReload = true;
      location.reload();
    });
    await options.waitFor(() => !(window as { beforeReload?: boolean }).beforeReload && document.querySelectorAll('.paused-sites li').length === 32);
    await options.click('.paused-sites li:first-child button');
    await options.waitFor(() => document.querySelectorAll('.paused-sites li').length === 31);
    await writeSettings(options, { pausedSites: SITES.slice(0, 29), 'pausedSites$': { v: 1 } });
    await popup.waitFor(() => !document.querySelector<HTMLInputElement>('input[name="pause-site"]')!.checked);
    await popup.click('input[name="pause-site"]');
    await popup.waitFor(() => /^Paused on 127\.0\.0\.1/.test(document.querySelector('.state')?.textContent ?? ''));
    expect(await popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '')).toBe('');
    await Promise.all([popup.close(), page.close(), options.close()]);
  }, 60_000);
});
