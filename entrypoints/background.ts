import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own pages and content scripts can reach runtime.onMessage; web pages cannot (no externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'background/ping') {
      return Promise.resolve({ pong: true, version: browser.runtime.getManifest().version });
    }
    return undefined;
  });
});
