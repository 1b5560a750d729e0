// How settings are read, in every context (background, popup, options page, content script): one read of every key
// and WXT's version meta (`<key>$`), each key validated on its own, and one watcher. It reads WXT's storage format
// straight from browser.storage rather than through wxt/utils/storage because the content script's second stage
// loads it, and WXT's storage module would take that stage past its 42 KB gzipped budget (docs/architecture.md
// "How settings are read and written"). Writes and the stored migrations go through WXT's items (settings.ts).
import { nativeBrowser as browser } from './native-browser.ts';
import { parseSetting, SETTING_NAMES, SETTING_SPECS, type SettingSpec, type Settings, type SettingsArea } from './setting-specs.ts';
import { survived } from '../core/debug.ts';

export type StorageApi = { sync?: { get(keys: string | string[]): Promise<unknown> } | undefined } | undefined;

/**
 * `keys` from storage.sync, or null where sync does not work: Firefox throws on sync when
 * `webextensions.storage.sync.enabled` is false, and some Chromium builds ship without it.
 */
async function readSyncIfWorking(api: StorageApi, keys: string | string[]): Promise<Record<string, unknown> | null> {
  if (!api?.sync) return null;
  try {
    return ((await api.sync.get(keys)) ?? {}) as Record<string, unknown>;
  } catch (error) {
    survived('reading storage.sync', error);
    return null;
  }
}

/**
 * storage.sync when it works (preferences follow the reader to other machines), else storage.local. Every context
 * probes the same browser, so they agree on the area.
 */
export async function chooseSettingsArea(api: StorageApi): Promise<SettingsArea> {
  return (await readSyncIfWorking(api, 'extensionEnabled')) === null ? 'local' : 'sync';
}

/**
 * A stored value as this version reads it: the fallback when it is missing, unreadable, or from a newer version
 * (storage.sync may carry it from another machine); an older version's value is migrated in memory first, as WXT's
 * item migrates it in storage. `storedVersion` is WXT's meta `v` (missing means 1).
 */
export function readStoredSetting<T>(spec: SettingSpec<T>, raw: unknown, storedVersion = 1): T {
  const fallback = () => structuredClone(spec.fallback);
  if (raw === null || raw === undefined || storedVersion > spec.version) return fallback();
  let value = raw;
  try {
    for (let v = storedVersion + 1; v <= spec.version; v++) value = spec.migrations?.[v]?.(value) ?? value;
  } catch (error) {
    survived('migrating a stored setting', error);
    return fallback();
  }
  return parseSetting(spec, value) ?? fallback();
}

/** WXT keeps each item's stored version in `<key>$` as `{ v }`. */
const metaKey = (name: string) => `${name}$`;
const STORAGE_KEYS = SETTING_NAMES.flatMap((name) => [name, metaKey(name)]);

/** Every setting from what one area holds, each key read (and its fallback taken) on its own. */
function settingsFromStored(stored: Record<string, unknown>): Settings {
  const versionOf = (name: string) => {
    const meta = stored[metaKey(name)];
    const v = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
    return typeof v === 'number' ? v : 1;
  };
  return Object.fromEntries(
    SETTING_NAMES.map((name) => [name, readStoredSetting(SETTING_SPECS[name] as never, stored[name], versionOf(name))]),
  ) as unknown as Settings;
}

let area: SettingsArea | undefined;

/** The area the settings live in, probed once per context (the first read probes with its own keys instead). */
export const settingsArea = async (): Promise<SettingsArea> => (area ??= await chooseSettingsArea(browser.storage as StorageApi));

/** Forgets the probed area (tests, after fakeBrowser.reset()). */
export function forgetSettingsArea(): void {
  area = undefined;
}

/** Every setting as stored in `areaName`. */
export async function readSettingsIn(areaName: SettingsArea): Promise<Settings> {
  return settingsFromStored(await browser.storage[areaName].get(STORAGE_KEYS));
}

/** Every setting, in one storage round trip: the first read of a context probes storage.sync with all the keys. */
export async function readSettings(): Promise<Settings> {
  if (area) return readSettingsIn(area);
  const synced = await readSyncIfWorking(browser.storage as StorageApi, STORAGE_KEYS);
  area = synced === null ? 'local' : 'sync';
  return synced ? settingsFromStored(synced) : readSettingsIn('local');
}

/**
 * Calls `onChange` with every setting after any of them changes, in this context (so in every open tab at once);
 * returns the unwatch function.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  let pending = false;
  // One write through a WXT item is two storage events (version meta, then value): read once after both.
  const readSoon = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!stopped) void readSettings().then((settings) => stopped || onChange(settings));
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
