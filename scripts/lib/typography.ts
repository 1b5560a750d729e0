// A typographic variant of a page's text, one code unit for one so offsets stay put: what real pages write where a
// corpus passage has plain characters (no-break spaces between a title and a name, "Hamas\u2011led" with a no-break
// hyphen, curly apostrophes). The matcher must find the same mentions in both.

/** The variant of `text`: every `every`-th space no-break, every hyphen and straight apostrophe inside a word typographic. */
export function typographic(text: string, every = 3): string {
  let spaces = 0;
  return text
    .replace(/ /g, (space) => (++spaces % every === 0 ? '\u00A0' : space))
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011')
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');
}
