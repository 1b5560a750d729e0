// The CSS Custom Highlight API path: the page's DOM, text, selection and layout stay untouched. The registry is
// per document, so the page's own scripts can see `CSS.highlights` entries named `briefings-…` (and so can tests).
// On pages with many mentions only the ranges near the viewport are in the highlights (dom/viewport-window.ts).
import { TOPIC_IDS, type TopicId } from '../briefings/types.ts';
import { highlightName, type Highlighter, type HighlightStyle } from './highlighter.ts';
import { createViewportWindow } from './viewport-window.ts';

/**
 * Ranges registered before painting follows the viewport: Chromium re-validates every registered range after any
 * change to the page, ≈ 15 µs each (bench, 1 MB page), so 200 cost ≈ 3 ms a frame.
 */
export const WINDOW_FROM = 200;

export function createApiHighlighter(view: Window & typeof globalThis, windowFrom = WINDOW_FROM): Highlighter {
  const registry = view.CSS.highlights;
  const highlights = new Map<TopicId, Highlight>(TOPIC_IDS.map((topic) => [topic, new view.Highlight()]));
  let registered: string[] = [];
  const painting = createViewportWindow<TopicId>(view, {
    windowFrom,
    enter: (range, topic) => void highlights.get(topic)!.add(range),
    leave: (range, topic) => void highlights.get(topic)!.delete(range),
  });

  const unregister = () => {
    // Only delete what is still ours: a page could have re-used the name.
    for (const name of registered) {
      const topic = TOPIC_IDS.find((t) => name.startsWith(`briefings-${t}-`));
      if (topic && registry.get(name) === highlights.get(topic)) registry.delete(name);
    }
    registered = [];
  };

  return {
    kind: 'highlight-api',
    add(topic, range, block) {
      if (painting.add(range, topic, block)) highlights.get(topic)!.add(range);
    },
    remove(topic, range) {
      painting.remove(range);
      highlights.get(topic)!.delete(range);
    },
    show(topics, style: HighlightStyle) {
      // Re-registering makes the browser re-validate every range: not for a settings change that alters neither.
      const names = topics.map((topic) => highlightName(topic, style));
      const same = names.length === registered.length && names.every((name, i) => name === registered[i] && registry.get(name) === highlights.get(topics[i]!));
      if (same) return;
      unregister();
      for (const topic of topics) {
        const name = highlightName(topic, style);
        registry.set(name, highlights.get(topic)!);
        registered.push(name);
      }
    },
    dispose() {
      unregister();
      painting.dispose();
      for (const highlight of highlights.values()) highlight.clear();
    },
  };
}
