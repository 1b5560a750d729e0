// The content script's first stage (docs/performance.md "Two stages"): does this page hold any text that could be a
// mention? One pass over the text, one prefilter test, and on a "no" a cheap watch for text added later. Nothing
// here touches the page in a way it can see: it reads the DOM and observes it, and creates nothing.
// Kept free of the matcher, the card and Preact: every page pays for this file, and few pages get further.

/** Elements whose text is never prose (the full scanner skips them too, dom/text-walker.ts SKIPPED). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'script', 'style', 'noscript', 'template', 'textarea']);

/** Tests raw page text the way core/prefilter.ts' mightMatch does: false only when no mention can be in it. */
export type MightMatch = (raw: string) => boolean;

/**
 * The readable text under `root` as one string (text nodes joined with nothing between, as the scanner joins a
 * block's runs, so `<b>Hez</b>bollah` reads "Hezbollah"), with the text of every open shadow root under it appended
 * (each after a newline). Joining across blocks can only add candidates ("Ham" + "as…"), never lose one.
 * `onShadowRoot` is told of each open shadow root read (so it can be observed).
 */
export function readableText(root: Node, onShadowRoot?: (root: ShadowRoot) => void): string {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const shadows: ShadowRoot[] = [];
  // One walker for text and elements: an element is asked only for its shadow root (any element may host one, not
  // only custom elements: a <div> or <article> can), which costs less than a second pass (docs/performance.md).
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) shadows.push((root as Element).shadowRoot!);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!NOT_TEXT.has(node.parentNode!.nodeName)) parts.push((node as Text).data);
    } else {
      const shadow = (node as Element).shadowRoot;
      if (shadow) shadows.push(shadow);
    }
  }
  for (const shadow of shadows) {
    // Closed roots read as null above; the extension's own (the card's host) are never there while stage 1 runs.
    onShadowRoot?.(shadow);
    parts.push('\n', readableText(shadow, onShadowRoot));
  }
  return parts.join('');
}

/** Whether anything under `root` (open shadow roots included) could be a mention. */
export function hasCandidate(root: Node, mightMatch: MightMatch, onShadowRoot?: (root: ShadowRoot) => void): boolean {
  return mightMatch(readableText(root, onShadowRoot));
}

/** Elements that flow inside a line: a changed text node is tested with its neighbours up to the first block. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

function blockAround(node: Node): Node {
  let up = node.parentNode;
  while (up && up.nodeType === Node.ELEMENT_NODE && INLINE.has(up.nodeName.toUpperCase()) && up.parentNode) up = up.parentNode;
  return up ?? node;
}

/** How often, after the first test, undefined custom elements are looked at again for a shadow root (as the scanner does). */
const LATE_COMPONENT_CHECKS_MS = [500, 1500, 4000];
const LATE_COMPONENTS_MAX = 200;

/**
 * Watches `doc` (and the open shadow roots found) for text added or changed later, and calls `found` once, the
 * first time some of it could be a mention. Each batch of mutations is tested as one string: added elements whole,
 * changed or added text with the rest of its block (a name completed by a later text node is still found).
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
    const parts: string[] = [];
    const seen = new Set<Node>();
    const read = (node: Node) => {
      if (seen.has(node) || !node.isConnected) return;
      seen.add(node);
      if (node.nodeType === Node.TEXT_NODE && NOT_TEXT.has(node.parentNode?.nodeName ?? '')) return;
      if (node.nodeType === Node.ELEMENT_NODE && NOT_TEXT.has(node.nodeName)) return;
      parts.push(readableText(node, observe), '\n');
    };
    for (const record of records) {
      if (record.type === 'characterData') read(blockAround(record.target));
      else
        for (const added of record.addedNodes) {
          if (added.nodeType === Node.TEXT_NODE) read(blockAround(added));
          else if (added.nodeType === Node.ELEMENT_NODE) read(added);
        }
    }
    if (parts.length && mightMatch(parts.join(''))) finish();
  });
  observe(doc.documentElement);
  for (const shadow of shadows) observe(shadow);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  void (async () => {
    let waiting = [...doc.querySelectorAll(':not(:defined)')].slice(0, LATE_COMPONENTS_MAX);
    for (const ms of LATE_COMPONENT_CHECKS_MS) {
      if (!waiting.length || done) return;
      await new Promise((resolve) => view.setTimeout(resolve, ms));
      if (done || signal.aborted) return;
      const parts: string[] = [];
      waiting = waiting.filter((host) => {
        const shadow = host.isConnected ? host.shadowRoot : null;
        if (shadow) {
          observe(shadow);
          parts.push(readableText(shadow, observe), '\n');
        }
        return host.isConnected && !shadow;
      });
      if (parts.length && mightMatch(parts.join(''))) return finish();
    }
  })();
}
