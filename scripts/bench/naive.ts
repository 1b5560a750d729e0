// The naive matcher every baseline uses: one combined, word-bounded, case-insensitive regular expression over
// every name and ambiguous form the briefings list. It finds lookalikes like "Zaheer Abbas" too (no context rules):
// it is the least work any matcher must do, not a correct one.
import { BRIEFINGS } from '../../briefings/index.ts';

/** Every literal form, longest first so "Mahmoud Abbas" wins over "Abbas" in the alternation. */
export function allNames(): string[] {
  const names = new Set<string>();
  for (const briefing of BRIEFINGS) for (const name of [...briefing.match.names, ...(briefing.match.ambiguous ?? [])]) names.add(name);
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Source and flags, so the same expression can be rebuilt inside a page. */
export function naivePattern(): { source: string; flags: string } {
  return { source: `\\b(?:${allNames().map(escape).join('|')})\\b`, flags: 'gi' };
}

export function naiveRegex(): RegExp {
  const { source, flags } = naivePattern();
  return new RegExp(source, flags);
}
