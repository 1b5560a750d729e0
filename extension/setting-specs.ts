// Every setting, defined once: its type, default, stored shape version, migrations and validation. Pure data (no
// storage), shared by the one read path (settings-reader.ts) and the writes through WXT's items (settings.ts).
import * as v from 'valibot';
import type { TopicId } from '../briefings/types.ts';
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
  /** What a valid stored value of this version is (valibot); its output is the value as read (normalised). */
  schema: v.GenericSchema<unknown, T>;
}

/** The value if `raw` is a valid stored value for `spec`'s version (normalised), else undefined. */
export function parseSetting<T>(spec: SettingSpec<T>, raw: unknown): T | undefined {
  const parsed = v.safeParse(spec.schema, raw);
  return parsed.success ? parsed.output : undefined;
}

export type TopicSwitches = Record<TopicId, boolean>;
export type HighlightStyle = 'underline' | 'background';
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const satisfies readonly HighlightStyle[];
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

/** A paused site: a hostname, never empty. */
const SITE = v.pipe(v.string(), v.nonEmpty());
/** v2 shape: a switch per known topic; one missing from storage (added in a later release), or unreadable, is on. */
const TOPIC_SWITCHES = v.object(
  Object.fromEntries(TOPIC_IDS.map((id) => [id, v.fallback(v.boolean(), true)])) as {
    [K in TopicId]: v.SchemaWithFallback<v.BooleanSchema<undefined>, true>;
  },
);

export const SETTING_SPECS: { readonly [K in SettingName]: SettingSpec<Settings[K]> } = {
  extensionEnabled: { name: 'extensionEnabled', fallback: true, version: 1, schema: v.boolean() },
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
    schema: TOPIC_SWITCHES,
  },
  pausedSites: {
    name: 'pausedSites',
    fallback: [],
    version: 1,
    // One unreadable entry is dropped rather than losing every paused site.
    schema: v.pipe(
      v.array(v.unknown()),
      v.transform((sites) => [...new Set(sites.filter((site): site is string => v.is(SITE, site)))]),
    ),
  },
  highlightStyle: {
    name: 'highlightStyle',
    fallback: 'underline',
    version: 1,
    schema: v.picklist(HIGHLIGHT_STYLES),
  },
  hoverDelayMs: {
    name: 'hoverDelayMs',
    fallback: 300,
    version: 1,
    schema: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
  },
  scanCode: { name: 'scanCode', fallback: false, version: 1, schema: v.boolean() },
};

export const SETTING_NAMES = Object.keys(SETTING_SPECS) as SettingName[];
export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_NAMES.map((name) => [name, structuredClone(SETTING_SPECS[name].fallback)]),
) as unknown as Settings;
