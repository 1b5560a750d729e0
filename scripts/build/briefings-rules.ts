// What the extension's virtual modules hold (see rules-plugin.ts), made from the build's briefings: loaded afresh
// by every build, through Vite's module runner.
import { BRIEFINGS } from '../../briefings/index.ts';
import type { Briefing, BriefingContent } from '../../briefings/types.ts';
import { serializeRules, type SerializedRules } from '../../core/compiled-rules.ts';
import { wordsSpec, type WordsSpec } from '../../core/prefilter.ts';
import { highlightsCss, type HighlightAnchor } from './highlights-css.ts';

export { BRIEFINGS };

export interface BuiltModules {
  /** `virtual:briefings-topics`: the topic ids, in display order (small enough for any bundle). */
  topics: string[];
  /** `virtual:briefings-rules`: the matcher's rules, compiled. */
  rules: SerializedRules;
  /** `virtual:briefings-prefilter`: the spellings' words, for the first stage (core/prefilter.ts wordsSpec). */
  prefilter: WordsSpec;
  /** `virtual:briefing-content`: the briefings without their match rules, which the page has compiled already. */
  content: BriefingContent[];
  /** `virtual:briefings-highlights.css`: the page highlights' CSS. */
  css: string;
}

/** Every module's value, for `briefings` (BRIEFINGS, plus a test build's fixture topics) and the build's browser. */
export function buildModules(briefings: readonly Briefing[], anchor: HighlightAnchor = 'every-element'): BuiltModules {
  const rules = serializeRules(briefings);
  return {
    topics: briefings.map(({ id }) => id),
    rules,
    prefilter: wordsSpec(briefings),
    content: briefings.map(({ match: _match, ...shown }) => shown),
    css: highlightsCss(briefings, anchor),
  };
}
