// The build's briefings, for the popup, options page and background (see extension/topics.ts for the ids alone):
// briefings/index.ts's BRIEFINGS, plus a test build's fixture topics (scripts/build/rules-plugin.ts).
import BRIEFINGS from 'virtual:briefings';
import type { Briefing, TopicId } from '../briefings/types.ts';

export { BRIEFINGS };

export const BRIEFINGS_BY_ID = Object.fromEntries(BRIEFINGS.map((b) => [b.id, b])) as Record<TopicId, Briefing>;
