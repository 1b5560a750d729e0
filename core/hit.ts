// A hit of the matcher's regex, as the rules that judge it see it.
import type { Alias } from './rules.ts';

/** A spelling found in normalized text: [start, end) are normalized offsets. */
export interface Hit {
  alias: Alias;
  start: number;
  end: number;
}

/** Where a hit is in the original text (capitals intact), for the rules that read its shape. */
export interface Original {
  text: string;
  start: number;
  end: number;
}

/** What the shape of the text says of a hit: someone or something else (why), its own title, or nothing. */
export type ShapeVerdict = 'credit' | 'other-name-touching' | 'other-parties' | 'word-sense' | 'named-as' | 'titled' | null;
