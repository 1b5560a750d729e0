// Highlight styles for open shadow roots, where the browser needs them there. Chromium applies the document's
// `::highlight()` rules to ranges inside shadow trees; Firefox does not (it matches them per tree), so there each
// shadow root whose text is read gets one constructed stylesheet with the same rules, adopted next to the page's
// own and taken out again on teardown. Fixture: tests/fixtures/pages/shadow-dom.html (tests/e2e/highlights-trees.test.ts).
import { survived } from '../core/debug.ts';

export interface ShadowStyles {
  /** Adds the sheet to `root` (once); removed again when the signal aborts. */
  adopt(root: ShadowRoot): void;
}

/**
 * The page's own view of a root. A Firefox content script sees the page through Xray wrappers, and Firefox ESR 140's
 * wrappers do not reach the adopted-sheets list ("Accessing from Xray wrapper is not supported"): there the page's
 * own list is changed in place (a page could have replaced its getter; it learns no more than the sheet tells it).
 */
function waived(root: ShadowRoot, error: unknown): ShadowRoot {
  const page = (root as ShadowRoot & { wrappedJSObject?: ShadowRoot }).wrappedJSObject;
  if (!page) throw error;
  return page;
}

function adoptInto(root: ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch (error) {
    waived(root, error).adoptedStyleSheets.push(sheet);
  }
}

function dropFrom(root: ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets].filter((s) => s !== sheet);
  } catch (error) {
    const sheets = waived(root, error).adoptedStyleSheets;
    const at = sheets.indexOf(sheet);
    if (at >= 0) sheets.splice(at, 1);
  }
}

export function createShadowStyles(doc: Document, cssText: string, signal: AbortSignal): ShadowStyles {
  const view = doc.defaultView!;
  let sheet: CSSStyleSheet | null = null;
  const adopted = new Set<ShadowRoot>();
  signal.addEventListener(
    'abort',
    () => {
      for (const root of adopted) {
        try {
          if (sheet) dropFrom(root, sheet);
        } catch (error) {
          // the page replaced the array's contents with something we cannot read back: leave it
          survived('removing a shadow root stylesheet', error);
        }
      }
      adopted.clear();
    },
    { once: true },
  );
  return {
    adopt(root) {
      if (signal.aborted || adopted.has(root)) return;
      try {
        // Constructed in the page's window, so the page's document can adopt it.
        if (!sheet) {
          sheet = new view.CSSStyleSheet();
          sheet.replaceSync(cssText);
        }
        adoptInto(root, sheet);
        adopted.add(root);
      } catch (error) {
        survived('styling a shadow root', error);
        // no constructable stylesheets here: the shadow text stays unstyled (never an error in the page console)
      }
    },
  };
}
