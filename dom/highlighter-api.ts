// The CSS Custom Highlight API path: the page's DOM, text, selection and layout stay untouched. The registry is
// per document, so the page's own scripts can see `CSS.highlights` entries named `briefings-…` (and so can tests).
import { TOPIC_IDS, type TopicId } from '../briefings/types.ts';
import { highlightName, type Highlighter, type HighlightStyle } from './highlighter.ts';

export function createApiHighlighter(view: Window & typeof globalThis): Highlighter {
  const registry = view.CSS.highlights;
  const highlights = new Map<TopicId, Highlight>(TOPIC_IDS.map((topic) => [topic, new view.Highlight()]));
  let registered: string[] = [];

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
    add: (topic, range) => void highlights.get(topic)!.add(range),
    remove: (topic, range) => void highlights.get(topic)!.delete(range),
    show(topics, style: HighlightStyle) {
      unregister();
      for (const topic of topics) {
        const name = highlightName(topic, style);
        registry.set(name, highlights.get(topic)!);
        registered.push(name);
      }
    },
    dispose() {
      unregister();
      for (const highlight of highlights.values()) highlight.clear();
    },
  };
}
