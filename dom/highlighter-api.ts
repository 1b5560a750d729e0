// The CSS Custom Highlight API path: the page's DOM, text, selection and layout stay untouched. The registry is
// per document, so the page's own scripts can see `CSS.highlights` entries named `briefings-…` (and so can tests).
// On pages with many mentions only the ranges near the viewport are in the highlights (dom/viewport-window.ts).
import type { TopicId } from '../briefings/types.ts';
import { TOPIC_IDS } from '../extension/topics.ts';
import { highlightName, type Highlighter, type HighlightStyle } from './highlighter.ts';
import { createViewportWindow } from './viewport-window.ts';

/**
 * Ranges registered before painting follows the viewport: Chromium re-validates every registered range after any
 * change to the page, ≈ 15 µs each (bench, 1 MB page), so 200 cost ≈ 3 ms a frame.
 */
export const WINDOW_FROM = 200;

/**
 * Whether the browser paints text decorations in `::highlight()`: Firefox does from 146 (ESR 140 paints only colours
 * and backgrounds, so an underline there would be invisible). A spoofed version only ever errs towards the background.
 */
export function paintsUnderlines(userAgent: string): boolean {
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  return !firefox || Number(firefox[1]) >= 146;
}

export function createApiHighlighter(view: Window & typeof globalThis, windowFrom = WINDOW_FROM): Highlighter {
  const registry = view.CSS.highlights;
  // Where an underline would not show, the reader's underline style paints as the background style.
  const underlines = paintsUnderlines(view.navigator.userAgent);
  const highlights = new Map<TopicId, Highlight>(TOPIC_IDS.map((topic) => [topic, new view.Highlight()]));
  /** The name each shown topic paints under; registered only while its highlight has a range (README "Privacy"). */
  const wanted = new Map<TopicId, string>();
  const registered = new Map<TopicId, string>();

  const sync = (topic: TopicId) => {
    const highlight = highlights.get(topic)!;
    const name = highlight.size ? wanted.get(topic) : undefined;
    const had = registered.get(topic);
    if (had === name && (!name || registry.get(name) === highlight)) return;
    // Only delete what is still ours: a page could have re-used the name.
    if (had && registry.get(had) === highlight) registry.delete(had);
    registered.delete(topic);
    if (name) {
      registry.set(name, highlight);
      registered.set(topic, name);
    }
  };
  const painting = createViewportWindow<TopicId>(view, {
    windowFrom,
    enter: (range, topic) => {
      highlights.get(topic)!.add(range);
      sync(topic);
    },
    leave: (range, topic) => {
      highlights.get(topic)!.delete(range);
      sync(topic);
    },
  });

  return {
    add(mentions) {
      painting.expect(mentions.reduce((n, mention) => (mention.block ? n + 1 : n), 0));
      const painted = new Set<TopicId>();
      for (const { topic, range, block } of mentions) {
        if (!painting.add(range, topic, block)) continue;
        highlights.get(topic)!.add(range);
        painted.add(topic);
      }
      for (const topic of painted) sync(topic);
    },
    remove(topic, range) {
      painting.remove(range);
      highlights.get(topic)!.delete(range);
      sync(topic);
    },
    show(topics, style: HighlightStyle) {
      // Re-registering makes the browser re-validate every range: sync() leaves a name that did not change alone.
      wanted.clear();
      const painted = style === 'underline' && !underlines ? 'background' : style;
      for (const topic of topics) wanted.set(topic, highlightName(topic, painted));
      for (const topic of TOPIC_IDS) sync(topic);
    },
    dispose() {
      wanted.clear();
      for (const topic of TOPIC_IDS) {
        highlights.get(topic)!.clear();
        sync(topic);
      }
      painting.dispose();
    },
  };
}
