// The badge the background keeps from 'background/mention-count' messages (extension/badge.ts).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, startBadge, type Badge } from '../../extension/badge.ts';
import { forgetSettingItems, setSetting, setSitePaused } from '../../extension/settings.ts';

const text = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('badgeText', () => {
  test.each([
    [0, true, ''],
    [1, true, '1'],
    [999, true, '999'],
    [1000, true, '999+'],
    [12, false, ''],
  ])('%i mentions, visible %s → %j', (count, visible, expected) => {
    expect(badgeText(count, visible)).toBe(expected);
  });
});

describe('the badge per tab', () => {
  let badge: Badge;
  beforeEach(() => {
    fakeBrowser.reset();
    forgetSettingItems();
    badge = startBadge();
  });
  afterEach(() => badge.stop());

  test('shows the count the tab reported, per tab', async () => {
    await badge.setCount(5, 12, 'https://news.example/a');
    await badge.setCount(6, 0, 'https://other.example/');
    expect(await text(5)).toBe('12');
    expect(await text(6)).toBe('');
  });

  test('hidden while the site is paused or Briefings is off, back when resumed', async () => {
    await badge.setCount(5, 12, 'https://news.example/a');
    await setSitePaused('news.example', true);
    await expect.poll(() => text(5)).toBe('');
    await setSitePaused('news.example', false);
    await expect.poll(() => text(5)).toBe('12');
    await setSetting('extensionEnabled', false);
    await expect.poll(() => text(5)).toBe('');
  });

  test('cleared when the tab navigates, kept for an in-page link (#fragment)', async () => {
    await badge.setCount(5, 12, 'https://news.example/a');
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/a#section-2' }, { id: 5 } as never);
    expect(await text(5)).toBe('12');
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5 } as never);
    await expect.poll(() => text(5)).toBe('');
    await badge.setCount(5, 3, 'https://news.example/b');
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/c' }, { id: 5 } as never);
    await expect.poll(() => text(5)).toBe('');
  });
});
