// Issue 18: a site paused in a private (incognito) window is kept out of persistent and synced storage. The pause
// applies to the private tabs of that site only (a normal tab of the same site keeps its highlights), is not listed
// in the options page, is written to neither storage.sync nor storage.local, and is forgotten when the last private
// window closes. Both browsers are driven into a real private window: Chromium after "Allow in Incognito" is
// switched on from chrome://extensions (as a reader would), Firefox after "Run in Private Windows" is granted and
// the add-on reloaded, from the browser's chrome scope (as about:addons does).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import { GECKO_ID, type FirefoxSession } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { highlightsPainted } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';

/** Turns on the extension in private windows and opens `url` in a new private window; returns the tab's id. */
async function openPrivateTab(session: ExtensionSession, url: string): Promise<{ tabId: number; close(): Promise<void> }> {
  if (session instanceof ChromiumSession) {
    const page = await session.context.newPage();
    await page.goto('chrome://extensions');
    await page.evaluate(async (id) => {
      const api = chrome as never as {
        developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> };
        management: { setEnabled(id: string, on: boolean): Promise<void> };
      };
      await api.developerPrivate.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
      // The change reloads the extension, which Chromium then leaves disabled ("unsupported developer extension",
      // developer mode being off in a test profile): enable it again, as the reader would by its switch.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await api.management.setEnabled(id, true);
    }, session.extensionId);
    await page.close();
    // The extension restarts with the new access; one of its pages opens the window, as the reader's would.
    const deadline = Date.now() + 15_000;
    for (;;) {
      let opener: TestPage | undefined;
      try {
        opener = await session.openExtensionPage('options.html');
        const opened = await opener.evaluate(async (target) => {
          const window = await chrome.windows.create({ incognito: true, url: target });
          return { tabId: window!.tabs![0]!.id!, windowId: window!.id! };
        }, url);
        return {
          tabId: opened.tabId,
          close: async () => {
            await opener!.evaluate((id) => chrome.windows.remove(id), opened.windowId);
            await opener!.close();
          },
        };
      } catch (error) {
        await opener?.close().catch(() => undefined);
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }
  const firefox = session as FirefoxSession;
  const tabId = await firefox.evaluateInChrome(
    async ({ id, target }: { id: string; target: string }) => {
      const g = globalThis as never as { ChromeUtils: { importESModule(url: string): any }; OpenBrowserWindow(o: object): any; Services: any };
      const { ExtensionPermissions } = g.ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { AddonManager } = g.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const { ExtensionParent } = g.ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      await ExtensionPermissions.add(id, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
      await (await AddonManager.getAddonByID(id)).reload();
      const win = g.OpenBrowserWindow({ private: true });
      await new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve, 500));
      win.gBrowser.selectedBrowser.loadURI(g.Services.io.newURI(target), { triggeringPrincipal: g.Services.scriptSecurityManager.getSystemPrincipal() });
      (globalThis as never as { __briefingsPrivateWindow: unknown }).__briefingsPrivateWindow = win;
      return ExtensionParent.apiManager.global.tabTracker.getBrowserData(win.gBrowser.selectedBrowser).tabId as number;
    },
    { id: GECKO_ID, target: url },
  );
  return {
    tabId,
    close: () => firefox.evaluateInChrome(() => (globalThis as never as { __briefingsPrivateWindow: { close(): void } }).__briefingsPrivateWindow.close(), null),
  };
}

/** How many mentions a tab's top frame lists, asked from an extension page; null while it does not answer. */
const listed = (page: TestPage, tabId: number) =>
  page.evaluate(async (id) => {
    try {
      const reply = (await browser.tabs.sendMessage(id, { type: 'content/list-mentions', params: {} }, { frameId: 0 })) as { mentions: unknown[] };
      return reply.mentions.length;
    } catch {
      return null;
    }
  }, tabId);

async function waitForListed(page: TestPage, tabId: number, ok: (n: number | null) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last: number | null = null;
  while (!ok((last = await listed(page, tabId)))) {
    if (Date.now() > deadline) throw new Error(`private tab never ${what} (it lists ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.each(selectedBrowsers())('%s: pausing a site in a private window', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('is kept for private tabs only, out of storage.sync, storage.local and the options page, and forgotten with the window', async () => {
    const url = `${inject('fixturesOrigin')}/pages/article.html`;
    const normal = await session.newPage();
    await normal.goto(url);
    const normalTab = await session.tabIdOf(normal);
    const privateTab = await openPrivateTab(session, url);
    // Enabling private windows restarted the extension. Chromium orphans the content scripts of open tabs: reload.
    // (Firefox injects the new ones into open tabs itself.)
    if (session instanceof ChromiumSession) await normal.goto(url);
    await normal.waitFor(highlightsPainted);
    const options = await session.openExtensionPage('options.html');
    await waitForListed(options, privateTab.tabId, (n) => (n ?? 0) > 0, 'highlighted');
    const full = (await listed(options, normalTab))!;
    expect(full).toBeGreaterThan(0);

    const popup = await session.openExtensionPage(`popup.html?tab=${privateTab.tabId}`);
    await popup.waitFor(() => document.querySelector('input[name="pause-site"]'));
    await popup.click('input[name="pause-site"]');
    await popup.waitFor(() => /^Paused on 127\.0\.0\.1/.test(document.querySelector('.state')?.textContent ?? ''));
    await waitForListed(options, privateTab.tabId, (n) => n === 0, 'paused');

    // Nothing persistent or synced knows of it, and the options page does not list it.
    const stored = await options.evaluate(async () => JSON.stringify([await browser.storage.sync.get(null), await browser.storage.local.get(null)]));
    expect(stored).not.toContain('127.0.0.1');
    // A mark on the old document, so the wait below reads the reloaded one.
    await options.evaluate(() => {
      (window as { beforeReload?: boolean }).beforeReload = true;
      location.reload();
    });
    await options.waitFor(() => !(window as { beforeReload?: boolean }).beforeReload && document.querySelector('#paused-heading'));
    expect(await options.evaluate(() => document.querySelectorAll('.paused-sites li').length)).toBe(0);
    // The normal tab of the same site is not paused.
    await options.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await listed(options, normalTab), 'the normal tab of the same site still lists its mentions').toBe(full);
    const normalPopup = await session.openExtensionPage(`popup.html?tab=${normalTab}`);
    await normalPopup.waitFor(() => document.querySelector('.state')?.textContent?.startsWith('On:'));
    await normalPopup.close();

    // Resuming in the private window brings the private tab's highlights back.
    await popup.click('input[name="pause-site"]');
    await waitForListed(options, privateTab.tabId, (n) => (n ?? 0) > 0, 'highlighted again');
    await popup.click('input[name="pause-site"]');
    await waitForListed(options, privateTab.tabId, (n) => n === 0, 'paused again');
    await popup.close();

    // The last private window closes: the pause goes with it. (Firefox may have opened the test's extension pages in
    // the private window, the last focused: ask from a new one.)
    await options.close();
    await privateTab.close();
    const after = await session.openExtensionPage('options.html');
    await after.waitFor(
      async () => !JSON.stringify(await (browser.storage as unknown as { session: typeof browser.storage.local }).session.get(null)).includes('127.0.0.1'),
      undefined,
      10_000,
    );
    await Promise.all([after.close(), normal.close()]);
  }, 120_000);
});
