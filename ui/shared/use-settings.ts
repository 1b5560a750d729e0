// The current settings, kept live: any change (from this popup, the options page, another machine via sync)
// re-renders the popup.
import { useEffect, useState } from 'preact/hooks';
import { onSaveFailure } from './save-error.tsx';
import { readSettings, watchSettings, type Settings } from '../../extension/settings.ts';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void readSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings(setSettings);
    // A refused write changed nothing stored, so no change event comes: render again, and Preact puts each control
    // back to the stored value (it compares a checkbox's `checked` with the DOM's).
    const unfail = onSaveFailure(() => setSettings((current) => current && { ...current }));
    return () => {
      live = false;
      unwatch();
      unfail();
    };
  }, []);
  return settings;
}
