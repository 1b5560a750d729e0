// Code passed to evaluate() in an extension page or the service worker runs with the extension's `chrome` global.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
