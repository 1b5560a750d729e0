// How a content script reads and watches the settings: straight from storage, with the same per-key specs
// (version, migration, validation) as extension/settings.ts, but without WXT's storage items. A content script runs
// on every page and only ever reads; the item machinery (write locks, the migration runner, meta handling) would be
// a third of its 35 KB budget. Writes and the stored migrations stay with the background, popup and options.
import { nativeBrowser as browser } from './native-browser.ts';
import {
  chooseSettingsArea,
  readSyncIfWorking,
  SETTING_NAMES,
  SETTING_SPECS,
  readStoredSetting,
  type Settings,
  type SettingsArea,
  type StorageApi,
} from './setting-specs.ts';
import { survived } from '../core/debug.ts';

/** WXT keeps each item's stored version in `<key>$` as `{ v }`. */
const metaKey = (name: string) => `${name}$`;
const STORAGE_KEYS = SETTING_NAMES.flatMap((name) => [name, metaKey(name)]);

let area: SettingsArea | undefined;

/**
 * Every stored key, from the area chooseSettingsArea picks: the first read probes sync with all the keys at once
 * (every page load waits for it).
 */
async function readStored(): Promise<Record<string, unknown>> {
  if (area) return browser.storage[area].get(STORAGE_KEYS);
  const synced = await readSyncIfWorking(browser.storage as StorageApi, STORAGE_KEYS);
  area = synced === null ? 'local' : 'sync';
  return synced ?? browser.storage.local.get(STORAGE_KEYS);
}

/** The area the settings live in (known after the first read; else probed as the extension's pages probe it). */
const settingsArea = async (): Promise<SettingsArea> => (area ??= await chooseSettingsArea(browser.storage as StorageApi));

export async function readAllSettings(): Promise<Settings> {
  const stored = await readStored();
  const versionOf = (name: string) => {
    const meta = stored[metaKey(name)];
    const v = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
    return typeof v === 'number' ? v : 1;
  };
  return Object.fromEntries(
    SETTING_NAMES.map((name) => [name, readStoredSetting(SETTING_SPECS[name] as never, stored[name], versionOf(name))]),
  ) as unknown as Settings;
}

/** Calls `onChange` with every setting after any of them changes; returns the unwatch function. */
export function watchAllSettingsFromStorage(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  let pending = false;
  // One write by the extension's pages is two storage events (version meta, then value): read once after both.
  const readSoon = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!stopped) void readAllSettings().then((settings) => stopped || onChange(settings));
    });
  };
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    void settingsArea().then((ours) => {
      if (!stopped && areaName === ours && Object.keys(changes).some((key) => STORAGE_KEYS.includes(key))) readSoon();
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    // After the extension is reloaded or updated, Chromium throws "Extension context invalidated" here: the
    // listener went with the old runtime.
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch (error) {
      survived('removing the settings listener (nothing left to remove)', error);
    }
  };
}
