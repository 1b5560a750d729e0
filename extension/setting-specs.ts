// Every setting, defined once: its type, default, stored shape version, migrations and validation. Pure data and
// functions (no storage machinery), so the content script can read settings without WXT's storage items
// (extension/settings-reader.ts) while the extension's pages and background write and migrate them through
// extension/settings.ts.
import type { TopicId } from '../briefings/types.ts';
import { survived } from '../core/debug.ts';
import { TOPIC_IDS } from './topics.ts';

export type SettingsArea = 'sync' | 'local';

export interface SettingSpec<T> {
  /** The storage key without its area prefix. */
  name: string;
  fallback: T;
  /** Current shape version; bump it with a migration when the stored shape changes. */
  version: number;
  /** Key N turns a version N-1 value into version N (WXT semantics). */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** The value if `raw` is a valid stored value for this version (normalised), else undefined. */
  parse: (raw: unknown) => T | undefined;
}

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

export type StorageApi = { sync?: { get(keys: string | string[]): Promise<unknown> } | undefined } | undefined;

/**
 * storage.sync when it works, else storage.local. Firefox throws on sync when `webextensions.storage.sync.enabled`
 * is false, and some Chromium builds ship without it. Every context (background, popup, content scripts) probes the
 * same browser, so they agree on the area.
 */
export async function chooseSettingsArea(api: StorageApi): Promise<SettingsArea> {
  return (await readSyncIfWorking(api, 'extensionEnabled')) === null ? 'local' : 'sync';
}

/**
 * `keys` from storage.sync, or null where sync does not work (the settings then live in storage.local): the probe
 * of chooseSettingsArea, for a reader that needs keys anyway and so probes with them (one round trip, not two).
 */
export async function readSyncIfWorking(api: StorageApi, keys: string | string[]): Promise<Record<string, unknown> | null> {
  if (!api?.sync) return null;
  try {
    return ((await api.sync.get(keys)) ?? {}) as Record<string, unknown>;
  } catch (error) {
    survived('reading storage.sync', error);
    return null;
  }
}


/**
 * A stored value as this version reads it: the fallback when it is missing, unreadable, or from a newer version
 * (storage.sync may carry it from another machine); an older version's value is migrated in memory first.
 * `storedVersion` is WXT's meta `v` (missing means 1).
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
  return spec.parse(value) ?? fallback();
}
