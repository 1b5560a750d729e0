// The browser's own extension API, not wxt/browser's webextension-polyfill: Firefox's `browser`, else Chromium's
// `chrome`, whose methods return promises under Manifest V3 (Chrome 105 is the minimum). For the modules the content
// script's second stage loads (messages, settings reader, page settings): the polyfill would cost that stage ≈ 3 KB
// of its 42 KB gzipped budget (docs/performance.md "Two stages") and does nothing for it. Firefox needs none, and in
// Chromium it matters only to a runtime.onMessage listener that returns a promise, which the content script has not:
// its one listener answers through sendResponse (content/first-stage-messages.ts). The background's listener does, and
// keeps the polyfill (extension/background.ts).
import type { browser as Api } from 'wxt/browser';

type Scope = { browser?: typeof Api; chrome?: typeof Api };
const scope = globalThis as Scope;

export const nativeBrowser: typeof Api = scope.browser?.runtime?.id ? scope.browser : scope.chrome!;
