// The options page: every setting, live (each change is saved at once and reaches open tabs through storage),
// the keyboard shortcut, and a confirmed reset.
import { useState } from 'preact/hooks';
import { SaveError } from '../shared/save-error.tsx';
import { useSettings } from '../shared/use-settings.ts';
import { HighlightSettings } from './highlight-settings.tsx';
import { PausedSites } from './paused-sites.tsx';
import { ResetSettings } from './reset-settings.tsx';
import { ShortcutSettings } from './shortcut-settings.tsx';
import { TopicSettings } from './topic-settings.tsx';

export function OptionsApp() {
  const settings = useSettings();
  const [notice, setNotice] = useState('');
  return (
    <main class="options" aria-busy={!settings}>
      <h1>Briefings settings</h1>
      <p class="help">Changes are saved as you make them and apply to every open tab.</p>
      <SaveError />
      {settings && (
        <>
          <HighlightSettings settings={settings} />
          <TopicSettings settings={settings} />
          <PausedSites settings={settings} />
          <ShortcutSettings />
          <ResetSettings onReset={() => setNotice('Every setting is back to its default.')} />
        </>
      )}
      <p role="status" class="notice">
        {notice}
      </p>
    </main>
  );
}
