// Highlight styles for open shadow roots, where the browser needs them there. Chromium applies the document's
// `::highlight()` rules to ranges inside shadow trees; Firefox does not (it matches them per tree), so there each
// shadow root whose text is read gets one constructed stylesheet with the same rules, adopted next to the page's
// own and taken out again on teardown. Fixture: tests/fixtures/pages/shadow-dom.html (tests/e2e/highlights-trees.test.ts).
import { survived } from '../core/debug.ts';

export interface ShadowStyles {
  /** Adds the sheet to `root` (once); removed again when the signal aborts. */
  adopt(root: ShadowRoot): void;
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
          root.adoptedStyleSheets = [...root.adoptedStyleSheets].filter((s) => s !== sheet);
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
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        adopted.add(root);
      } catch (error) {
        survived('styling a shadow root', error);
        // no constructable stylesheets here: the shadow text stays unstyled (never an error in the page console)
      }
    },
  };
}
