// Keyboard commands. 'next-mention' (declared in the manifest by the card's work) jumps to the next mention on the
// active tab and opens its card; the content script does the work.
import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from './messages.ts';
import { surviving } from '../core/debug.ts';

export const NEXT_MENTION_COMMAND = 'next-mention';

export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== NEXT_MENTION_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // A page without our content script (browser pages, pages opened before install) simply has no next mention.
  await sendToTab(tabId, 'content/next-mention', {}).catch(surviving('next mention'));
}
