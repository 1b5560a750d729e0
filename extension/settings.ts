// Every setting, defined once: its type, default, stored shape version, migrations and validation.
// Preferences live in storage.sync where the browser offers it (they follow the reader to other machines) and in
// storage.local otherwise; see chooseSettingsArea. Per-key validation and version handling: setting-item.ts.
import { browser } from 'wxt/browser';
import type { TopicId } from '../briefings/types.ts';
import { defineSetting, type Setting } from './setting-item.ts';
import { watchAllSettingsFromStorage } from './settings-reader.ts';
import {
  chooseSettingsArea,
  SETTING_NAMES,
  SETTING_SPECS,
  type SettingName,
  type Settings,
  type SettingsArea,
  type StorageApi,
} from './setting-specs.ts';

export * from './setting-specs.ts';

export type SettingItems = { readonly [K in SettingName]: Setting<Settings[K]> };

/** Defines every item in `area`; migrations start now. Tests call this to simulate a fresh start. */
export function createSettingItems(area: SettingsArea): SettingItems {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, defineSetting(SETTING_SPECS[name] as never, area)])) as SettingItems;
}

let items: Promise<SettingItems> | undefined;

/** The settings of this context, defined on first use (never at module load: WXT evaluates modules at build time). */
export function settingItems(): Promise<SettingItems> {
  items ??= chooseSettingsArea(browser.storage as StorageApi).then(createSettingItems);
  return items;
}

/** Forgets this context's items (tests, after fakeBrowser.reset()). */
export function forgetSettingItems(): void {
  items = undefined;
}

export async function getSetting<K extends SettingName>(name: K): Promise<Settings[K]> {
  return (await settingItems())[name].getValue();
}

export async function setSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<void> {
  await (await settingItems())[name].setValue(value);
}

export async function getAllSettings(): Promise<Settings> {
  const all = await settingItems();
  const values = await Promise.all(SETTING_NAMES.map((name) => all[name].getValue()));
  return Object.fromEntries(SETTING_NAMES.map((name, i) => [name, values[i]])) as unknown as Settings;
}

/**
 * Calls `onChange` with every setting whenever any one changes; returns the unwatch function. The same watcher the
 * content script uses (extension/settings-reader.ts); this context's items are defined first, so its migrations run.
 */
export function watchAllSettings(onChange: (settings: Settings) => void): () => void {
  void settingItems();
  return watchAllSettingsFromStorage(onChange);
}

export async function resetAllSettings(): Promise<void> {
  const all = await settingItems();
  await Promise.all(SETTING_NAMES.map((name) => all[name].reset()));
}

/** Turns one topic on or off, keeping the others' switches. */
export async function setTopicEnabled(topic: TopicId, on: boolean): Promise<void> {
  const current = await getSetting('enabledTopics');
  await setSetting('enabledTopics', { ...current, [topic]: on });
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
  const current = await getSetting('pausedSites');
  if (paused && !current.includes(hostname) && current.length >= MAX_PAUSED_SITES) {
    throw new SettingLimitError(`You can pause up to ${MAX_PAUSED_SITES} sites. Resume one in Settings to pause another.`);
  }
  const next = paused ? [...new Set([...current, hostname])] : current.filter((site) => site !== hostname);
  await setSetting('pausedSites', next);
}
