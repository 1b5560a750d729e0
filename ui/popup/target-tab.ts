// Which tab the popup is about. As the toolbar popup: the active tab. As the index opened in a tab by "Open in
// index" (popup.html?tab=<id>&topic=<id>): the page it was opened from.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TopicId } from '../../briefings/types.ts';
import { TOPIC_IDS } from '../../extension/topics.ts';
import { takePendingIndexTopic } from '../../extension/open-index.ts';
import { surviving } from '../../core/debug.ts';

export interface TargetTab {
  id: number | undefined;
  /** Undefined when the browser doesn't tell us (a page we have no access to). */
  url: string | undefined;
  /** True when shown as a page in a tab rather than the toolbar popup. */
  inTab: boolean;
  /** A topic to expand on open. */
  topic: TopicId | undefined;
  /** The tab is in a private (incognito) window: "Pause on this site" is kept for private windows only. */
  incognito?: boolean;
}

const asTopic = (value: string | null) => TOPIC_IDS.find((id) => id === value);

export async function resolveTargetTab(search: string): Promise<TargetTab> {
  const params = new URLSearchParams(search);
  const tabParam = params.get('tab');
  if (tabParam !== null && /^\d+$/.test(tabParam)) {
    const id = Number(tabParam);
    const tab = await browser.tabs.get(id).catch(surviving('reading the target tab'));
    return { id, url: tab?.url, inTab: true, topic: asTopic(params.get('topic')), incognito: tab?.incognito };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return {
    id: tab?.id,
    url: tab?.url,
    inTab: false,
    topic: asTopic(params.get('topic')) ?? (await takePendingIndexTopic()),
    incognito: tab?.incognito,
  };
}

export function useTargetTab(): TargetTab | undefined {
  const [target, setTarget] = useState<TargetTab>();
  useEffect(() => void resolveTargetTab(location.search).then(setTarget), []);
  return target;
}

/**
 * Does `act` on the page and gets out of the reader's way: the toolbar popup closes (the page is already visible
 * behind it); the index in a tab first switches to the page, so the page acts while visible (scrolling, the card's
 * focus), then closes itself.
 */
export async function actOnPage(target: TargetTab, act: () => Promise<unknown>): Promise<void> {
  if (target.inTab && target.id !== undefined) await browser.tabs.update(target.id, { active: true }).catch(surviving('switching to the target tab'));
  await act().catch(surviving('acting on the target tab'));
  if (!target.inTab) return window.close();
  const self = await browser.tabs.getCurrent();
  if (self?.id !== undefined) await browser.tabs.remove(self.id);
}
