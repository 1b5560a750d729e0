// Every setting, one storage item each (WXT storage: fallback + version + migrations).
// FIRST DRAFT: issue 7 hardens this (sync with local fallback, per-key validation, migrations).
import { storage } from 'wxt/utils/storage';
import { TOPIC_IDS, type TopicId } from '../briefings/types.ts';

export type TopicSwitches = Record<TopicId, boolean>;
export type HighlightStyle = 'underline' | 'background';

export const enabledTopics = storage.defineItem<TopicSwitches>('sync:enabledTopics', {
  fallback: Object.fromEntries(TOPIC_IDS.map((id) => [id, true])) as TopicSwitches,
  version: 1,
});
export const extensionEnabled = storage.defineItem<boolean>('sync:extensionEnabled', { fallback: true, version: 1 });
/** Hostnames where the reader paused the extension. */
export const pausedSites = storage.defineItem<string[]>('sync:pausedSites', { fallback: [], version: 1 });
export const highlightStyle = storage.defineItem<HighlightStyle>('sync:highlightStyle', {
  fallback: 'underline',
  version: 1,
});
export const hoverDelayMs = storage.defineItem<number>('sync:hoverDelayMs', { fallback: 300, version: 1 });
export const scanCode = storage.defineItem<boolean>('sync:scanCode', { fallback: false, version: 1 });
