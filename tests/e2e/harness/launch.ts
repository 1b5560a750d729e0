import { ChromiumSession } from './chromium.ts';
import { FirefoxSession } from './firefox.ts';
import { PRODUCTION_BUILD_DIRS, selectedBrowsers, type BrowserName } from './paths.ts';
import type { ExtensionSession } from './session.ts';

export { selectedBrowsers };
export type { BrowserName, ExtensionSession };

/**
 * Starts the browser with the built extension installed, on a fresh profile; `production`: the production build;
 * `extension`: another build's directory (tests/e2e/fifth-topic.test.ts).
 */
export function launch(browser: BrowserName, options: { production?: boolean; extension?: string } = {}): Promise<ExtensionSession> {
  const extension = options.extension ?? (options.production ? PRODUCTION_BUILD_DIRS[browser] : undefined);
  return browser === 'chromium' ? ChromiumSession.launch({ extension }) : FirefoxSession.launch({ extension });
}
