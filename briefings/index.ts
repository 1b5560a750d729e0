// The list of topics: a topic is its briefing file plus its line here (docs/architecture.md "How to add a topic").
// Everything else that knows the topics derives from this list: TopicId (types.ts), the matcher's rules, the page
// highlights' CSS and the topic tables the extension reads (built from it by scripts/build/rules-plugin.ts).
import { abbas } from './abbas.ts';
import { deconfliction } from './deconfliction.ts';
import { hamas } from './hamas.ts';
import { hezbollah } from './hezbollah.ts';
import type { Briefing, TopicId } from './types.ts';

const LIST = [abbas, hamas, hezbollah, deconfliction] as const;

/** The ids of the briefings listed here: types.ts's TopicId. */
export type ListedTopicId = (typeof LIST)[number]['id'];

/** Every briefing, in display order. */
export const BRIEFINGS: readonly Briefing[] = LIST;

/** Every topic id, in display order. */
export const TOPIC_IDS: readonly TopicId[] = BRIEFINGS.map((b) => b.id);

export const BRIEFINGS_BY_ID = Object.fromEntries(BRIEFINGS.map((b) => [b.id, b])) as Record<TopicId, Briefing>;
