// The index: a search box (focused on open) over every briefing, and the topics it finds, best first.
// Keyboard: ↓ from the box moves to the first result, ↑/↓ move between results, Enter/Space expands one,
// ↑ from the first result returns to the box, Escape in the box clears it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BRIEFINGS, BRIEFINGS_BY_ID } from '../../extension/briefings.ts';
import type { TopicId } from '../../briefings/types.ts';
import { createBriefingSearch } from '../../core/search.ts';
import { setTopicEnabled, type TopicSwitches } from '../../extension/settings.ts';
import { saved } from '../shared/save-error.tsx';
import { TopicRow } from './topic-row.tsx';

export interface TopicIndexProps {
  enabledTopics: TopicSwitches;
  initialTopic: TopicId | undefined;
}

export function TopicIndex({ enabledTopics, initialTopic }: TopicIndexProps) {
  const search = useMemo(() => createBriefingSearch(BRIEFINGS), []);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<TopicId>>(new Set(initialTopic ? [initialTopic] : []));
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const results = query.trim() ? search(query) : BRIEFINGS.map((b) => ({ topic: b.id, score: 0, matches: undefined }));

  useEffect(() => {
    box.current?.focus();
    if (initialTopic) list.current?.querySelector(`[data-topic="${initialTopic}"]`)?.scrollIntoView({ block: 'start' });
  }, []);

  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('.topic-open') ?? [])];
  const move = (from: number, by: number) => {
    const all = buttons();
    const next = from + by;
    if (next < 0) return box.current?.focus();
    all[Math.min(next, all.length - 1)]?.focus();
  };
  const onBoxKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') (event.preventDefault(), move(-1, 1));
    if (event.key === 'Enter' && results[0]) (event.preventDefault(), move(-1, 1), toggle(results[0].topic, true));
    if (event.key === 'Escape' && query) (event.preventDefault(), setQuery(''));
  };
  const toggle = (topic: TopicId, open?: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(topic)) next.add(topic);
      else next.delete(topic);
      return next;
    });

  return (
    <section class="topic-index" aria-labelledby="index-heading">
      <h2 id="index-heading" class="visually-hidden">Briefings</h2>
      <label class="search">
        <span class="visually-hidden">Search the briefings</span>
        <input
          ref={box}
          type="search"
          name="search"
          placeholder="Search names, quotes, facts…"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onBoxKey}
        />
      </label>
      <p class="visually-hidden" role="status">
        {query.trim() ? `${results.length} ${results.length === 1 ? 'briefing' : 'briefings'} found` : ''}
      </p>
      {results.length === 0 && <p class="muted">No briefing matches “{query.trim()}”.</p>}
      <ul class="topics" ref={list}>
        {results.map((result, index) => (
          <TopicRow
            key={result.topic}
            briefing={BRIEFINGS_BY_ID[result.topic]}
            enabled={enabledTopics[result.topic]}
            expanded={expanded.has(result.topic)}
            matches={result.matches}
            onToggleExpanded={() => toggle(result.topic)}
            onEnabledChange={(on) => saved(setTopicEnabled(result.topic, on))}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                move(index, event.key === 'ArrowDown' ? 1 : -1);
              }
            }}
          />
        ))}
      </ul>
    </section>
  );
}
