import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageSettings, watchPageSettings, type PageSettings } from '../../extension/page-settings.ts';
import {
  chooseSettingsArea,
  createSettingItems,
  DEFAULT_SETTINGS,
  forgetSettingItems,
  MAX_PAUSED_SITES,
  readSettings,
  readSettingsIn,
  resetAllSettings,
  SettingLimitError,
  setSetting,
  setSitePaused,
  setTopicEnabled,
} from '../../extension/settings.ts';

const ALL_ON = { abbas: true, hamas: true, hezbollah: true, deconfliction: true };

/** What a browser profile holds before the extension (re)starts: raw values and WXT meta keys (`<key>$`). */
async function seed(area: 'sync' | 'local', values: Record<string, unknown>) {
  await fakeBrowser.storage[area].set(values);
}

/** Reads every setting after a fresh start of the extension (items defined now, their migrations run now). */
async function readFresh(area: 'sync' | 'local' = 'sync'): Promise<Record<string, unknown>> {
  const items = createSettingItems(area);
  await Promise.all(Object.values(items).map((item) => item.migrated));
  return { ...(await readSettingsIn(area)) };
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettingItems();
});

describe('defaults', () => {
  test('an empty profile reads every default', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      extensionEnabled: true,
      enabledTopics: ALL_ON,
      pausedSites: [],
      highlightStyle: 'underline',
      hoverDelayMs: 300,
      scanCode: false,
    });
  });

  test('mutating a value read from storage never changes the default', async () => {
    const settings = await readSettings();
    settings.enabledTopics.hamas = false;
    settings.pausedSites.push('example.com');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a value is written to storage.sync and read back', async () => {
    await setTopicEnabled('hezbollah', false);
    await setSitePaused('news.example', true);
    expect(await fakeBrowser.storage.sync.get('enabledTopics')).toEqual({ enabledTopics: { ...ALL_ON, hezbollah: false } });
    expect((await readSettings()).pausedSites).toEqual(['news.example']);
    await setSitePaused('news.example', false);
    expect((await readSettings()).pausedSites).toEqual([]);
  });

  test('paused sites are capped at 30, which fit storage.sync\'s 8,192-byte item even at 253 characters each', async () => {
    const longest = (i: number) => `${i}`.padEnd(253, 'x');
    const sites = Array.from({ length: MAX_PAUSED_SITES }, (_, i) => longest(i));
    expect('pausedSites'.length + JSON.stringify(sites).length).toBeLessThanOrEqual(8192);
    await setSetting('pausedSites', sites);
    await expect(setSitePaused('one-more.example', true)).rejects.toBeInstanceOf(SettingLimitError);
    expect((await readSettings()).pausedSites).toEqual(sites);
    // Already paused, or resuming: allowed at the cap.
    await setSitePaused(sites[0]!, true);
    await setSitePaused(sites[0]!, false);
    await setSitePaused('one-more.example', true);
    expect((await readSettings()).pausedSites).toHaveLength(MAX_PAUSED_SITES);
  });

  test('an invalid value is refused and nothing is written', async () => {
    await expect(setSetting('hoverDelayMs', -5)).rejects.toThrow(/hoverDelayMs/);
    await expect(setSetting('highlightStyle', 'blink' as never)).rejects.toThrow(/highlightStyle/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('reset to defaults removes every stored value', async () => {
    await setSetting('scanCode', true);
    await setSetting('extensionEnabled', false);
    await resetAllSettings();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('a corrupt stored value falls back for that key only', () => {
  test.each([
    ['extensionEnabled', 'yes'],
    ['enabledTopics', 'hamas'],
    ['pausedSites', { 'example.com': true }],
    ['highlightStyle', 'blink'],
    ['hoverDelayMs', '300'],
    ['hoverDelayMs', 99999],
    ['scanCode', 1],
  ])('%s = %j', async (name, corrupt) => {
    const good = { extensionEnabled: false, enabledTopics: { ...ALL_ON, abbas: false }, pausedSites: ['a.example'], highlightStyle: 'background', hoverDelayMs: 600, scanCode: true };
    await seed('sync', { ...good, 'enabledTopics$': { v: 2 }, [name]: corrupt });
    const settings = await readFresh();
    expect(settings[name]).toEqual(DEFAULT_SETTINGS[name as keyof typeof DEFAULT_SETTINGS]);
    for (const other of Object.keys(good).filter((key) => key !== name)) {
      expect(settings[other], other).toEqual(good[other as keyof typeof good]);
    }
    // Reading never rewrites: the reader's other data (and a later fix) stay possible.
    expect((await fakeBrowser.storage.sync.get(name))[name]).toEqual(corrupt);
  });

  test('partly readable values keep what is readable', async () => {
    await seed('sync', {
      enabledTopics: { hamas: false, hezbollah: 'no', unknownTopic: false },
      'enabledTopics$': { v: 2 },
      pausedSites: ['ok.example', 42, '', 'ok.example'],
    });
    const settings = await readFresh();
    expect(settings.enabledTopics).toEqual({ ...ALL_ON, hamas: false });
    expect(settings.pausedSites).toEqual(['ok.example']);
  });
});

describe('migrations, from each older version', () => {
  test('enabledTopics v1 (array of enabled ids) becomes v2 (a switch per topic) and is stored that way', async () => {
    await seed('sync', { enabledTopics: ['abbas', 'deconfliction'] });
    const settings = await readFresh();
    expect(settings.enabledTopics).toEqual({ abbas: true, hamas: false, hezbollah: false, deconfliction: true });
    expect(await fakeBrowser.storage.sync.get(['enabledTopics', 'enabledTopics$'])).toEqual({
      enabledTopics: { abbas: true, hamas: false, hezbollah: false, deconfliction: true },
      'enabledTopics$': { v: 2 },
    });
  });

  test('enabledTopics v1 with an explicit {v:1} meta migrates the same way', async () => {
    await seed('sync', { enabledTopics: ['hamas'], 'enabledTopics$': { v: 1 } });
    expect((await readFresh()).enabledTopics).toEqual({ abbas: false, hamas: true, hezbollah: false, deconfliction: false });
  });

  test('enabledTopics v1 already shaped as a record (early development builds) is kept', async () => {
    await seed('sync', { enabledTopics: { ...ALL_ON, hamas: false } });
    expect((await readFresh()).enabledTopics).toEqual({ ...ALL_ON, hamas: false });
  });

  test('a v2 value is not migrated again', async () => {
    await seed('sync', { enabledTopics: { ...ALL_ON, abbas: false }, 'enabledTopics$': { v: 2 } });
    expect((await readFresh()).enabledTopics).toEqual({ ...ALL_ON, abbas: false });
  });

  test('version-1 settings stored without meta read as they are', async () => {
    await seed('sync', { hoverDelayMs: 800, highlightStyle: 'background' });
    const settings = await readFresh();
    expect([settings.hoverDelayMs, settings.highlightStyle]).toEqual([800, 'background']);
  });
});

describe('a value written by a newer version (storage.sync from another machine)', () => {
  test('falls back for that key without crashing, then our next write takes the key back', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await seed('sync', {
      enabledTopics: { topics: ['hamas'], schema: 3 },
      'enabledTopics$': { v: 3 },
      hoverDelayMs: { ms: 500 },
      'hoverDelayMs$': { v: 2 },
      scanCode: true,
    });
    const settings = await readFresh();
    expect(settings.enabledTopics).toEqual(ALL_ON);
    expect(settings.hoverDelayMs).toBe(300);
    expect(settings.scanCode).toBe(true);
    // WXT noticed ("Version downgrade detected") and logged; it did not throw out of the migration.
    expect(logged.mock.calls.flat().join(' ')).toMatch(/downgrade/i);

    await setSetting('enabledTopics', { ...ALL_ON, abbas: false });
    expect((await readSettings()).enabledTopics).toEqual({ ...ALL_ON, abbas: false });
    expect((await fakeBrowser.storage.sync.get('enabledTopics$'))['enabledTopics$']).toEqual({ v: 2 });
  });
});

describe('storage area: sync where available, else local', () => {
  test('sync when storage.sync answers', async () => {
    expect(await chooseSettingsArea(fakeBrowser.storage)).toBe('sync');
  });

  test('local when the browser has no storage.sync', async () => {
    expect(await chooseSettingsArea({ sync: undefined })).toBe('local');
    expect(await chooseSettingsArea(undefined)).toBe('local');
  });

  test('local when storage.sync throws (Firefox with webextensions.storage.sync.enabled = false)', async () => {
    const disabled = { get: () => Promise.reject(new Error('Please set webextensions.storage.sync.enabled to true')) };
    expect(await chooseSettingsArea({ sync: disabled })).toBe('local');
  });

  test('settings in the local area work the same', async () => {
    await seed('local', { enabledTopics: ['hamas'], scanCode: 'corrupt', extensionEnabled: false });
    const settings = await readFresh('local');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabledTopics: { abbas: false, hamas: true, hezbollah: false, deconfliction: false }, extensionEnabled: false });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('page settings', () => {
  test('paused site and global switch decide whether the page is active', async () => {
    await setSitePaused('paused.example', true);
    expect(await loadPageSettings('paused.example')).toMatchObject({ active: false, paused: true, enabled: true });
    expect(await loadPageSettings('other.example')).toMatchObject({ active: true, paused: false });
    await setSetting('extensionEnabled', false);
    expect(await loadPageSettings('other.example')).toMatchObject({ active: false, paused: false, enabled: false });
  });

  test('a watcher sees each change with the validated settings, and stops when unwatched', async () => {
    const seen: PageSettings[] = [];
    let notify = () => {};
    const unwatch = watchPageSettings('news.example', (settings) => {
      seen.push(settings);
      notify();
    });
    await loadPageSettings('news.example'); // the watcher is registered once the items exist
    const next = () => new Promise<void>((resolve) => (notify = resolve));

    let change = next();
    await setTopicEnabled('hezbollah', false);
    await change;
    expect(seen.at(-1)?.topics).toEqual(['abbas', 'hamas', 'deconfliction']);

    change = next();
    await fakeBrowser.storage.sync.set({ highlightStyle: 'blink' });
    await change;
    expect(seen.at(-1)?.highlightStyle).toBe('underline');

    unwatch();
    const count = seen.length;
    await setSitePaused('news.example', true);
    await loadPageSettings('news.example');
    expect(seen).toHaveLength(count);
  });
});
