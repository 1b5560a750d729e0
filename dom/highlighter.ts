// Paints mentions. One named highlight per topic and style, `briefings-<topic>-<style>`, styled by the CSS generated
// from the briefings' colours (scripts/build/highlights-css.ts; manifest CSS: measured free, where a <style> at
// document_idle forces a full restyle). create-highlighter.ts picks the Highlight API or, where it is missing,
// wrapping (highlighter-wrap.ts).
import type { TopicId } from '../briefings/types.ts';

export type HighlightStyle = 'underline' | 'background';

export interface Highlighter {
  readonly kind: 'highlight-api' | 'wrap';
  /**
   * Paints `range` as a mention of `topic`. The wrap fallback re-points `range` at the wrapped text. `block`: the
   * block whose text holds the range, when the caller knows it (saves looking it up).
   */
  add(topic: TopicId, range: Range, block?: Element): void;
  remove(topic: TopicId, range: Range): void;
  /** Which topics are painted, and how; the others stay tracked but invisible. */
  show(topics: readonly TopicId[], style: HighlightStyle): void;
  /** Removes every highlight this highlighter made. */
  dispose(): void;
}

export function highlightName(topic: TopicId, style: HighlightStyle): string {
  return `briefings-${topic}-${style}`;
}
