// Code passed to evaluate() in an extension page or the service worker runs with the extension's globals.
// Use `browser`: it is promise-based in both browsers (Chromium 156 has it too). In Firefox's MV2 build `chrome.*`
// is callback-only, so `await chrome.runtime.sendMessage(…)` yields undefined there.
import type { browser as extensionBrowser } from 'wxt/browser';

declare global {
  const chrome: typeof extensionBrowser;
  const browser: typeof extensionBrowser;
}
