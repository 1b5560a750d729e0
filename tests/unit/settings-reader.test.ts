// The one read path (extension/settings-reader.ts) reads WXT's storage format itself: every kind of stored value
// must read the same before and after WXT's storage items have migrated it.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  forgetSettingItems,
  readSettings,
  setSetting,
  settingItems,
  watchSettings,
  type Settings,
} from '../../extension/settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettingItems();
});

const ALL_ON = { abbas: true, hamas: true, hezbollah: true, deconfliction: true };

const STORED_CASES: Array<[string, Record<string, unknown>, Partial<Settings>]> = [
  ['an empty profile', {}, {}],
  [
    'valid values',
    { highlightStyle: 'background', hoverDelayMs: 500, pausedSites: ['example.org'], scanCode: true },
    { highlightStyle: 'background', hoverDelayMs: 500, pausedSites: ['example.org'], scanCode: true },
  ],
  ['corrupt values', { highlightStyle: 42, hoverDelayMs: -3, pausedSites: 'x', extensionEnabled: 'yes', enabledTopics: null }, {}],
  ['a v1 topic list', { enabledTopics: ['abbas', 'hamas'] }, { enabledTopics: { ...ALL_ON, hezbollah: false, deconfliction: false } }],
  ['a value from a newer version', { enabledTopics: { abbas: false }, enabledTopics$: { v: 99 } }, {}],
  [
    'partial topics and a stray key',
    { enabledTopics: { hezbollah: false }, enabledTopics$: { v: 2 }, somethingElse: 1 },
    { enabledTopics: { ...ALL_ON, hezbollah: false } },
  ],
];

test.each(STORED_CASES)('%s: read the same before and after WXT migrates storage', async (_, stored, expected) => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // WXT logs the newer version's "Version downgrade"
  await fakeBrowser.storage.sync.set(stored);
  const before = await readSettings();
  expect(before).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  await settingItems(); // defined and migrated, as the background does at startup
  expect(await readSettings()).toEqual(before);
});

test('any setting change reaches the watcher with every setting; unwatching stops it', async () => {
  await settingItems();
  const seen: unknown[] = [];
  const unwatch = watchSettings((settings) => seen.push(settings));
  await setSetting('highlightStyle', 'background');
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
  unwatch();
  await setSetting('scanCode', true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(seen).toHaveLength(1);
});

test('where storage.sync throws, settings are read from local storage, and written there', async () => {
  const sync = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is disabled'));
  await fakeBrowser.storage.local.set({ highlightStyle: 'background', hoverDelayMs: 700 });
  const settings = await readSettings();
  expect(settings.highlightStyle).toBe('background');
  expect(settings.hoverDelayMs).toBe(700);
  // One failed sync read, then local for good, for reads and writes.
  await readSettings();
  await setSetting('scanCode', true);
  expect((await readSettings()).scanCode).toBe(true);
  expect(await fakeBrowser.storage.local.get('scanCode')).toEqual({ scanCode: true });
  expect(sync).toHaveBeenCalledTimes(1);
  sync.mockRestore();
});
