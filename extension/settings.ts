// How settings are written and migrated: one WXT storage item per setting, in the area settings-reader.ts probes
// (storage.sync where it works, else storage.local). Reads go through settings-reader.ts in every context; this
// module re-exports it and the specs, so the extension's pages import settings from here alone.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { TopicId } from '../briefings/types.ts';
import {
  parseSetting,
  SETTING_NAMES,
  SETTING_SPECS,
  type SettingName,
  type Settings,
  type SettingSpec,
  type SettingsArea,
} from './setting-specs.ts';
import { forgetSettingsArea, readSettings, settingsArea } from './settings-reader.ts';
import { survived } from '../core/debug.ts';

export * from './setting-specs.ts';
export * from './settings-reader.ts';

/** One setting's writes, on top of its WXT item. */
export interface Setting<T> {
  readonly spec: SettingSpec<T>;
  /** Resolves once WXT has run this item's stored migrations (or logged why it could not). */
  readonly migrated: Promise<void>;
  /** Rejects (and writes nothing) when `value` isn't valid for this setting. */
  setValue(value: T): Promise<void>;
  /** Back to the fallback: removes the stored value. */
  reset(): Promise<void>;
}

/**
 * Defines the WXT item now, so its migrations start now. WXT catches (and logs) a failed migration or "Version
 * downgrade detected" (a newer version's value, from storage.sync on another machine); the reader then falls back
 * for that key alone.
 */
function defineSetting<T>(spec: SettingSpec<T>, area: SettingsArea): Setting<T> {
  const item: WxtStorageItem<unknown, { v?: number }> = storage.defineItem<unknown, { v?: number }>(`${area}:${spec.name}`, {
    fallback: null,
    version: spec.version,
    // Always pass migrations so WXT also checks the stored version of version-1 items (it skips that otherwise).
    migrations: spec.migrations ?? {},
  });
  return {
    spec,
    // WXT's getMeta waits for the item's migrations first.
    migrated: item.getMeta().then(() => undefined, (error) => survived('waiting for a setting\'s migrations', error)),
    async setValue(value) {
      const parsed = parseSetting(spec, value);
      if (parsed === undefined) throw new TypeError(`Invalid value for setting "${spec.name}": ${JSON.stringify(value)}`);
      // Writing our shape over a newer version's value must also record our version, or the next read would take
      // the value for the newer version's and ignore it. Meta first: watchers re-read on the value change and must
      // then see both.
      const meta = await item.getMeta();
      if (meta.v !== spec.version) await item.setMeta({ v: spec.version });
      await item.setValue(parsed);
    },
    // Keeps the meta ({v}), so later writes from any context stay correctly versioned.
    reset: () => item.removeValue(),
  };
}

export type SettingItems = { readonly [K in SettingName]: Setting<Settings[K]> };

/** Defines every item in `area`; migrations start now. Tests call this to simulate a fresh start. */
export function createSettingItems(area: SettingsArea): SettingItems {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, defineSetting(SETTING_SPECS[name] as never, area)])) as SettingItems;
}

let items: Promise<SettingItems> | undefined;

/**
 * The settings' items of this context, defined on first use (never at module load: WXT evaluates modules at build
 * time); resolves once their migrations have run. The background calls it at startup.
 */
export function settingItems(): Promise<SettingItems> {
  items ??= settingsArea().then(async (area) => {
    const defined = createSettingItems(area);
    await Promise.all(Object.values(defined).map((item) => item.migrated));
    return defined;
  });
  return items;
}

/** Forgets this context's items and storage area (tests, after fakeBrowser.reset()). */
export function forgetSettingItems(): void {
  items = undefined;
  forgetSettingsArea();
}

export async function setSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<void> {
  await (await settingItems())[name].setValue(value);
}

export async function resetAllSettings(): Promise<void> {
  const all = await settingItems();
  await Promise.all(SETTING_NAMES.map((name) => all[name].reset()));
}

/** Turns one topic on or off, keeping the others' switches. */
export async function setTopicEnabled(topic: TopicId, on: boolean): Promise<void> {
  const { enabledTopics } = await readSettings();
  await setSetting('enabledTopics', { ...enabledTopics, [topic]: on });
}

/**
 * Paused sites kept at most: 30 of the longest hostnames (253 characters, 256 bytes each as JSON) and the key are
 * 7,693 bytes, inside storage.sync's 8,192-byte quota per item, so a pause within the cap is never refused by it.
 */
export const MAX_PAUSED_SITES = 30;

/** A write refused by the extension itself, with the reason to show the reader. */
export class SettingLimitError extends Error {}

/** Pauses or resumes the extension on one hostname; rejects with a SettingLimitError past MAX_PAUSED_SITES. */
export async function setSitePaused(hostname: string, paused: boolean): Promise<void> {
  const { pausedSites: current } = await readSettings();
  if (paused && !current.includes(hostname) && current.length >= MAX_PAUSED_SITES) {
    throw new SettingLimitError(`You can pause up to ${MAX_PAUSED_SITES} sites. Resume one in Settings to pause another.`);
  }
  const next = paused ? [...new Set([...current, hostname])] : current.filter((site) => site !== hostname);
  await setSetting('pausedSites', next);
}
