// MatchRules from the briefings, compiled once per matcher: one combined regex for every spelling of every topic,
// plus per-topic context regexes used only on the (rare) hits.
import type { Briefing, TopicId } from '../briefings/types.ts';
import { phraseKey, phrasesPattern, wholeWords, type WholeWords } from './phrase.ts';
import { typoVariants } from './variants.ts';

/** How a spelling was listed: an unambiguous name, a form that needs context, or a generated typo of a name. */
export type AliasKind = 'name' | 'ambiguous' | 'typo';

export interface Alias {
  topic: TopicId;
  kind: AliasKind;
}

export interface CompiledTopic {
  id: TopicId;
  rejectBefore: WholeWords | null;
  rejectAfter: WholeWords | null;
  requireNearby: WholeWords[];
  rejectNearby: WholeWords | null;
  ambiguousRejectNearby: WholeWords | null;
  supportNearby: WholeWords | null;
  window: number;
}

export interface CompiledRules {
  /** Global, unicode: every spelling of every selected topic over normalized text; the caller checks the word start. */
  regex: RegExp;
  aliases: Map<string, Alias>;
  topics: Map<TopicId, CompiledTopic>;
  /** Largest context window of any topic: how much of previous blocks to keep. */
  maxWindow: number;
}

/** Default characters either side searched for context words: about two sentences of news prose. */
export const DEFAULT_WINDOW = 250;

function anchored(words: readonly string[] | undefined, side: 'before' | 'after'): WholeWords | null {
  // Context words must touch the hit, separated only by spaces/hyphens: "Zaheer Abbas", not "Zaheer said Abbas".
  return wholeWords(words, (pattern) => (side === 'before' ? `${pattern}[ \\-]+$` : `^[ \\-]+${pattern}`));
}

function compileTopic(briefing: Briefing): CompiledTopic {
  const m = briefing.match;
  return {
    id: briefing.id,
    rejectBefore: anchored(m.rejectBefore, 'before'),
    rejectAfter: anchored(m.rejectAfter, 'after'),
    requireNearby: (m.requireNearby ?? []).flatMap((group) => wholeWords(group) ?? []),
    rejectNearby: wholeWords(m.rejectNearby),
    ambiguousRejectNearby: wholeWords(m.ambiguousRejectNearby),
    supportNearby: wholeWords(m.supportNearby),
    window: m.contextWindow ?? DEFAULT_WINDOW,
  };
}

function addAlias(aliases: Map<string, Alias>, spellings: string[], phrase: string, alias: Alias): void {
  const key = phraseKey(phrase);
  spellings.push(phrase);
  // Listed spellings beat generated typos, and the first topic to list a spelling keeps it.
  const existing = aliases.get(key);
  if (!existing || (existing.kind === 'typo' && alias.kind !== 'typo')) aliases.set(key, alias);
}

/**
 * Compiles the match rules of `briefings` (already filtered to the wanted topics).
 *
 * @example
 * const rules = compileRules(BRIEFINGS);
 * rules.aliases.get('hezbolah'); // { topic: 'hezbollah', kind: 'typo' }
 */
export function compileRules(briefings: readonly Briefing[]): CompiledRules {
  const aliases = new Map<string, Alias>();
  // The spellings as written (apostrophes kept, optional in the regex); `aliases` is keyed without them.
  const spellings: string[] = [];
  for (const b of briefings) {
    for (const name of b.match.names) addAlias(aliases, spellings, name, { topic: b.id, kind: 'name' });
    for (const form of b.match.ambiguous ?? []) addAlias(aliases, spellings, form, { topic: b.id, kind: 'ambiguous' });
  }
  for (const b of briefings) {
    if (!b.match.fuzzy) continue;
    for (const name of b.match.names) {
      for (const typo of typoVariants(phraseKey(name))) addAlias(aliases, spellings, typo, { topic: b.id, kind: 'typo' });
    }
  }
  const topics = new Map(briefings.map((b) => [b.id, compileTopic(b)] as const));
  const maxWindow = Math.max(0, ...[...topics.values()].map((t) => t.window));
  // With no topics selected the regex must match nothing at all.
  const source = aliases.size > 0 ? phrasesPattern(spellings, { boundaryBefore: false }) : '(?!)';
  return { regex: new RegExp(source, 'gu'), aliases, topics, maxWindow };
}
