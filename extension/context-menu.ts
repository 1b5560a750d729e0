// The context menu "Brief me on “selection”": the fuzzy search picks the topic the selection means, and the page's
// content script shows that topic's card (or says no briefing matched).
import { browser, type Browser } from 'wxt/browser';
import { BRIEFINGS } from './briefings.ts';
import { bestTopic, createBriefingSearch } from '../core/search.ts';
import { sendToTab } from './messages.ts';
import { openIndex } from './open-index.ts';
import { survived } from '../core/debug.ts';

export const CONTEXT_MENU_ID = 'brief-me';

/** Menus persist across restarts, so they are (re)created on install/update only (Chrome MV3 and Firefox agree). */
export function createContextMenu(): void {
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: 'Brief me on “%s”', contexts: ['selection'] }),
  );
}

let search: ReturnType<typeof createBriefingSearch> | undefined;

export async function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
  const query = (info.selectionText ?? '').trim().slice(0, 1000);
  search ??= createBriefingSearch(BRIEFINGS);
  const topic = bestTopic(search, query);
  try {
    await sendToTab(tab.id, 'content/show-briefing', { topic, query });
  } catch (error) {
    survived('showing a briefing in the tab', error);
    // No content script on the page (opened before install, or a page we can't script): the index shows it instead.
    if (topic) await openIndex(topic, tab);
  }
}
