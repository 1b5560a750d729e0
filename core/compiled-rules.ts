// The matcher's and the prefilter's rules compiled at build time, as plain data the content script receives in its
// bundle (scripts/build/rules-plugin.ts). Compiling them (typo spellings, normalizing every spelling, character
// tries, anchors) cost every frame of every page 8–12 ms (≈ 7 ms in Node); building the regexes from their sources,
// all a page does now, ≈ 1 ms in Node. serializeRules runs at build time; the *FromSerialized functions are all the
// content script runs (tree-shaking drops the rest from its bundle).
import type { Briefing } from '../briefings/types.ts';
import { prefilterFromSpec, prefilterSpec, type Prefilter, type PrefilterSpec } from './prefilter.ts';
import { ruleSources, rulesFromSources, type CompiledRules, type RuleSources } from './rules.ts';

export type { PrefilterSpec } from './prefilter.ts';
export type { RuleSources, TopicSources } from './rules.ts';

/**
 * Everything createMatcher and createPrefilter compile, JSON-safe. Regex flags are fixed by the reader. No version
 * field: the data and the code that reads it are always built together.
 */
export interface SerializedRules {
  rules: RuleSources;
  prefilter: PrefilterSpec;
}

/**
 * Compiles the rules of `briefings` (filtered first for fewer topics; the content script matches every topic).
 *
 * @example
 * const data = serializeRules(BRIEFINGS); // JSON.stringify(data) is what the content script bundles
 */
export function serializeRules(briefings: readonly Briefing[]): SerializedRules {
  return { rules: withoutBiggestGroup(ruleSources(briefings)), prefilter: prefilterSpec(briefings) };
}

// The content script has a size budget (docs/performance.md), and most alias keys are generated typos of one
// name (185 of 203 keys, ≈ 0.5 KB gzipped): they are also in the regex, and every match's key is in some group, so
// the biggest group can go without its keys: it is whatever a matched key the others lack.
function withoutBiggestGroup(sources: RuleSources): RuleSources {
  const size = (keys: string[] | undefined) => keys?.length ?? 0;
  let biggest: RuleSources['aliases'][number] | undefined;
  for (const group of sources.aliases) if (!biggest || size(group.keys) > size(biggest.keys)) biggest = group;
  return { ...sources, aliases: sources.aliases.map((g) => (g === biggest ? { topic: g.topic, kind: g.kind } : g)) };
}

/**
 * The matcher's rules from {@link serializeRules}' data: they match as compileRules of the same briefings do (the
 * biggest alias group is `otherAlias` instead of keys in `aliases`).
 *
 * @example
 * const matcher = createMatcherFromRules(rulesFromSerialized(data));
 */
export function rulesFromSerialized(data: SerializedRules): CompiledRules {
  return rulesFromSources(data.rules);
}

/**
 * The prefilter from {@link serializeRules}' data: the same as createPrefilter of the same briefings.
 *
 * @example
 * prefilterFromSerialized(data).mightMatch('HAMAS said'); // true
 */
export function prefilterFromSerialized(data: SerializedRules): Prefilter {
  return prefilterFromSpec(data.prefilter);
}
