// "Open in index" from a card: the popup itself where the browser lets us open it (Chrome ≥ 127's
// action.openPopup), else the same index page in a new tab next to the page. The popup can't take a query string,
// so the topic to expand waits in storage.session for the popup to read once. Rate-limited per tab, and an index
// tab already open is reused (issue 18).
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TopicId } from '../briefings/types.ts';
import { toolbarAction } from './toolbar-action.ts';
import { survived, surviving } from '../core/debug.ts';

export interface PendingIndex {
  topic: TopicId;
  /** Date.now() when the card asked; an old request (the popup never opened) is ignored. */
  at: number;
}

const PENDING_TTL_MS = 10_000;
const pendingIndex = storage.defineItem<PendingIndex | null>('session:pendingIndexTopic', { fallback: null });

/** The topic a card asked the popup to expand, if it asked just now; read once. */
export async function takePendingIndexTopic(now = Date.now()): Promise<TopicId | undefined> {
  try {
    const pending = await pendingIndex.getValue();
    if (!pending) return undefined;
    await pendingIndex.removeValue();
    return now - pending.at <= PENDING_TTL_MS ? pending.topic : undefined;
  } catch (error) {
    survived('reading the pending index topic', error);
    return undefined; // storage.session missing (older browsers): the popup opens on the topic list.
  }
}

/** The index as a page in a tab: popup.html?tab=<page tab>&topic=<id>. */
export function indexPageUrl(tabId: number | undefined, topic: TopicId | undefined): string {
  const query = new URLSearchParams();
  if (tabId !== undefined) query.set('tab', String(tabId));
  if (topic) query.set('topic', topic);
  const search = query.toString();
  return browser.runtime.getURL(`/popup.html${search ? `?${search}` : ''}` as '/popup.html');
}

/** One opening per tab in this long at most: a page that clicks the card in a loop cannot flood the browser. */
const MIN_INTERVAL_MS = 1500;
// In the background's memory: lost when it sleeps, which takes longer than the interval.
const lastOpened = new Map<number, number>();

/** The index page already open in a tab (one Briefings opened, or the reader did), if any. */
async function openIndexTab(): Promise<Browser.tabs.Tab | undefined> {
  const index = browser.runtime.getURL('/popup.html');
  const tabs = await browser.tabs.query({});
  return tabs.find((tab) => tab.url?.startsWith(index) && tab.id !== undefined);
}

export async function openIndex(topic: TopicId | undefined, fromTab: Browser.tabs.Tab | undefined, now = Date.now()): Promise<void> {
  const key = fromTab?.id ?? -1;
  if (now - (lastOpened.get(key) ?? -Infinity) < MIN_INTERVAL_MS) return;
  lastOpened.set(key, now);
  try {
    if (topic) await pendingIndex.setValue({ topic, at: Date.now() });
    // Rejects without a focused normal window, before Chrome 127, and in Firefox without a user gesture.
    await toolbarAction().openPopup();
    return;
  } catch (error) {
    survived('opening the toolbar popup', error);
    await pendingIndex.removeValue().catch(surviving('clearing the pending index topic'));
  }
  const url = indexPageUrl(fromTab?.id, topic);
  const open = await openIndexTab().catch(surviving('finding an open index tab'));
  if (open) {
    await browser.tabs.update(open.id!, { url, active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(surviving('focusing the index window'));
    return;
  }
  await browser.tabs.create({
    url,
    ...(fromTab?.index !== undefined && { index: fromTab.index + 1 }),
    ...(fromTab?.windowId !== undefined && { windowId: fromTab.windowId }),
  });
}
