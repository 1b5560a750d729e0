// The background's wiring (entrypoints/background.ts runs it): the message handlers, the badge, the private pauses,
// the context menu and the keyboard command. Every listener is registered synchronously, so an MV3 service worker
// or MV2 event page woken by an event finds it.
import { browser } from 'wxt/browser';
import { surviving } from '../core/debug.ts';
import { startBadge, type Badge } from './badge.ts';
import { onCommand } from './commands.ts';
import { createContextMenu, onContextMenuClick } from './context-menu.ts';
import { handleMessages, sendToTab } from './messages.ts';
import { openIndex } from './open-index.ts';
import { siteOf } from './page-kind.ts';
import { forgetPrivatePaused, getPrivatePaused, watchPrivatePaused } from './private-pauses.ts';
import { rankQuotesFor } from './quote-ranking.ts';
import { settingItems } from './settings.ts';

/** Answers the `background/…` messages. */
function answerMessages(badge: Badge): void {
  handleMessages(browser.runtime.onMessage, 'background', {
    'background/ping': () => ({ pong: true, version: browser.runtime.getManifest().version }),
    'background/mention-count': ({ count }, sender) =>
      badge.setCount(sender.tab!.id!, count, sender.url ?? sender.tab?.url, sender.tab?.incognito),
    'background/open-index': ({ topic }, sender) => openIndex(topic, sender.tab),
    'background/rank-quotes': rankQuotesFor,
    // The tab's URL, not the frame's: a page's frames are paused with the site the reader sees (issue 18).
    'background/top-site': async (_, sender) => ({ site: siteOf(sender.tab?.url ?? (await topFrameUrl(sender.tab?.id))) }),
    // Only a private tab learns what was paused in private windows.
    'background/private-paused': async (_, sender) => ({ sites: sender.tab?.incognito ? await getPrivatePaused() : [] }),
  });
}

/**
 * The URL the tab's top frame reports of itself. Firefox gives a tab's URL only with the "tabs" permission, and ESR
 * 140 lets no cross-origin frame read its ancestors' origins: the top frame's content script (ours, not the page)
 * says where it is, as it tells the popup.
 */
async function topFrameUrl(tabId: number | undefined): Promise<string | undefined> {
  if (tabId === undefined) return undefined;
  // A frame's content script may start before the top frame's does: it is asked again a few times.
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    const url = (await sendToTab(tabId, 'content/list-mentions', {}).catch(surviving('asking the top frame for its page')))?.url;
    if (url) return url;
  }
  return undefined;
}

/** Sites paused from private windows: told to every private tab, forgotten with the last private window. */
function followPrivatePauses(): void {
  // Private pauses reach every frame of every private tab at once, as a settings change reaches the others.
  watchPrivatePaused(async (sites) => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.incognito && tab.id !== undefined) {
        browser.tabs.sendMessage(tab.id, { type: 'content/private-paused', params: { sites } }).catch(surviving('telling a private tab of its pauses'));
      }
    }
  });
  // The last private window closed: its pauses go with it, as its history does.
  browser.windows.onRemoved.addListener(async () => {
    if (!(await browser.windows.getAll()).some((window) => window.incognito)) await forgetPrivatePaused();
  });
}

/** Starts the background: everything it listens to, registered now. */
export function startBackground(): void {
  // Defining the setting items runs their storage migrations now, at startup.
  void settingItems();
  answerMessages(startBadge());
  followPrivatePauses();
  browser.runtime.onInstalled.addListener(createContextMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
}
