// Sites paused from a private (incognito) window. They are kept in storage.session (in memory: never written to
// disk, never synced, never listed in the options page), apply only to private tabs, and are forgotten when the
// last private window closes. Content scripts cannot read storage.session (Firefox never lets them), so private
// tabs get the list from the background ('background/private-paused') and its changes ('content/private-paused').
import { browser } from 'wxt/browser';
import { survived } from '../core/debug.ts';

const KEY = 'privatePausedSites';

/** storage.session, or undefined where the browser has none (then private pauses last as long as the popup). */
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

export async function getPrivatePaused(): Promise<string[]> {
  try {
    const value = (await session()?.get(KEY))?.[KEY];
    return Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string' && site.length <= 253) : [];
  } catch (error) {
    survived('reading private pauses', error);
    return [];
  }
}

export async function setPrivatePaused(site: string, paused: boolean): Promise<void> {
  const current = await getPrivatePaused();
  const next = paused ? [...new Set([...current, site])] : current.filter((s) => s !== site);
  await session()!.set({ [KEY]: next });
}

export async function forgetPrivatePaused(): Promise<void> {
  await session()?.remove(KEY);
}

/** Calls `onChange` with the list whenever it changes; returns the unwatch function. */
export function watchPrivatePaused(onChange: (sites: string[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && KEY in changes) void getPrivatePaused().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
