// One switch per topic, with its colour: the same switches as the popup's index.
import { BRIEFINGS } from '../../extension/briefings.ts';
import { setTopicEnabled, type Settings } from '../../extension/settings.ts';
import { saved } from '../shared/save-error.tsx';
import { Switch } from '../shared/switch.tsx';

export function TopicSettings({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading">Topics</h2>
      <ul class="plain">
        {BRIEFINGS.map((b) => (
          <li key={b.id} data-topic={b.id} class="topic-setting">
            <span class="swatch" aria-hidden="true" />
            <Switch name={`topic-${b.id}`} label={b.name} checked={settings.enabledTopics[b.id]} onChange={(on) => saved(setTopicEnabled(b.id, on))} />
          </li>
        ))}
      </ul>
    </section>
  );
}
