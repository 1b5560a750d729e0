// The content script's first stage (docs/performance.md "Two stages"): does this page hold any text that could be a
// mention? One read of the page's text, one test for a spelling's whole word, and on a "no" a cheap watch for text
// added later. Nothing here touches the page in a way it can see: it reads the DOM and observes it, and creates nothing.
// Kept free of the matcher, the card and Preact: every page pays for this file, and few pages get further.
import { isWordChar, type WordScan } from '../core/prefilter.ts';
import { cutsMayJoin, ELEMENT, NOT_TEXT, rawText, TEXT, type RawText } from './candidate-cuts.ts';

/** Reads raw page text as core/prefilter.ts' wordScannerFromSpec does. */
export type ScanWords = (raw: string) => WordScan;

/** The text of a root's light tree, and where the text of script, style and the like was cut out of it. */
export interface LightText {
  /** The node whose `textContent` it is (a document's root element), or null. */
  top: Node | null;
  text: string;
  /** Each cut: the index in `text` where it was, and how many characters it took out. */
  cuts: (readonly [at: number, length: number])[];
}

/**
 * The text of `root`'s light tree (text nodes joined with nothing between, as the scanner joins a block's runs, so
 * `<b>Hez</b>bollah` reads "Hezbollah"), without the text of script, style and the like. One `textContent` read,
 * then their text cut out of it: a content script pays for every node it touches (a wrapper per node in its world;
 * an Xray crossing per call in Firefox), and this touches only the few skipped elements (docs/performance.md "What
 * stage 1 costs, measured").
 */
export function lightText(root: Node, raw: RawText = rawText(root)): LightText {
  const { top, text, skipped } = raw;
  if (!top || !skipped.length) return { top, text, cuts: [] };
  // The skipped elements come in document order; one inside another (a script built into a template by script) went
  // with its container. Each is placed by the text lengths before it, not by searching for its text: prose that
  // repeats a script's text ("Abu Mazen" before a script reading "Abu M") would be cut instead of the script.
  const startOf = textStarts(top);
  const parts: string[] = [];
  const cuts: LightText['cuts'] = [];
  let at = 0;
  let kept = 0;
  let last: Element | undefined;
  for (const element of skipped) {
    if (last?.contains(element)) continue;
    const own = element.textContent ?? '';
    if (!own) continue;
    const found = startOf(element);
    parts.push(text.slice(at, found));
    kept += found - at;
    cuts.push([kept, own.length]);
    at = found + own.length;
    last = element;
  }
  parts.push(text.slice(at));
  return { top, text: parts.join(''), cuts };
}

/** How much of a `textContent` a node holds: a text node its data, an element its text, anything else none. */
function textLength(node: Node): number {
  const type = node.nodeType;
  return type === TEXT ? (node as Text).data.length : type === ELEMENT ? (node.textContent ?? '').length : 0;
}

/**
 * Where nodes under `top`, asked for in document order, start in its `textContent`: the lengths of the siblings
 * before each node and before each of its ancestors, each parent's children read on from where the last ask stopped.
 */
function textStarts(top: Node): (node: Node) => number {
  const starts = new Map<Node, number>([[top, 0]]);
  /** For each parent, the child reached so far and where it starts. */
  const reached = new Map<Node, [child: Node, start: number]>();
  const startOf = (node: Node): number => {
    const known = starts.get(node);
    if (known !== undefined) return known;
    const parent = node.parentNode!;
    let [child, start] = reached.get(parent) ?? [parent.firstChild!, startOf(parent)];
    for (; child !== node; child = child.nextSibling!) start += textLength(child);
    reached.set(parent, [node, start]);
    starts.set(node, start);
    return start;
  };
  return startOf;
}

interface Spot {
  /** Where it is in the `textContent` of the light tree's top, cut text included. */
  start: number;
  piece: string;
}

/** Whether `piece` at `at` in a text node's data has only the node's ends or non-word characters around it. */
function standsAlone(data: string, at: number, piece: string): boolean {
  // A spot that does not hold its piece (the page changed between the reads) is not trusted.
  if (data.slice(at, at + piece.length) !== piece) return true;
  const end = at + piece.length;
  return (at === 0 || !isWordChar(data, at - 1)) && (end === data.length || !isWordChar(data, end));
}

/**
 * Whether a spot (sorted by start) under `node`, whose text begins at `offset`, could be a whole word where the
 * scanner reads: it runs across two nodes, or stands alone in its text node. Only the children on the way to a
 * spot are read, each by its text's length.
 */
function someSpotMayBeWhole(node: Node, offset: number, spots: readonly Spot[]): boolean {
  if (node.nodeType === TEXT) return spots.some((spot) => spot.start + spot.piece.length > offset + (node as Text).data.length || standsAlone((node as Text).data, spot.start - offset, spot.piece));
  let rest = spots;
  for (let child = node.firstChild; child && rest.length; child = child.nextSibling) {
    const end = offset + textLength(child);
    let count = 0;
    while (count < rest.length && rest[count]!.start < end) count++;
    if (count) {
      const here = rest.slice(0, count);
      if (here.some((spot) => spot.start + spot.piece.length > end) || someSpotMayBeWhole(child, offset, here)) return true;
      rest = rest.slice(count);
    }
    offset = end;
  }
  return rest.length > 0;
}

/**
 * Whether a spelling's word found only inside longer words of the joined text (`inside`: each as written, with where
 * that text holds it) could still be a whole word in the text the scanner reads, where blocks are apart: true when
 * a place runs across two text nodes ("Gaza" + "Hamas", "<b>Hez</b>bollah") or across cut text, or when the text
 * node that holds it has nothing but its ends or non-word characters around it.
 */
export function mayBeWhole(light: LightText, inside: ReadonlyMap<string, readonly number[]>): boolean {
  if (!inside.size) return false;
  if (!light.top) return true;
  const spots: Spot[] = [];
  for (const [piece, places] of inside) {
    for (const at of places) {
      let shift = 0;
      for (const [cut, length] of light.cuts) {
        if (cut <= at) shift += length;
        else if (cut < at + piece.length) return true;
      }
      spots.push({ start: at + shift, piece });
    }
  }
  return someSpotMayBeWhole(light.top, 0, spots.sort((a, b) => a.start - b.start));
}

/**
 * Elements that may host a shadow root: the built-in ones `attachShadow` accepts, and any element whose name is not
 * a built-in HTML one (custom elements are; an unknown `<foo>` costs one needless read). The rest (links, list items,
 * images, table cells: about half of a page's elements) cannot, and are never handed to this world, where each
 * element read costs a wrapper (docs/performance.md "Fewer elements asked for a shadow root").
 */
export const MAY_HOST = 'article,aside,blockquote,body,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span,:not(' +
  'a,abbr,address,area,audio,b,base,bdi,bdo,big,br,button,canvas,caption,center,cite,code,col,colgroup,data,datalist,dd,' +
  'del,details,dfn,dialog,dl,dt,em,embed,fieldset,figcaption,figure,font,form,head,hr,html,i,iframe,img,input,ins,kbd,' +
  'label,legend,li,link,map,mark,menu,meta,meter,noscript,object,ol,optgroup,option,output,picture,pre,progress,q,rp,rt,' +
  'ruby,s,samp,script,search,select,slot,small,source,strong,style,sub,summary,sup,table,tbody,td,template,textarea,' +
  'tfoot,th,thead,time,title,tr,track,u,ul,var,video,wbr,svg,svg *,math,math *)';

/** The open shadow roots of `root` and of the elements under it (not those nested in the roots). */
export function shadowRootsUnder(root: Node): ShadowRoot[] {
  const shadows: ShadowRoot[] = [];
  if (root.nodeType === ELEMENT && (root as Element).shadowRoot) shadows.push((root as Element).shadowRoot!);
  const hosts = (root as ParentNode).querySelectorAll?.(MAY_HOST) ?? [];
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (shadow) shadows.push(shadow);
  }
  return shadows;
}

/**
 * Whether the uncut text (script text in it) shows that the cut text has no candidate: it holds no spelling's word,
 * not even inside a longer one, and no cut joins two words (docs/performance.md "Script text left in until it
 * matters"). A page without script or style elements gets no answer here: its text is read once, as before.
 */
export function provesNone(raw: RawText, scan: ScanWords): boolean {
  if (!raw.top || !raw.skipped.length) return false;
  const found = scan(raw.text);
  return found !== true && found.size === 0 && !cutsMayJoin(raw);
}

/**
 * Reads the text under `root`, then the text of every open shadow root under it, and feeds each to `test`; stops at
 * the first that passes, so a page with a candidate in its light tree never looks for shadow roots.
 * `onShadowRoot` is told of each open shadow root read (so it can be observed).
 */
export function someText(root: Node, scan: ScanWords, onShadowRoot?: (root: ShadowRoot) => void): boolean {
  const raw = rawText(root);
  if (!provesNone(raw, scan)) {
    const light = lightText(root, raw);
    const found = scan(light.text);
    if (found === true || mayBeWhole(light, found)) return true;
  }
  // Closed roots read as null; the extension's own (the card's host) are never there while stage 1 runs.
  for (const shadow of shadowRootsUnder(root)) {
    onShadowRoot?.(shadow);
    if (someText(shadow, scan, onShadowRoot)) return true;
  }
  return false;
}

/** The text {@link hasCandidate} decides on: the light tree's without script text, then each open shadow root's, after a newline. */
export function readableText(root: Node, onShadowRoot?: (root: ShadowRoot) => void): string {
  const chunks = [lightText(root).text];
  for (const shadow of shadowRootsUnder(root)) {
    onShadowRoot?.(shadow);
    chunks.push(readableText(shadow, onShadowRoot));
  }
  return chunks.join('\n');
}

/**
 * Whether anything under `root` (open shadow roots included) could be a mention; stops reading at the first. The
 * walk itself, not a wrapper around it: the first stage is in every frame of every page, and every byte counts.
 */
export const hasCandidate: (root: Node, scan: ScanWords, onShadowRoot?: (root: ShadowRoot) => void) => boolean = someText;

/** Elements that flow inside a line: a changed text node is tested with its neighbours up to the first block. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

function blockAround(node: Node): Node {
  let up = node.parentNode;
  while (up && up.nodeType === ELEMENT && INLINE.has(up.nodeName.toUpperCase()) && up.parentNode) up = up.parentNode;
  return up ?? node;
}

/** When, after the first test, undefined custom elements are looked at again for a shadow root (dom/late-components.ts' delays). */
const LATE_COMPONENT_CHECKS_MS = [500, 2000, 8000];
const LATE_COMPONENTS_MAX = 500;

/**
 * Watches `doc` (and the open shadow roots found) for text added or changed later, and calls `found` once, the
 * first time some of it could be a mention. Each batch of mutations is read once: added elements whole, changed or
 * added text with the rest of its block (a name completed by a later text node is still found).
 * Custom elements not yet defined are looked at again a few times, as the full scanner does: a definition that loads
 * later attaches a shadow root without any mutation in the light DOM. Returns how to watch a shadow root found later.
 */
export function watchForCandidate(doc: Document, scan: ScanWords, found: () => void, signal: AbortSignal, shadows: readonly ShadowRoot[] = []): (root: ShadowRoot) => void {
  const view = doc.defaultView!;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    found();
  };
  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  const observer = new MutationObserver((records) => {
    if (done || signal.aborted) return;
    const seen = new Set<Node>();
    let candidate = false;
    const read = (node: Node) => {
      if (candidate || seen.has(node) || !node.isConnected) return;
      seen.add(node);
      if (node.nodeType === TEXT && NOT_TEXT.has(node.parentNode?.nodeName ?? '')) return;
      if (node.nodeType === ELEMENT && NOT_TEXT.has(node.nodeName)) return;
      candidate = hasCandidate(node, scan, observe);
    };
    for (const record of records) {
      if (record.type === 'characterData') read(blockAround(record.target));
      else
        for (const added of record.addedNodes) {
          if (added.nodeType === TEXT) read(blockAround(added));
          // An inline element may complete a word of its block (`<b>bollah</b>` after "Hez"): read the block.
          else if (added.nodeType === ELEMENT) read(INLINE.has(added.nodeName.toUpperCase()) ? blockAround(added) : added);
        }
    }
    if (candidate) finish();
  });
  // The document itself, not its root element: document.open() (an about:blank frame a script writes) replaces that.
  observe(doc);
  for (const shadow of shadows) observe(shadow);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // What the caller finds later (a shadow root its own read reached after this started) is watched too.
  const observeLater = (root: ShadowRoot) => {
    if (!done && !signal.aborted) observe(root);
  };

  void (async () => {
    let waiting = [...doc.querySelectorAll(':not(:defined)')].slice(0, LATE_COMPONENTS_MAX);
    for (const ms of LATE_COMPONENT_CHECKS_MS) {
      if (!waiting.length || done) return;
      await new Promise((resolve) => view.setTimeout(resolve, ms));
      if (done || signal.aborted) return;
      let candidate = false;
      waiting = waiting.filter((host) => {
        const shadow = host.isConnected ? host.shadowRoot : null;
        if (shadow) {
          observe(shadow);
          candidate ||= hasCandidate(shadow, scan, observe);
        }
        return host.isConnected && !shadow;
      });
      if (candidate) return finish();
    }
  })();
  return observeLater;
}
