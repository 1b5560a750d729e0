// The content script's read-only path (extension/settings-reader.ts) must read exactly what the WXT items read,
// for every kind of stored value, without running WXT's storage machinery.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAllSettings, watchAllSettingsFromStorage } from '../../extension/settings-reader.ts';
import { DEFAULT_SETTINGS, forgetSettingItems, getAllSettings, setSetting } from '../../extension/settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettingItems();
});

const STORED_CASES: Array<[string, Record<string, unknown>]> = [
  ['an empty profile', {}],
  ['valid values', { highlightStyle: 'background', hoverDelayMs: 500, pausedSites: ['example.org'], scanCode: true }],
  ['corrupt values', { highlightStyle: 42, hoverDelayMs: -3, pausedSites: 'x', extensionEnabled: 'yes', enabledTopics: null }],
  ['a v1 topic list (migrated in memory)', { enabledTopics: ['abbas', 'hamas'] }],
  ['a value from a newer version', { enabledTopics: { abbas: false }, enabledTopics$: { v: 99 } }],
  ['partial topics and a stray key', { enabledTopics: { hezbollah: false }, enabledTopics$: { v: 2 }, somethingElse: 1 }],
];

test.each(STORED_CASES)('%s: the content script reads what the extension pages read', async (_, stored) => {
  await fakeBrowser.storage.sync.set(stored);
  const fromReader = await readAllSettings();
  expect(fromReader).toEqual(await getAllSettings());
});

test('a v1 topic list reads as switches before the background has migrated it', async () => {
  await fakeBrowser.storage.sync.set({ enabledTopics: ['abbas', 'hamas'] });
  expect((await readAllSettings()).enabledTopics).toEqual({ abbas: true, hamas: true, hezbollah: false, deconfliction: false });
});

test('any setting change reaches the watcher with every setting; unwatching stops it', async () => {
  await getAllSettings(); // items defined and migrated before watching, as the background does at startup
  const seen: unknown[] = [];
  const unwatch = watchAllSettingsFromStorage((settings) => seen.push(settings));
  await setSetting('highlightStyle', 'background');
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
  unwatch();
  await setSetting('scanCode', true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(seen).toHaveLength(1);
});

test('where storage.sync throws, the content script reads local storage, as the extension pages do', async () => {
  // A fresh module: the area is decided on the first read and kept.
  vi.resetModules();
  const { readAllSettings: readFresh } = await import('../../extension/settings-reader.ts');
  const sync = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is disabled'));
  await fakeBrowser.storage.local.set({ highlightStyle: 'background', hoverDelayMs: 700 });
  const settings = await readFresh();
  expect(settings.highlightStyle).toBe('background');
  expect(settings.hoverDelayMs).toBe(700);
  // One failed sync read, then local for good.
  await readFresh();
  expect(sync).toHaveBeenCalledTimes(1);
  sync.mockRestore();
});
