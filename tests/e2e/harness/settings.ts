// Writing the reader's settings from an extension page, exactly as the options page writes them
// (extension/settings.ts): storage.sync, enabledTopics at shape version 2.
import type { TestPage } from './session.ts';

export function writeSettings(extensionPage: TestPage, values: Record<string, unknown>): Promise<void> {
  return extensionPage.evaluate((v) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.storage.sync.set({ ...v, enabledTopics$: { v: 2 } });
  }, values);
}
