// The briefing schema (types.ts) as runtime checks. Each field table is typed against its interface, so adding a
// field to Briefing, Quote, Speaker, CitedText or SourceRef without checking it here fails the type-check.
import type { Briefing, CitedText, MatchRules, Quote, SourceRef, Speaker, TopicColor } from './types.ts';
import { alpha, arrayOf, boolean, integer, object, optional, rgb, text, type Check, type Field } from './validate-shape.ts';

const words = arrayOf(text);

const citedText = object({
  text,
  paragraphs: arrayOf(integer, { min: 1, noun: 'paragraph number' }),
} satisfies Record<keyof CitedText, Field>);

const speaker = object({ name: text, description: text } satisfies Record<keyof Speaker, Field>);

const quote = object({
  text,
  speaker,
  paragraph: integer,
  attributedIn: optional(integer),
} satisfies Record<keyof Quote, Field>);

const source = object({
  title: text,
  author: text,
  publisher: text,
  published: text,
  url: text,
} satisfies Record<keyof SourceRef, Field>);

const color = object({ light: rgb, dark: rgb, backgroundAlpha: alpha } satisfies Record<keyof TopicColor, Field>);

// The match block belongs to the matcher (core/): check only the types of the fields known here and let it add more.
const match = object(
  {
    names: arrayOf(text, { min: 1, noun: 'name' }),
    ambiguous: optional(words),
    rejectBefore: optional(words),
    rejectAfter: optional(words),
    requireNearby: optional(arrayOf(words)),
    rejectNearby: optional(words),
    shape: optional(text),
    ownWords: optional(words),
    establishing: optional(words),
    partners: optional(words),
    otherParties: optional(words),
    wordSense: optional(words),
    otherContext: optional(words),
    founded: optional(integer),
    contextWindow: optional(integer),
    fuzzy: optional(boolean),
  } satisfies Partial<Record<keyof MatchRules, Field>>,
  { allowUnknown: true },
);

export const briefingShape: Check = object({
  id: text,
  name: text,
  whoWhat: text,
  match,
  summary: arrayOf(citedText, { min: 1, noun: 'sentence' }),
  facts: arrayOf(citedText, { min: 1, noun: 'fact' }),
  quotes: arrayOf(quote, { min: 1, noun: 'quote' }),
  related: arrayOf(text),
  color,
  source,
} satisfies Record<keyof Briefing, Field>);
