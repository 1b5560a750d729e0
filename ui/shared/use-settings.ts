// The current settings, kept live: any change (from this popup, the options page, another machine via sync)
// re-renders the popup.
import { useEffect, useState } from 'preact/hooks';
import { getAllSettings, watchAllSettings, type Settings } from '../../extension/settings.ts';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void getAllSettings().then((value) => live && setSettings(value));
    const unwatch = watchAllSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
