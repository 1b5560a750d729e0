// The background's wiring (entrypoints/background.ts runs it): the message handlers, the badge, the private pauses,
// the context menu and the keyboard command. Every listener is registered synchronously, so an MV3 service worker
// or MV2 event page woken by an event finds it.
import { browser } from 'wxt/browser';
import { surviving } from '../core/debug.ts';
import { startBadge, type Badge } from './badge.ts';
import { onCommand } from './commands.ts';
import { createContextMenu, onContextMenuClick } from './context-menu.ts';
import { handleMessages } from './messages.ts';
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
    'background/top-site': (_, sender) => ({ site: siteOf(sender.tab?.url) }),
    // Only a private tab learns what was paused in private windows.
    'background/private-paused': async (_, sender) => ({ sites: sender.tab?.incognito ? await getPrivatePaused() : [] }),
  });
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
