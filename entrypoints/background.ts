import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBadge } from '../extension/badge.ts';
import { onCommand } from '../extension/commands.ts';
import { createContextMenu, onContextMenuClick } from '../extension/context-menu.ts';
import { handleMessages } from '../extension/messages.ts';
import { openIndex } from '../extension/open-index.ts';
import { siteOf } from '../extension/page-kind.ts';
import { rankQuotesFor } from '../extension/quote-ranking.ts';
import { settingItems } from '../extension/settings.ts';

// Only wiring. Every listener is registered synchronously here, so an MV3 service worker or MV2 event page woken by
// an event finds it.
export default defineBackground(() => {
  // Defining the setting items runs their storage migrations now, at startup.
  void settingItems();
  const badge = startBadge();
  handleMessages('background/', {
    'background/ping': () => ({ pong: true, version: browser.runtime.getManifest().version }),
    'background/mention-count': ({ count }, sender) => badge.setCount(sender.tab!.id!, count, sender.url ?? sender.tab?.url),
    'background/open-index': ({ topic }, sender) => openIndex(topic, sender.tab),
    'background/rank-quotes': rankQuotesFor,
    // The tab's URL, not the frame's: a page's frames are paused with the site the reader sees (issue 18).
    'background/top-site': (_, sender) => ({ site: siteOf(sender.tab?.url) }),
  });
  browser.runtime.onInstalled.addListener(createContextMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
