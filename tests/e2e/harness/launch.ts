import { ChromiumSession } from './chromium.ts';
import { FirefoxSession } from './firefox.ts';
import { selectedBrowsers, type BrowserName } from './paths.ts';
import type { ExtensionSession } from './session.ts';

export { selectedBrowsers };
export type { BrowserName, ExtensionSession };

/** Starts the browser with the built extension installed, on a fresh profile. */
export function launch(browser: BrowserName): Promise<ExtensionSession> {
  return browser === 'chromium' ? ChromiumSession.launch() : FirefoxSession.launch();
}
