// Custom elements not yet defined at the first scan usually attach their shadow root, and render into it, when their
// definition loads later; nothing in the light DOM changes, so no mutation announces it. They are looked at again a
// few times while the page is idle, and those that gained an open root are handed over to be read. Teardown: abort
// `signal` (the pending wait is cancelled, and no look follows).
import { outermost } from './dirty-blocks.ts';
import { delay, whenIdle } from './scheduler.ts';
import { readableShadowRoot, type ElementOptions } from './page-elements.ts';

/** When undefined custom elements are looked at again after the first scan (ms after the previous look). */
const CHECKS_MS = [500, 2000, 8000];
/** Bounded: a page with thousands of undefined elements has the first ones looked at again. */
const MAX_WATCHED = 500;

/**
 * `isRead`: whether a shadow root's text was read already; `rendered`: a host whose new root is to be read (its light
 * DOM was read already, so it is read again whole, its old mentions replaced).
 */
export async function watchLateComponents(
  doc: Document,
  walk: ElementOptions,
  isRead: (root: ShadowRoot) => boolean,
  rendered: (host: Element) => void,
  signal: AbortSignal,
): Promise<void> {
  const view = doc.defaultView!;
  let waiting = [...doc.querySelectorAll(':not(:defined)')].slice(0, MAX_WATCHED);
  for (const ms of CHECKS_MS) {
    if (!waiting.length) return;
    await delay(view, ms, signal);
    await whenIdle(view, signal);
    const hosts = new Set<Element>();
    waiting = waiting.filter((host) => {
      if (!host.isConnected) return false;
      const root = readableShadowRoot(host);
      if (root && !isRead(root)) hosts.add(host);
      return !root;
    });
    for (const host of outermost(hosts, walk)) rendered(host);
  }
}
