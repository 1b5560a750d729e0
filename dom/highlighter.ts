// Paints mentions. One named highlight per topic and style, `briefings-<topic>-<style>`, styled by the CSS generated
// from the briefings' colours (scripts/build/highlights-css.ts; manifest CSS: measured free, where a <style> at
// document_idle forces a full restyle). The painter is the CSS Custom Highlight API's (highlighter-api.ts): every
// browser the extension installs on has it (manifest minimums: Chrome 105, Firefox 140).
import type { TopicId } from '../briefings/types.ts';

export type HighlightStyle = 'underline' | 'background';

/** A mention as the highlighter paints it. `block`: the block whose text holds the range, when the caller knows it. */
export interface Paintable {
  topic: TopicId;
  range: Range;
  block?: Element;
}

export interface Highlighter {
  /** Paints each mention's range as a mention of its topic; a batch at once, so the registry is looked at once per topic. */
  add(mentions: readonly Paintable[]): void;
  remove(topic: TopicId, range: Range): void;
  /** Which topics are painted, and how; the others stay tracked but invisible. */
  show(topics: readonly TopicId[], style: HighlightStyle): void;
  /** Removes every highlight this highlighter made. */
  dispose(): void;
}

export function highlightName(topic: TopicId, style: HighlightStyle): string {
  return `briefings-${topic}-${style}`;
}
