// MatchRules from the briefings, compiled once per matcher: one combined regex for every spelling of every topic,
// plus per-topic context regexes used only on the (rare) hits. Compiling is split in two: ruleSources (typos, tries:
// the costly part, done at build time for the extension) and rulesFromSources (new RegExp, done on the page).
import type { Briefing, TopicId } from '../briefings/types.ts';
import { phraseKey, phrasesPattern, wholeWordsFromSource, wholeWordsPattern, type WholeWords } from './phrase.ts';
import { caseForms, typoBases, typoVariants } from './variants.ts';

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
  fieldNearby: WholeWords | null;
  ambiguousRejectNearby: WholeWords | null;
  ambiguousEraNearby: WholeWords | null;
  supportNearby: WholeWords | null;
  window: number;
  shape: Shape | null;
}

/** The shape rules' word sets (see MatchRules.shape), lower-cased and normalized. */
export interface Shape {
  kind: 'person' | 'organisation' | 'arrangement';
  own: ReadonlySet<string>;
  establishing: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  otherParties: WholeWords | null;
  wordSense: WholeWords | null;
  lowerWordSense: WholeWords | null;
  otherContext: WholeWords | null;
  standsAlone: ReadonlySet<string>;
  /** Keys of listed names that are another listed name with a case ending ("hamasu", "hezbollahem"), not Turkish -ı. */
  caseForms: ReadonlySet<string>;
  /** Keys of the topic's bare forms (MatchRules.ambiguous): "abbas". */
  bare: ReadonlySet<string>;
  familyName: boolean;
  founded: number | null;
  born: number | null;
}

/** A Shape as plain data. */
export interface ShapeSources {
  kind: Shape['kind'];
  own: string[];
  establishing: string[];
  partners: string[];
  otherParties?: string;
  wordSense?: string;
  lowerWordSense?: string;
  otherContext?: string;
  standsAlone: string[];
  caseForms: string[];
  bare: string[];
  familyName?: boolean;
  founded?: number;
  born?: number;
}

export interface CompiledRules {
  /** Global, unicode: every spelling of every selected topic over normalized text; the caller checks the word start. */
  regex: RegExp;
  aliases: Map<string, Alias>;
  /** The alias of a match whose key `aliases` lacks (see RuleSources.aliases), or null when it lacks none. */
  otherAlias: Alias | null;
  topics: Map<TopicId, CompiledTopic>;
  /** Largest context window of any topic: how much of previous blocks to keep. */
  maxWindow: number;
}

/** Default characters either side searched for context words: about two sentences of news prose. */
export const DEFAULT_WINDOW = 250;

/** A CompiledTopic as plain data: each WholeWords as its regex source (see wholeWordsFromSource), absent if none. */
export interface TopicSources {
  id: TopicId;
  rejectBefore?: string;
  rejectAfter?: string;
  requireNearby: string[];
  rejectNearby?: string;
  fieldNearby?: string;
  ambiguousRejectNearby?: string;
  ambiguousEraNearby?: string;
  supportNearby?: string;
  window: number;
  shape?: ShapeSources;
}

/**
 * CompiledRules as plain data (JSON-safe): what compiling costs is done, only `new RegExp` is left. A build makes
 * this once (core/compiled-rules.ts), so a page never generates typos or builds tries.
 */
export interface RuleSources {
  /** The combined regex's source; its flags are always `gu`. */
  regex: string;
  /**
   * The alias table, grouped by topic and kind (each key once: precedence is settled when compiling). One group
   * may come without `keys`: every match's key is in some group, so that group is whatever key the others lack.
   */
  aliases: { topic: TopicId; kind: AliasKind; keys?: string[] }[];
  topics: TopicSources[];
  maxWindow: number;
}

function anchored(words: readonly string[] | undefined, side: 'before' | 'after'): string | undefined {
  // Context words must touch the hit, separated only by spaces/hyphens: "Zaheer Abbas", not "Zaheer said Abbas".
  return wholeWordsPattern(words, (pattern) => (side === 'before' ? `${pattern}[ \\-]+$` : `^[ \\-]+${pattern}`));
}

const wordKeys = (words: readonly string[] | undefined) => (words ?? []).map(phraseKey);
// A word ending in "*" stands for every word it begins ("Liban*": Libanesiska, libanonský, libanezi), so one entry
// covers a place's adjective in every press's inflection.
const stemKeys = (words: readonly string[] | undefined) => (words ?? []).map((word) => (word.endsWith('*') ? `${phraseKey(word.slice(0, -1))}*` : phraseKey(word)));

/** A set of word keys that also holds every key beginning with one of its stems (the keys ending in "*"). */
class StemmedWords extends Set<string> {
  private readonly stems: string[];
  constructor(keys: readonly string[]) {
    super(keys.filter((key) => !key.endsWith('*')));
    this.stems = keys.filter((key) => key.endsWith('*')).map((key) => key.slice(0, -1));
  }
  override has(key: string): boolean {
    return super.has(key) || this.stems.some((stem) => key.startsWith(stem));
  }
}

function shapeSources(m: Briefing['match']): ShapeSources | undefined {
  if (!m.shape) return undefined;
  const names = wordKeys(m.names);
  return {
    kind: m.shape,
    own: stemKeys(m.ownWords),
    establishing: wordKeys(m.establishing),
    partners: wordKeys(m.partners),
    otherParties: wholeWordsPattern(m.otherParties),
    wordSense: wholeWordsPattern(m.wordSense),
    lowerWordSense: wholeWordsPattern(m.lowerWordSense),
    otherContext: wholeWordsPattern(m.otherContext),
    standsAlone: wordKeys(m.standsAlone),
    // Not Turkish's compound ending, which follows another group's modifier ("Türk Hizbullahı", Turkish Hezbollah).
    caseForms: caseForms(names).filter((key) => !(key.endsWith('i') && names.includes(key.slice(0, -1)))),
    bare: wordKeys(m.ambiguous),
    familyName: m.familyName,
    founded: m.founded,
    born: m.born,
  };
}

function topicSources(briefing: Briefing): TopicSources {
  const m = briefing.match;
  return {
    shape: shapeSources(m),
    id: briefing.id,
    rejectBefore: anchored(m.rejectBefore, 'before'),
    rejectAfter: anchored(m.rejectAfter, 'after'),
    requireNearby: (m.requireNearby ?? []).flatMap((group) => wholeWordsPattern(group) ?? []),
    rejectNearby: wholeWordsPattern(m.rejectNearby),
    fieldNearby: wholeWordsPattern(m.fieldNearby),
    ambiguousRejectNearby: wholeWordsPattern(m.ambiguousRejectNearby),
    ambiguousEraNearby: wholeWordsPattern(m.ambiguousEraNearby),
    supportNearby: wholeWordsPattern(m.supportNearby),
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
 * The expensive half of {@link compileRules}: typo spellings, the character trie, every context-word pattern.
 *
 * @example
 * ruleSources(BRIEFINGS).maxWindow; // 250
 */
export function ruleSources(briefings: readonly Briefing[]): RuleSources {
  const aliases = new Map<string, Alias>();
  // The spellings as written (apostrophes kept, optional in the regex); `aliases` is keyed without them.
  const spellings: string[] = [];
  for (const b of briefings) {
    for (const name of b.match.names) addAlias(aliases, spellings, name, { topic: b.id, kind: 'name' });
    for (const form of b.match.ambiguous ?? []) addAlias(aliases, spellings, form, { topic: b.id, kind: 'ambiguous' });
  }
  for (const b of briefings) {
    if (!b.match.fuzzy) continue;
    for (const name of typoBases(b.match.names.map(phraseKey))) {
      for (const typo of typoVariants(name)) addAlias(aliases, spellings, typo, { topic: b.id, kind: 'typo' });
    }
  }
  const groups = new Map<string, { topic: TopicId; kind: AliasKind; keys: string[] }>();
  for (const [key, { topic, kind }] of aliases) {
    const id = `${topic} ${kind}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { topic, kind, keys: [] }));
    group.keys.push(key);
  }
  const topics = briefings.map(topicSources);
  const maxWindow = Math.max(0, ...topics.map((t) => t.window));
  // With no topics selected the regex must match nothing at all.
  const regex = aliases.size > 0 ? phrasesPattern(spellings, { boundaryBefore: false }) : '(?!)';
  return { regex, aliases: [...groups.values()], topics, maxWindow };
}

/** The cheap half of {@link compileRules}: the regexes from their sources, the alias table as a Map. */
export function rulesFromSources(sources: RuleSources): CompiledRules {
  const aliases = new Map<string, Alias>();
  let otherAlias: Alias | null = null;
  for (const { topic, kind, keys } of sources.aliases) {
    if (!keys) otherAlias = { topic, kind };
    else for (const key of keys) aliases.set(key, { topic, kind });
  }
  const ww = (source: string | undefined) => (source === undefined ? null : wholeWordsFromSource(source));
  const topics = new Map(
    sources.topics.map((t) => [
      t.id,
      {
        id: t.id,
        rejectBefore: ww(t.rejectBefore),
        rejectAfter: ww(t.rejectAfter),
        requireNearby: t.requireNearby.map(wholeWordsFromSource),
        rejectNearby: ww(t.rejectNearby),
        fieldNearby: ww(t.fieldNearby),
        ambiguousRejectNearby: ww(t.ambiguousRejectNearby),
        ambiguousEraNearby: ww(t.ambiguousEraNearby),
        supportNearby: ww(t.supportNearby),
        window: t.window,
        shape: t.shape
          ? {
              kind: t.shape.kind,
              own: new StemmedWords(t.shape.own),
              establishing: new Set(t.shape.establishing),
              partners: new Set(t.shape.partners),
              otherParties: ww(t.shape.otherParties),
              wordSense: ww(t.shape.wordSense),
              lowerWordSense: ww(t.shape.lowerWordSense),
              otherContext: ww(t.shape.otherContext),
              standsAlone: new Set(t.shape.standsAlone),
              caseForms: new Set(t.shape.caseForms),
              bare: new Set(t.shape.bare),
              familyName: t.shape.familyName ?? false,
              founded: t.shape.founded ?? null,
              born: t.shape.born ?? null,
            }
          : null,
      },
    ]),
  );
  return { regex: new RegExp(sources.regex, 'gu'), aliases, otherAlias, topics, maxWindow: sources.maxWindow };
}

/**
 * Compiles the match rules of `briefings` (already filtered to the wanted topics).
 *
 * @example
 * const rules = compileRules(BRIEFINGS);
 * rules.aliases.get('hezbolah'); // { topic: 'hezbollah', kind: 'typo' }
 */
export function compileRules(briefings: readonly Briefing[]): CompiledRules {
  return rulesFromSources(ruleSources(briefings));
}
