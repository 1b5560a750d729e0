// What the content script's virtual modules hold (see rules-plugin.ts): loaded afresh by every build.
import { BRIEFINGS } from '../../briefings/index.ts';
import type { BriefingContent } from '../../briefings/types.ts';
import { serializeRules } from '../../core/compiled-rules.ts';

/** `virtual:briefings-rules`: the matcher's rules, compiled. */
export const data = serializeRules(BRIEFINGS);

/** `virtual:briefing-content`: the briefings without their match rules, which the page has compiled already. */
export const content: BriefingContent[] = BRIEFINGS.map(({ match: _match, ...shown }) => shown);
