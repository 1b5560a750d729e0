// The briefing schema: the one shape every reader of briefings (validator, matcher, card, popup, CLI) shares.
// Text only, never HTML: every string is rendered as text.

import type { ListedTopicId } from './index.ts';

/**
 * A topic's id: the ids of the briefings listed in briefings/index.ts, derived from that list (the one place a topic
 * is named besides its own file). Also its file name, and part of its page highlights' names
 * (`briefings-<id>-<style>`), so lower-case letters only (checked by briefings/validate.ts).
 */
export type TopicId = ListedTopicId;

/** A 1-based paragraph number of the source article, as numbered in briefings/source/README.md. */
export type ParagraphNumber = number;

/** A sentence in the extension's own words, resting on the cited paragraph(s). */
export interface CitedText {
  text: string;
  paragraphs: ParagraphNumber[];
}

export interface Speaker {
  name: string;
  /** How the article describes the speaker, verbatim, e.g. "author of Russia in Africa". */
  description: string;
}

export interface Quote {
  /** Verbatim from the cited paragraph (typographic quotes and spaces may be normalised). */
  text: string;
  speaker: Speaker;
  paragraph: ParagraphNumber;
  /**
   * Set only when `paragraph` continues a quote whose speaker is named in the paragraph before it (the article's
   * "“…,” said Katz." followed by a paragraph of more quotation). Must be `paragraph - 1`.
   */
  attributedIn?: ParagraphNumber;
}

export interface SourceRef {
  title: string;
  author: string;
  publisher: string;
  /** ISO date, e.g. "2024-08-13". */
  published: string;
  url: string;
}

/**
 * What the matcher may use to find a topic in text, and the context that confirms or rejects a mention.
 * All entries are plain words or phrases (no regular expressions); matching is case-, diacritic- and
 * apostrophe-insensitive.
 */
export interface MatchRules {
  /** Unambiguous names and spellings: always a mention ("Mahmoud Abbas", "Abu Mazen", "Hizbollah"). */
  names: string[];
  /** Forms that are a mention only when context does not say otherwise ("Abbas"). */
  ambiguous?: string[];
  /** Words right before a name/ambiguous form that make it something else ("Zaheer", "Bandar", "Kata'ib"). */
  rejectBefore?: string[];
  /** Words right after a name/ambiguous form that make it something else ("Araghchi", "Kiarostami"). */
  rejectAfter?: string[];
  /**
   * Context groups that must all be present near the mention (each group: at least one of its words within
   * `contextWindow` characters), e.g. deconfliction needs [["Russia","Russian","Moscow"],["Israel","Israeli"]].
   */
  requireNearby?: string[][];
  /**
   * Words of the topic's field ("Syria", "jets", "military"), one of which must be near a mention its own phrase does
   * not name: its parties alone also meet in biographies and on sports pages ("trained in Moscow before moving to Israel").
   */
  fieldNearby?: string[];
  /** Words that, when near, reject the mention (e.g. "humanitarian" for deconfliction). */
  rejectNearby?: string[];
  /** Words that, when near, reject only the `ambiguous` forms (a bare "Abbas" near "caliphate" is the Prophet's uncle). */
  ambiguousRejectNearby?: string[];
  /**
   * Words of another age that reject an `ambiguous` form only on a page that has not firmly named the topic: near
   * "Abbasid" a bare "Abbas" is the Prophet's uncle, unless the page is about the president (whom columnists liken to
   * a late Abbasid caliph).
   */
  ambiguousEraNearby?: string[];
  /** Words that, when near an `ambiguous` form, make it more likely this topic (raise confidence only). */
  supportNearby?: string[];
  /**
   * What kind of name this is, for the rules that read the shape of the text (core/disambiguate.ts): a `person`
   * (another capitalised name touching "Abbas" makes it someone else), an `organisation` (a proper-name modifier
   * makes it another group: "Turkish Hezbollah") or an `arrangement` (other parties make it another one).
   */
  shape?: 'person' | 'organisation' | 'arrangement';
  /**
   * Capitalised words that may touch the name and still mean the topic: its own name parts, titles and roles
   * ("Mahmoud", "President", "Mr"), or an organisation's own modifiers ("Lebanese", "Shiite"). A word ending in "*"
   * stands for every word it begins: "Liban*" is Libanesiska, libanonský and libanezi too.
   */
  ownWords?: string[];
  /** Words right before an ambiguous form that establish the topic as a full name does ("President" Abbas). */
  establishing?: string[];
  /** Names joined to the topic's name in a compound or pair that still mean it ("the Putin-Abbas talks", "Israel Hamas war"). */
  partners?: string[];
  /** For an arrangement: parties that make it another one ("US–Russia deconfliction", "between the US and Russia"). */
  otherParties?: string[];
  /** Words that, in the sentence of a lower-case form, make it a common word ("hamas", Hebrew for violence). */
  wordSense?: string[];
  /** As wordSense, for a lower-case form only ("the Hebrew word hamas", where "a Hebrew tabloid: Hamas …" is the group). */
  lowerWordSense?: string[];
  /**
   * Where other groups of the same name are at home ("Diyarbakir", "Java", "Algeria"): near an organisation's name
   * with none of its own words near it, on a page that has not yet named the topic itself, they make it the other.
   */
  otherContext?: string[];
  /**
   * Spellings of an organisation's name that mean it without the page's own words around ("Hezbollah"), where the
   * corpus shows them rarely meaning another group; the others ("Hizbullah", Turkey's and Indonesia's) wait for them.
   */
  standsAlone?: string[];
  /**
   * Whether people bear the organisation's name as a family name ("Yacine Hamas"): then the bare name in the sentence
   * or two after such a person's full name is that person, unless its clause has the group's own words.
   */
  familyName?: boolean;
  /** The year an organisation was founded: a year well before it, in the sentence of its name, is another group's. */
  founded?: number;
  /** The year a person was born: a birth year or an age beside the name that does not fit it is someone else's. */
  born?: number;
  /** Characters either side searched for requireNearby/rejectNearby; default decided by the matcher. */
  contextWindow?: number;
  /** Whether small typos of `names` may be matched fuzzily (off for short or common words). */
  fuzzy?: boolean;
}

/**
 * What a reader is shown of a briefing: everything but its match rules. The content script ships only this; its
 * matcher comes compiled from the rules at build time (scripts/build/rules-plugin.ts).
 */
export type BriefingContent = Omit<Briefing, 'match'>;

/**
 * A topic's one colour, shared by its page highlights (CSS generated at build time: scripts/build/highlights-css.ts),
 * the card and the popup's and options page's swatches, so a reader learns "amber is Hezbollah" once. Mid-tones that
 * read on light and dark pages alike.
 */
export interface TopicColor {
  /** `r g b` (0–255 each) on light backgrounds, the form the page CSS uses: rgb(r g b) and rgb(r g b / alpha). */
  light: string;
  /** `r g b` for extension pages in a dark colour scheme (the page highlights use `light` everywhere). */
  dark: string;
  /** Opacity of the background highlight style, above 0 and at most 1 (a light hue such as amber needs more). */
  backgroundAlpha: number;
}

/**
 * One topic's briefing. `Id` is the briefing's own id, given by its file (`satisfies Briefing<'hamas'>`) so the
 * list in briefings/index.ts can derive TopicId without a cycle; `related` is checked against that list by the
 * validator instead of by the type.
 */
export interface Briefing<Id extends string = TopicId> {
  id: Id;
  /** Display name, e.g. "Mahmoud Abbas". */
  name: string;
  /** One line: who or what this is. */
  whoWhat: string;
  match: MatchRules;
  /** Short summary; every sentence cites its paragraph(s). */
  summary: CitedText[];
  facts: CitedText[];
  quotes: Quote[];
  /** Other topics, by id (briefings/validate.ts checks each has a briefing). */
  related: string[];
  color: TopicColor;
  source: SourceRef;
}
