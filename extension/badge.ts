// The toolbar badge: how many mentions (of topics that are on) the tab's page has. Content scripts report their
// count ('background/mention-count'); the badge is cleared when the tab navigates and hidden while the extension
// is off or paused on the tab's site, following setting changes live.
import { browser, type Browser } from 'wxt/browser';
import { pageSettingsFrom } from './page-settings.ts';
import { getPrivatePaused, watchPrivatePaused } from './private-pauses.ts';
import { readSettings, watchSettings, type Settings } from './settings.ts';
import { toolbarAction } from './toolbar-action.ts';
import { survived } from '../core/debug.ts';

const BADGE_COLOR = '#3b3f4a';

/** What the badge says for `count` mentions: nothing for none, and at most four characters. */
export function badgeText(count: number, visible: boolean): string {
  if (!visible || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

const hostnameOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

/** Same page apart from the fragment: following an in-page link is not a navigation for the badge. */
const samePage = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

export interface Badge {
  setCount(tabId: number, count: number, pageUrl: string | undefined, incognito?: boolean): Promise<void>;
  stop(): void;
}

export function startBadge(): Badge {
  // The service worker may be restarted (MV3) and lose this; the content script then reports again on its next
  // change, and the badge text itself is kept by the browser per tab.
  const tabs = new Map<number, { count: number; url: string; incognito?: boolean }>();
  let settings: Promise<Settings> = readSettings();
  // Sites paused from private windows: they hide the badge of private tabs only.
  let privatePaused: Promise<string[]> = getPrivatePaused();

  const render = async (tabId: number) => {
    const state = tabs.get(tabId);
    const visible =
      !!state && pageSettingsFrom(await settings, hostnameOf(state.url), state.incognito ? await privatePaused : []).active;
    const action = toolbarAction();
    try {
      await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      await action.setBadgeText({ tabId, text: badgeText(state?.count ?? 0, visible) });
    } catch (error) {
      survived('setting the badge (the tab may have closed)', error);
    }
  };

  const clear = (tabId: number) => {
    tabs.delete(tabId);
    void render(tabId);
  };

  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    const known = tabs.get(tabId);
    if (!known) return;
    if (change.status === 'loading' || (change.url !== undefined && !samePage(change.url, known.url))) clear(tabId);
  };
  const onRemoved = (tabId: number) => void tabs.delete(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  const unwatch = watchSettings((next) => {
    settings = Promise.resolve(next);
    for (const tabId of tabs.keys()) void render(tabId);
  });
  const unwatchPrivate = watchPrivatePaused((sites) => {
    privatePaused = Promise.resolve(sites);
    for (const tabId of tabs.keys()) void render(tabId);
  });

  return {
    async setCount(tabId, count, pageUrl, incognito) {
      tabs.set(tabId, { count, url: pageUrl ?? tabs.get(tabId)?.url ?? '', incognito });
      await render(tabId);
    },
    stop() {
      unwatch();
      unwatchPrivate();
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    },
  };
}
