// The first stage (dom/candidate.ts) may say "maybe" too often, never "no" on a page where the full scanner finds a
// mention. Random small pages, built node by node (so text nodes can sit side by side and any element anywhere, as
// script makes them): blocks run together with no space between (minified markup), names split across inline
// elements and text nodes, spellings' pieces and words that only hold one (Abbasid, Bahamas), script and the like
// between or around them. The full scanner is the real one: the text walker's runs, each matched with one page context.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BRIEFINGS, TOPIC_IDS } from '../../briefings/index.ts';
import { wordScannerFromSpec, wordsSpec } from '../../core/prefilter.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';
import { rawText } from '../../dom/candidate-cuts.ts';
import { hasCandidate, lightText, provesNone } from '../../dom/candidate.ts';
import { TextMap } from '../../dom/text-map.ts';
import { walkTextRuns } from '../../dom/text-walker.ts';

const scan = wordScannerFromSpec(wordsSpec(BRIEFINGS));
const matcher = createMatcher(BRIEFINGS, { topics: TOPIC_IDS });
const RUNS = 6000;

/** Spellings and parts of them. */
const NAMES = ['Hamas', 'Ham', 'as', 'Hez', 'bollah', 'Hizbullah', 'Mahmoud', 'Abbas', 'Abu Mazen', 'Abu', 'Mazen', 'deconfliction',
  'Russia', 'Israel', 'Hezbollah', 'HAMAS', 'Abb'];
/** Words that hold a spelling's word. */
const LOOKALIKES = ['Abbasid', 'Bahamas', 'amazing', 'Hamasaki', 'Mazens'];
/** Plain words, punctuation and spaces (no-break, soft hyphen). */
const OTHER = ['the', 'said', 'x', 'id', '2', '.', ',', "'s", '’', '-', '(', ')', ' ', '  ', '\n', '\u00a0', '\u00ad'];
/** Words that tell the matcher a bare name is the topic ("Hamas" alone is not enough). */
const CONTEXT = ['Gaza', 'Lebanon', 'Palestinian president', 'militants', 'Gaza ceasefire'];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 4 },
  { arbitrary: fc.constantFrom(...LOOKALIKES), weight: 1 },
  { arbitrary: fc.constantFrom(...CONTEXT), weight: 2 },
  { arbitrary: fc.constantFrom(...OTHER), weight: 3 },
);
const BLOCKS = ['p', 'div', 'li', 'ul', 'h2', 'td', 'tr', 'table', 'section'];
const INLINES = ['b', 'i', 'a', 'span'];
const NOT_TEXT = ['script', 'style', 'noscript', 'textarea', 'template'];

/** `echo`: a script whose text repeats a stretch of the page's text (the page's headline in JSON) and adds a piece. */
type Tree = string | { comment: string } | { tag: string; children: Tree[] } | { echo: readonly [from: number, length: number, tail: string] };

/** A text node's data: one to four pieces, each with a space, a no-break space, a newline or nothing before it. */
const text = fc
  .array(fc.tuple(fc.constantFrom('', '', ' ', ' ', '\u00a0', '\n'), piece), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.flat().join(''));

const { tree } = fc.letrec<{ tree: Tree; children: Tree[] }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: text, weight: 6 },
    { arbitrary: fc.record({ tag: fc.constantFrom(...BLOCKS), children: tie('children') }), weight: 3 },
    { arbitrary: fc.record({ tag: fc.constantFrom(...INLINES), children: tie('children') }), weight: 3 },
    { arbitrary: fc.record({ tag: fc.constantFrom(...NOT_TEXT), children: fc.array(text, { maxLength: 2 }) }), weight: 2 },
    // A script whose code holds no spelling's word, between halves of a name: the cut joins them.
    { arbitrary: fc.constantFrom<Tree>({ tag: 'script', children: ['x = 1;'] }, { tag: 'style', children: ['.a{}'] }), weight: 2 },
    { arbitrary: fc.record({ comment: text }), weight: 1 },
    { arbitrary: fc.record({ echo: fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 30 }), fc.constantFrom('', 'x', ' ', 'id', 'as')) }), weight: 1 },
  ),
  children: fc.array(tie('tree'), { maxLength: 4 }),
}));

/** Builds the nodes as given: no parser, so adjacent text nodes stay apart and no element is moved or closed. */
function build(node: Tree): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  if ('comment' in node) return document.createComment(node.comment);
  if ('echo' in node) {
    const script = document.createElement('script');
    script.dataset.echo = JSON.stringify(node.echo);
    return script;
  }
  const element = document.createElement(node.tag);
  // A template's children as a parser would put them: in its content, out of the light tree.
  const into = element instanceof HTMLTemplateElement ? element.content : element;
  for (const child of node.children) into.append(build(child));
  return element;
}

/** Fills each echoing script, in document order, from the page's text as it reads by then. */
function fillEchoes(root: Element): void {
  for (const script of root.querySelectorAll<HTMLElement>('[data-echo]')) {
    const [from, length, tail] = JSON.parse(script.dataset.echo!) as [number, number, string];
    const page = root.textContent ?? '';
    script.removeAttribute('data-echo');
    script.textContent = page.slice(Math.min(from, page.length), from + length) + tail;
  }
}

/** What the full scanner finds on the page: every run the walk reads, matched in order with one page context. */
function mentions(root: Node): string[] {
  const context = createPageContext();
  const found: string[] = [];
  for (const run of walkTextRuns(root, { scanCode: false })) {
    for (const m of matcher.scan(new TextMap(run.nodes).text, context)) found.push(m.surface);
    for (const p of context.promoted.splice(0)) found.push(p.surface);
  }
  return found;
}

test(`the first stage passes every random page on which the full scanner finds a mention (${RUNS} pages)`, () => {
  let withMentions = 0;
  fc.assert(
    fc.property(fc.array(tree, { minLength: 1, maxLength: 8, size: 'medium' }), (nodes) => {
      document.body.replaceChildren(...nodes.map(build));
      fillEchoes(document.body);
      const found = mentions(document.body);
      if (!found.length) return;
      withMentions++;
      expect(hasCandidate(document.body, scan), `${JSON.stringify(document.body.innerHTML)} holds ${found.join(', ')}`).toBe(true);
    }),
    { numRuns: RUNS },
  );
  // The property says something only about pages with mentions: a good share of them must have one.
  expect(withMentions).toBeGreaterThan(RUNS / 4);
  document.body.replaceChildren();
}, 60_000);

// The shortcut (dom/candidate-cuts.ts): the uncut text, script text in it, may say "none" only where the cut text
// would say none too: no spelling's word, whole or inside a longer one.
test(`the uncut text says "none" only where the cut text has no spelling's word either (${RUNS} pages)`, () => {
  let shortcuts = 0;
  fc.assert(
    fc.property(fc.array(tree, { minLength: 1, maxLength: 8, size: 'medium' }), (nodes) => {
      document.body.replaceChildren(...nodes.map(build));
      fillEchoes(document.body);
      if (!provesNone(rawText(document.body), scan)) return;
      shortcuts++;
      const cut = scan(lightText(document.body).text);
      expect(cut !== true && cut.size === 0, JSON.stringify(document.body.innerHTML)).toBe(true);
    }),
    { numRuns: RUNS },
  );
  expect(shortcuts).toBeGreaterThan(RUNS / 20);
  document.body.replaceChildren();
}, 60_000);
