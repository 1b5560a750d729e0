// What the content script's `virtual:briefings-rules` holds (see rules-plugin.ts): loaded afresh by every build.
import { BRIEFINGS } from '../../briefings/index.ts';
import { serializeRules } from '../../core/compiled-rules.ts';

export const data = serializeRules(BRIEFINGS);
