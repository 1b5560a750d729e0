// The content script's first stage (docs/performance.md "Two stages"): does this page hold any text that could be a
// mention? One pass over the text, one prefilter test, and on a "no" a cheap watch for text added later. Nothing
// here touches the page in a way it can see: it reads the DOM and observes it, and creates nothing.
// Kept free of the matcher, the card and Preact: every page pays for this file, and few pages get further.

/** Elements whose text is never prose (the full scanner skips them too, dom/page-elements.ts SKIPPED). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'script', 'style', 'noscript', 'template', 'textarea']);

// Node types as literals: in Firefox every read of `Node.TEXT_NODE` from a content script crosses an Xray wrapper.
const TEXT = 3;
const ELEMENT = 1;

/** Tests raw page text the way core/prefilter.ts' mightMatch does: false only when no mention can be in it. */
export type MightMatch = (raw: string) => boolean;

/** How much text is gathered before it is tested, so a page with a candidate near its top stops reading early. */
const CHUNK_CHARS = 64 * 1024;
/**
 * How much of a chunk's end is tested again with the next chunk, so an anchor cut by the chunk boundary is still
 * seen: far longer than any anchor (core/prefilter.ts: a spelling's first four letters, or its longest word).
 */
const OVERLAP_CHARS = 256;

/**
 * Reads the text under `root` (text nodes joined with nothing between, as the scanner joins a block's runs, so
 * `<b>Hez</b>bollah` reads "Hezbollah"; joining across blocks can only add candidates, never lose one), then the
 * text of every open shadow root under it, and feeds it to `test` in chunks. Stops at the first chunk that passes.
 * `onShadowRoot` is told of each open shadow root read (so it can be observed).
 */
function someChunk(root: Node, test: (text: string) => boolean, onShadowRoot?: (root: ShadowRoot) => void): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  let parts: string[] = [];
  let size = 0;
  const flush = (): boolean => {
    const text = parts.join('');
    parts = [text.slice(-OVERLAP_CHARS)];
    size = parts[0]!.length;
    return test(text);
  };
  const shadows: ShadowRoot[] = [];
  if (root.nodeType === ELEMENT && (root as Element).shadowRoot) shadows.push((root as Element).shadowRoot!);
  // One walker for text and elements: an element is asked only for its shadow root (any element may host one, not
  // only custom elements: a <div> or <article> can), which costs less than a second pass (docs/performance.md).
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT) {
      if (NOT_TEXT.has(node.parentNode!.nodeName)) continue;
      const data = (node as Text).data;
      parts.push(data);
      if ((size += data.length) >= CHUNK_CHARS && flush()) return true;
    } else {
      const shadow = (node as Element).shadowRoot;
      if (shadow) shadows.push(shadow);
    }
  }
  if (flush()) return true;
  // Closed roots read as null above; the extension's own (the card's host) are never there while stage 1 runs.
  for (const shadow of shadows) {
    onShadowRoot?.(shadow);
    if (someChunk(shadow, test, onShadowRoot)) return true;
  }
  return false;
}

/**
 * The text {@link hasCandidate} tests, chunk by chunk (each chunk after a newline; a long page's chunks repeat the
 * previous one's last 256 characters).
 */
export function readableText(root: Node, onShadowRoot?: (root: ShadowRoot) => void): string {
  const chunks: string[] = [];
  someChunk(root, (text) => (chunks.push(text), false), onShadowRoot);
  return chunks.join('\n');
}

/**
 * Whether anything under `root` (open shadow roots included) could be a mention; stops reading at the first. The
 * walk itself, not a wrapper around it: the first stage is in every frame of every page, and every byte counts.
 */
export const hasCandidate: (root: Node, mightMatch: MightMatch, onShadowRoot?: (root: ShadowRoot) => void) => boolean = someChunk;

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
 * later attaches a shadow root without any mutation in the light DOM.
 */
export function watchForCandidate(doc: Document, mightMatch: MightMatch, found: () => void, signal: AbortSignal, shadows: readonly ShadowRoot[] = []): void {
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
      candidate = hasCandidate(node, mightMatch, observe);
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
          candidate ||= hasCandidate(shadow, mightMatch, observe);
        }
        return host.isConnected && !shadow;
      });
      if (candidate) return finish();
    }
  })();
}
