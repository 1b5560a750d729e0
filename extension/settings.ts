// Every setting, defined once: its type, default, stored shape version, migrations and validation.
// Preferences live in storage.sync where the browser offers it (they follow the reader to other machines) and in
// storage.local otherwise; see chooseSettingsArea. Per-key validation and version handling: setting-item.ts.
import { browser } from 'wxt/browser';
import { TOPIC_IDS, type TopicId } from '../briefings/types.ts';
import { defineSetting, type Setting, type SettingSpec, type SettingsArea } from './setting-item.ts';

export type TopicSwitches = Record<TopicId, boolean>;
export type HighlightStyle = 'underline' | 'background';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
export const HOVER_DELAY_RANGE = { min: 0, max: 2000, step: 50 } as const;

export interface Settings {
  /** The global switch: off means nothing is highlighted anywhere. */
  extensionEnabled: boolean;
  enabledTopics: TopicSwitches;
  /** Hostnames (location.hostname) where the reader paused the extension. */
  pausedSites: string[];
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  /** Whether mentions inside <code> and <pre> are highlighted. */
  scanCode: boolean;
}
export type SettingName = keyof Settings;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const boolean = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

/** v2 shape: every known topic present; a topic missing from storage (added in a later release) is on. */
function parseTopicSwitches(raw: unknown): TopicSwitches | undefined {
  if (!isRecord(raw)) return undefined;
  return Object.fromEntries(TOPIC_IDS.map((id) => [id, typeof raw[id] === 'boolean' ? raw[id] : true])) as TopicSwitches;
}

export const SETTING_SPECS: { readonly [K in SettingName]: SettingSpec<Settings[K]> } = {
  extensionEnabled: { name: 'extensionEnabled', fallback: true, version: 1, parse: boolean },
  enabledTopics: {
    name: 'enabledTopics',
    fallback: Object.fromEntries(TOPIC_IDS.map((id) => [id, true])) as TopicSwitches,
    version: 2,
    migrations: {
      // v1 (first draft, 2026-11) stored the *enabled* ids as an array. An array can't tell "turned off" from "added
      // in a later release", so a new topic would start off for everyone. v2 stores a switch per topic; ids not in
      // the v1 array were turned off. A v1 value that is already a record (early development builds) is kept.
      2: (old) => (Array.isArray(old) ? Object.fromEntries(TOPIC_IDS.map((id) => [id, old.includes(id)])) : old),
    },
    parse: parseTopicSwitches,
  },
  pausedSites: {
    name: 'pausedSites',
    fallback: [],
    version: 1,
    // One unreadable entry is dropped rather than losing every paused site.
    parse: (raw) => (Array.isArray(raw) ? [...new Set(raw.filter((s): s is string => typeof s === 'string' && s !== ''))] : undefined),
  },
  highlightStyle: {
    name: 'highlightStyle',
    fallback: 'underline',
    version: 1,
    parse: (raw) => HIGHLIGHT_STYLES.find((style) => style === raw),
  },
  hoverDelayMs: {
    name: 'hoverDelayMs',
    fallback: 300,
    version: 1,
    parse: (raw) =>
      typeof raw === 'number' && Number.isInteger(raw) && raw >= HOVER_DELAY_RANGE.min && raw <= HOVER_DELAY_RANGE.max
        ? raw
        : undefined,
  },
  scanCode: { name: 'scanCode', fallback: false, version: 1, parse: boolean },
};

export const SETTING_NAMES = Object.keys(SETTING_SPECS) as SettingName[];
export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_NAMES.map((name) => [name, structuredClone(SETTING_SPECS[name].fallback)]),
) as unknown as Settings;

export type SettingItems = { readonly [K in SettingName]: Setting<Settings[K]> };

type StorageApi = { sync?: { get(keys: string): Promise<unknown> } | undefined } | undefined;

/**
 * storage.sync when it works, else storage.local. Firefox throws on sync when `webextensions.storage.sync.enabled`
 * is false, and some Chromium builds ship without it. Every context (background, popup, content scripts) probes the
 * same browser, so they agree on the area.
 */
export async function chooseSettingsArea(api: StorageApi): Promise<SettingsArea> {
  if (!api?.sync) return 'local';
  try {
    await api.sync.get('extensionEnabled');
    return 'sync';
  } catch {
    return 'local';
  }
}

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

/** Calls `onChange` with every setting whenever any one changes; returns the unwatch function. */
export function watchAllSettings(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  let unwatchers: Array<() => void> = [];
  void settingItems().then((all) => {
    if (stopped) return;
    unwatchers = SETTING_NAMES.map((name) => all[name].watch(() => void getAllSettings().then((s) => stopped || onChange(s))));
  });
  return () => {
    stopped = true;
    // After the extension is reloaded or updated, Chromium throws "Extension context invalidated" from
    // removeListener: the listeners went with the old runtime, there is nothing left to remove.
    for (const unwatch of unwatchers) {
      try {
        unwatch();
      } catch {
        break;
      }
    }
  };
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

/** Pauses or resumes the extension on one hostname. */
export async function setSitePaused(hostname: string, paused: boolean): Promise<void> {
  const current = await getSetting('pausedSites');
  const next = paused ? [...new Set([...current, hostname])] : current.filter((site) => site !== hostname);
  await setSetting('pausedSites', next);
}
