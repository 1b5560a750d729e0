// "Reset to defaults" with a confirmation step in the page (not window.confirm): the first button reveals the
// question and moves focus to it; Escape or Cancel goes back without changing anything.
import { useEffect, useRef, useState } from 'preact/hooks';
import { resetAllSettings } from '../../extension/settings.ts';
import { saved } from '../shared/save-error.tsx';

export function ResetSettings({ onReset }: { onReset: () => void }) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const confirm = () => {
    const reset = resetAllSettings();
    saved(reset);
    void reset.then(onReset, () => undefined).finally(() => setAsking(false));
  };
  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset</h2>
      {!asking ? (
        <button ref={start} type="button" class="button secondary" onClick={() => setAsking(true)}>
          Reset to defaults…
        </button>
      ) : (
        <div
          ref={question}
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          tabIndex={-1}
          onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}
        >
          <p id="reset-question">
            Reset every setting to its default? All topics and highlighting come back on, paused sites are resumed, and
            the style, delay and code options go back to their defaults.
          </p>
          <button type="button" class="button danger" onClick={() => void confirm()}>
            Reset
          </button>{' '}
          <button type="button" class="button secondary" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
