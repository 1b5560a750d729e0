import { abbas } from './abbas.ts';
import { deconfliction } from './deconfliction.ts';
import { hamas } from './hamas.ts';
import { hezbollah } from './hezbollah.ts';
import type { Briefing, TopicId } from './types.ts';

/** Every briefing, in display order. */
export const BRIEFINGS: readonly Briefing[] = [abbas, hamas, hezbollah, deconfliction];

export const BRIEFINGS_BY_ID = Object.fromEntries(BRIEFINGS.map((b) => [b.id, b])) as Record<TopicId, Briefing>;
