// The page highlights' CSS, generated at build time from the briefings' colours (scripts/build/rules-plugin.ts serves
// it as `virtual:briefings-highlights.css`, which the content script imports). Pure: tests compare it with the colours.
import type { TopicColor, TopicId } from '../../briefings/types.ts';
import { highlightName, type HighlightStyle } from '../../dom/highlighter.ts';

const HEADER = `/*
 * Page-level highlight styles, generated from the briefings' colours (scripts/build/highlights-css.ts) and shipped
 * as the content script's manifest \`css\` (injected with the page, so it costs no restyle; a <style> inserted at
 * document_idle measured +77 ms on a 5 MB page). These rules must live at document level: \`::highlight()\` inside the
 * card's shadow root would style nothing.
 * One highlight per topic and style: dom/highlighter.ts registers \`briefings-<topic>-<style>\`.
 * Colours: mid-tone hues that read on white and on near-black; backgrounds are translucent so the page's own
 * text colour shows through.
 * Everything sits in a cascade layer, injected before the page's own sheets: important declarations in a layer beat
 * a page's unlayered \`!important\` wherever both match the same element (tests/fixtures/pages/hostile.html keeps its
 * highlights registered).
 * In Chromium the rules match \`:root\` only and every other element's highlight inherits from it: rules that matched
 * every element cost 1–2 ms of style each on an ordinary page (docs/performance.md). There a page rule naming one of
 * these highlights wins below the root; a page can as well delete the highlight itself.
 */`;

const DECLARATIONS: Record<HighlightStyle, (color: TopicColor) => string> = {
  underline: (color) => `text-decoration: underline 2px rgb(${color.light})`,
  background: (color) => `background-color: rgb(${color.light} / ${color.backgroundAlpha})`,
};

/**
 * Which elements the rules match. Chromium's highlight pseudo-elements inherit down the tree (CSS Pseudo 4 highlight
 * inheritance), so rules on `:root` alone paint every element's text, shadow trees' included, and no element is
 * matched against them (tests/e2e/highlights-trees.test.ts checks the painted colours). Firefox's build keeps rules that
 * match every element: its stage 2 adopts the same text into shadow roots, where `:root` matches nothing.
 */
export type HighlightAnchor = 'root' | 'every-element';

/**
 * Two `::highlight()` rules per topic, underlines first, in the `briefings` cascade layer, every declaration
 * `!important`.
 *
 * @example
 * highlightsCss([{ id: 'hamas', color: { light: '28 150 90', dark: '28 150 90', backgroundAlpha: 0.22 } }]);
 * // "… @layer briefings {\n  ::highlight(briefings-hamas-underline) { text-decoration: underline 2px rgb(28 150 90) !important; }\n …"
 */
export function highlightsCss(topics: readonly { id: TopicId; color: TopicColor }[], anchor: HighlightAnchor = 'every-element'): string {
  const on = anchor === 'root' ? ':root' : '';
  const rules = (style: HighlightStyle) =>
    topics.map(({ id, color }) => `  ${on}::highlight(${highlightName(id, style)}) { ${DECLARATIONS[style](color)} !important; }`);
  return [HEADER, '@layer briefings {', ...rules('underline'), '', ...rules('background'), '}', ''].join('\n');
}
