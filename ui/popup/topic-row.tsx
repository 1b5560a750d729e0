// One topic in the index: colour swatch, name, who/what (or, when searching, the field that matched with the
// matched text marked), its on/off switch, and when expanded the full briefing.
import { BriefingView } from '../briefing-view.tsx';
import type { Briefing } from '../../briefings/types.ts';
import type { FieldMatch, SearchField } from '../../core/search.ts';
import { excerpt, MarkedText } from '../shared/marked-text.tsx';
import { Switch } from '../shared/switch.tsx';

const FIELD_LABELS: Record<SearchField, string> = {
  name: 'Name',
  alias: 'Also written',
  speaker: 'Quotes',
  whoWhat: 'Who/what',
  summary: 'Summary',
  fact: 'Fact',
  quote: 'Quote',
};

export interface TopicRowProps {
  briefing: Briefing;
  enabled: boolean;
  expanded: boolean;
  /** Search matches, best first; absent when not searching. */
  matches?: FieldMatch[];
  onToggleExpanded: () => void;
  onEnabledChange: (on: boolean) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function TopicRow({ briefing, enabled, expanded, matches, onToggleExpanded, onEnabledChange, onKeyDown }: TopicRowProps) {
  const nameMatch = matches?.find((m) => m.field === 'name');
  const other = matches?.find((m) => m.field !== 'name');
  const shown = other && excerpt(other.text, other.spans);
  const panelId = `briefing-${briefing.id}`;
  return (
    <li class="topic" data-topic={briefing.id} data-enabled={enabled}>
      <div class="topic-head">
        <span class="swatch" aria-hidden="true" />
        <button
          type="button"
          class="topic-open"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={onToggleExpanded}
          onKeyDown={onKeyDown}
        >
          <span class="topic-name">{nameMatch ? <MarkedText text={nameMatch.text} spans={nameMatch.spans} /> : briefing.name}</span>
          {shown && other ? (
            <span class="topic-match" data-field={other.field}>
              <span class="match-field">{FIELD_LABELS[other.field]}:</span> <MarkedText text={shown.text} spans={shown.spans} />
            </span>
          ) : (
            <span class="topic-whowhat">{briefing.whoWhat}</span>
          )}
        </button>
        <Switch name={`topic-${briefing.id}`} label={`Highlight ${briefing.name}`} hideLabel checked={enabled} onChange={onEnabledChange} />
      </div>
      {expanded && (
        <div id={panelId} class="topic-panel">
          <BriefingView briefing={briefing} variant="full" headingLevel={3} />
        </div>
      )}
    </li>
  );
}
