// The keyboard command: the shortcut the browser has assigned now, and where to change it. Browsers let only
// their own settings page change it: Chrome's chrome://extensions/shortcuts (an extension page may open it with
// tabs.create), Firefox's "Manage Extension Shortcuts" (commands.openShortcutSettings, Firefox 137+).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const COMMAND = 'next-mention';
type FirefoxCommands = { openShortcutSettings?: () => Promise<void> };

export function ShortcutSettings() {
  const [shortcut, setShortcut] = useState<string | null>();
  const [description, setDescription] = useState('Go to the next mention and open its briefing');
  const openFirefox = (browser.commands as unknown as FirefoxCommands).openShortcutSettings;
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      const command = commands.find((c) => c.name === COMMAND);
      setShortcut(command?.shortcut || null);
      if (command?.description) setDescription(command.description);
    });
  }, []);
  const change = () =>
    openFirefox ? void openFirefox.call(browser.commands) : void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>
        {description}:{' '}
        {shortcut === undefined ? '…' : shortcut ? <kbd class="shortcut">{shortcut}</kbd> : <strong class="shortcut">not set</strong>}
      </p>
      <p>
        <button type="button" class="button secondary" onClick={change}>
          Change shortcut…
        </button>
      </p>
      <p class="help">
        {openFirefox
          ? 'Opens Firefox’s add-ons page: ⚙ → Manage Extension Shortcuts.'
          : 'Opens chrome://extensions/shortcuts, where Chrome lets you set it.'}
      </p>
    </section>
  );
}
