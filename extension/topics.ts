// The build's topic ids, for the extension's own code (content script, background, popup, options page): made at
// build time from briefings/index.ts (plus a test build's fixture topics) by scripts/build/rules-plugin.ts. Ids
// only, small enough for the content script's first stage; the briefings themselves: extension/briefings.ts.
// Node scripts and tests of the briefings read briefings/index.ts directly.
import TOPICS from 'virtual:briefings-topics';
import type { TopicId } from '../briefings/types.ts';

/** Every topic id, in display order. */
export const TOPIC_IDS: readonly TopicId[] = TOPICS;

export const isTopicId = (value: unknown): value is TopicId => TOPIC_IDS.includes(value as TopicId);
