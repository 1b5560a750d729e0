// One setting on top of a WXT storage item, hardened for what real storage holds: values written by an older or a
// newer version of the extension (storage.sync follows the reader to other machines, which may run another
// version), values edited by hand or truncated. Every read is validated for this key alone, so one bad value falls
// back to its own default and never touches the others.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { parseSetting, readStoredSetting, type SettingSpec, type SettingsArea } from './setting-specs.ts';

export type { SettingSpec, SettingsArea };

export interface Setting<T> {
  readonly spec: SettingSpec<T>;
  /** The stored value, or a fresh copy of the fallback when it is missing, invalid or from a newer version. */
  getValue(): Promise<T>;
  /** Rejects (and writes nothing) when `value` isn't valid for this setting. */
  setValue(value: T): Promise<void>;
  /** Back to the fallback: removes the stored value. */
  reset(): Promise<void>;
  /** Calls `onChange` with the validated value after every change; returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
}

type Meta = { v?: number };

/**
 * Defines the WXT item now, so its migrations start now (WXT runs them at defineItem time; every read awaits them).
 */
export function defineSetting<T>(spec: SettingSpec<T>, area: SettingsArea): Setting<T> {
  const item: WxtStorageItem<unknown, Meta> = storage.defineItem<unknown, Meta>(`${area}:${spec.name}`, {
    fallback: null,
    version: spec.version,
    // Always pass migrations so WXT also checks the stored version of version-1 items (it skips that otherwise).
    migrations: spec.migrations ?? {},
  });

  const getValue = async (): Promise<T> => {
    // WXT catches (and logs) a failed migration or "Version downgrade detected"; the raw value is then of another
    // version's shape, so the stored version decides how (and whether) it can be read.
    const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
    return readStoredSetting(spec, raw, meta?.v ?? undefined);
  };

  return {
    spec,
    getValue,
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
    watch(onChange) {
      // Re-read instead of trusting the raw change: the value must pass the same version and shape checks.
      return item.watch(() => void getValue().then(onChange));
    },
  };
}
