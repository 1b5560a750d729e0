// How highlights look and behave: the global switch, underline or background, the hover delay, code blocks.
import { HIGHLIGHT_STYLES, HOVER_DELAY_RANGE, setSetting, type HighlightStyle, type Settings } from '../../extension/settings.ts';
import { saved } from '../shared/save-error.tsx';
import { Switch } from '../shared/switch.tsx';

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline (quiet)',
  background: 'Background tint (easier to spot)',
};

export function HighlightSettings({ settings }: { settings: Settings }) {
  const onDelay = (input: HTMLInputElement) => {
    const value = Math.round(input.valueAsNumber / HOVER_DELAY_RANGE.step) * HOVER_DELAY_RANGE.step;
    if (input.validity.valid && Number.isFinite(value)) saved(setSetting('hoverDelayMs', value));
  };
  return (
    <section aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">Highlighting</h2>
      <p>
        <Switch name="extension-enabled" label="Highlight mentions on web pages" checked={settings.extensionEnabled} onChange={(on) => saved(setSetting('extensionEnabled', on))} />
      </p>
      <fieldset>
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => saved(setSetting('highlightStyle', style))}
            />{' '}
            {STYLE_LABELS[style]}
          </label>
        ))}
      </fieldset>
      <p class="field">
        <label for="hover-delay">Hover delay before a briefing opens</label>
        <span class="with-unit">
          <input
            id="hover-delay"
            name="hover-delay"
            type="number"
            inputMode="numeric"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={HOVER_DELAY_RANGE.step}
            value={settings.hoverDelayMs}
            aria-describedby="hover-delay-help"
            onChange={(event) => onDelay(event.currentTarget)}
          />{' '}
          ms
        </span>
        <span id="hover-delay-help" class="help">
          {HOVER_DELAY_RANGE.min}–{HOVER_DELAY_RANGE.max} ms. Longer means fewer cards opened by passing pointers.
        </span>
      </p>
      <p>
        <Switch name="scan-code" label="Also highlight mentions inside code (<code> and <pre>)" checked={settings.scanCode} onChange={(on) => saved(setSetting('scanCode', on))} />
      </p>
    </section>
  );
}
