// The briefing schema (types.ts) as valibot schemas, run at build time on each briefing module's export, so a
// malformed briefing is reported field by field ("quotes[0].paragraph: wrong type: expected integer, got string")
// instead of failing somewhere downstream. Each field table is typed against its interface, so adding a field to
// Briefing, Quote, Speaker, CitedText or SourceRef without a schema here fails the type-check. Pure: no DOM, no node
// APIs.
import * as v from 'valibot';
import type { Briefing, CitedText, MatchRules, Quote, SourceRef, Speaker, TopicColor } from './types.ts';

export interface Problem {
  /** Where in the briefing, e.g. "quotes[2].text"; "" for the briefing itself. */
  path: string;
  message: string;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'number (not an integer)';
  return typeof value;
}

const wrongType = (expected: string) => (issue: v.BaseIssue<unknown>) => `wrong type: expected ${expected}, got ${describeType(issue.input)}`;

const text = v.pipe(
  v.string(wrongType('string')),
  v.check((value) => value.trim() !== '', 'empty text'),
);
const integer = v.pipe(v.number(wrongType('integer')), v.integer(wrongType('integer')));
const boolean = v.boolean(wrongType('boolean'));
/** A `r g b` colour, three integers 0–255 separated by single spaces ("59 118 222"), the form CSS's rgb() takes. */
const rgb = v.pipe(
  v.string(wrongType('string')),
  v.check(
    (value) => /^(\d{1,3}) (\d{1,3}) (\d{1,3})$/.exec(value)?.slice(1).every((n) => Number(n) <= 255) ?? false,
    (issue) => `"${String(issue.input)}" is not a colour: expected "r g b", three integers 0–255 (e.g. "59 118 222")`,
  ),
);
/** An opacity: a number above 0 and at most 1. */
const alpha = v.pipe(
  v.number(wrongType('number')),
  v.finite(wrongType('number')),
  v.check(
    (value) => value > 0 && value <= 1,
    (issue) => `${String(issue.input)} is not an opacity: expected a number above 0 and at most 1`,
  ),
);

/** `min` items at least; `noun` names an item in the "needs at least one …" message. */
function arrayOf<T extends v.GenericSchema>(item: T, { min = 0, noun = 'item' }: { min?: number; noun?: string } = {}) {
  return v.pipe(v.array(item, wrongType('array')), v.minLength(min, `empty: needs at least ${min} ${noun}`));
}

/** Not an array: valibot's objects take any object, arrays included. */
const notArray = v.custom<unknown>((value) => !Array.isArray(value), wrongType('object'));

/**
 * An object with the given fields. Unknown fields are reported (a typo like "sumary" would otherwise pass as a
 * missing field plus silently ignored data): issueProblem below words valibot's issue for them.
 */
const object = <T extends v.ObjectEntries>(fields: T) => v.pipe(notArray, v.strictObject(fields, wrongType('object')));

const words = arrayOf(text);

const citedText = object({
  text,
  paragraphs: arrayOf(integer, { min: 1, noun: 'paragraph number' }),
} satisfies Record<keyof CitedText, v.GenericSchema>);

const speaker = object({ name: text, description: text } satisfies Record<keyof Speaker, v.GenericSchema>);

const quote = object({
  text,
  speaker,
  paragraph: integer,
  attributedIn: v.optional(integer),
} satisfies Record<keyof Quote, v.GenericSchema>);

const source = object({
  title: text,
  author: text,
  publisher: text,
  published: text,
  url: text,
} satisfies Record<keyof SourceRef, v.GenericSchema>);

const color = object({ light: rgb, dark: rgb, backgroundAlpha: alpha } satisfies Record<keyof TopicColor, v.GenericSchema>);

// The match block belongs to the matcher (core/): check only the types of the fields known here and let it add more.
const match = v.pipe(
  notArray,
  v.looseObject(
    {
      names: arrayOf(text, { min: 1, noun: 'name' }),
      ambiguous: v.optional(words),
      rejectBefore: v.optional(words),
      rejectAfter: v.optional(words),
      requireNearby: v.optional(arrayOf(words)),
      rejectNearby: v.optional(words),
      ambiguousEraNearby: v.optional(words),
      fieldNearby: v.optional(words),
      shape: v.optional(text),
      ownWords: v.optional(words),
      establishing: v.optional(words),
      partners: v.optional(words),
      otherParties: v.optional(words),
      wordSense: v.optional(words),
      lowerWordSense: v.optional(words),
      otherContext: v.optional(words),
      standsAlone: v.optional(words),
      familyName: v.optional(boolean),
      founded: v.optional(integer),
      born: v.optional(integer),
      contextWindow: v.optional(integer),
      fuzzy: v.optional(boolean),
    } satisfies Partial<Record<keyof MatchRules, v.GenericSchema>>,
    wrongType('object'),
  ),
);

export const briefingSchema = object({
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
} satisfies Record<keyof Briefing, v.GenericSchema>);

/** A valibot issue as a problem at a path: `quotes[0].speaker`, `missing field "description"`. */
function issueProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => item.key);
  const path = (count: number) =>
    keys.slice(0, count).reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), '');
  const last = issue.path?.at(-1);
  if (last?.type === 'object') {
    const at = path(keys.length - 1);
    // A key of a strict object that its schema does not list: reported at the object, by name.
    if (last.origin === 'key' && issue.expected === 'never') return { path: at, message: `unknown field "${String(last.key)}"` };
    // A required field that is absent (or undefined): reported at its object, by name.
    if (issue.input === undefined) return { path: at, message: `missing field "${String(last.key)}"` };
  }
  return { path: path(keys.length), message: issue.message };
}

/** Every problem with the shape of `value` as a briefing. */
export function briefingShapeProblems(value: unknown): Problem[] {
  const result = v.safeParse(briefingSchema, value);
  return result.success ? [] : result.issues.map(issueProblem);
}
