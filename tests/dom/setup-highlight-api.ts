// A stand-in for the CSS Custom Highlight API, which happy-dom lacks, so the DOM tests run the highlighter the
// extension ships (dom/highlighter-api.ts). The API's shape and nothing more: `Highlight` is a set of ranges (the
// page's live Range objects, held as given), `CSS.highlights` a map from names to highlights. Nothing is painted;
// tests read what is registered. https://drafts.csswg.org/css-highlight-api-1/
import { afterEach } from 'vitest';

type HighlightType = 'highlight' | 'spelling-error' | 'grammar-error';

class Highlight extends Set<AbstractRange> {
  priority = 0;
  type: HighlightType = 'highlight';

  constructor(...initialRanges: AbstractRange[]) {
    super();
    for (const range of initialRanges) this.add(range);
  }

  override add(range: AbstractRange): this {
    // happy-dom has Range but no AbstractRange or StaticRange.
    if (!(range instanceof window.Range)) throw new TypeError('Highlight.add: the value is not an AbstractRange');
    return super.add(range);
  }

  override get [Symbol.toStringTag]() {
    return 'Highlight';
  }
}

class HighlightRegistry extends Map<string, Highlight> {
  override set(name: string, highlight: Highlight): this {
    if (!(highlight instanceof Highlight)) throw new TypeError('HighlightRegistry.set: the value is not a Highlight');
    return super.set(String(name), highlight);
  }

  override get [Symbol.toStringTag]() {
    return 'HighlightRegistry';
  }
}

// happy-dom makes a new CSS object on every read of window.CSS: one is kept, so its `highlights` is the document's.
const css = Object.assign(window.CSS, { highlights: new HighlightRegistry() });
for (const scope of new Set<object>([window, globalThis])) {
  Object.defineProperty(scope, 'CSS', { value: css, configurable: true, writable: true });
  Object.defineProperty(scope, 'Highlight', { value: Highlight, configurable: true, writable: true });
}

// Each test starts with an empty registry, as a new page does.
afterEach(() => css.highlights.clear());
