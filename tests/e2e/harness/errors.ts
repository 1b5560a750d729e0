// Collects what must stay silent while the extension runs on a page: the page's errors and console warnings, and
// anything the extension's own code throws or logs. Chromium: over CDP, exceptions and console calls in every
// execution context of the tab (the content scripts' isolated worlds included). Firefox: every script error whose
// source is the add-on, from the browser's console service (chrome scope, as the harness allows).
// Used by tests/e2e/hostile-*.test.ts and tests/e2e/update-reload.test.ts.
import { ChromiumSession } from './chromium.ts';
import { evaluateInChrome, type FirefoxSession } from './firefox.ts';
import type { ExtensionSession, TestPage } from './session.ts';

/** Starts collecting errors for `page` (before it navigates); returns a reader. */
export async function watchErrors(session: ExtensionSession, page: TestPage): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  if (session instanceof ChromiumSession) {
    const raw = session.playwrightPage(page);
    raw.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    raw.on('console', (message) => {
      // "Failed to load resource" is the browser reporting a failed request (the favicon, the test's own probe).
      if ((message.type() === 'error' || message.type() === 'warning') && !message.text().startsWith('Failed to load resource')) {
        errors.push(`console.${message.type()}: ${message.text()}`);
      }
    });
    const cdp = await raw.context().newCDPSession(raw);
    const extensionContexts = new Set<number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith('chrome-extension://')) extensionContexts.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
      errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`),
    );
    // The content script must not write to the page's console at all, not even a log line.
    cdp.on('Runtime.consoleAPICalled', (call) => {
      if (extensionContexts.has(call.executionContextId)) errors.push(`content script console.${call.type}: ${JSON.stringify(call.args.map((a) => a.value ?? a.description))}`);
    });
    await cdp.send('Runtime.enable');
    return async () => [...errors];
  }
  const raw = (session as FirefoxSession).puppeteerPage(page);
  raw.on('pageerror', (error) => errors.push(`pageerror: ${(error as Error).message}`));
  raw.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(`console.${message.type()}: ${message.text()}`);
  });
  const earlier = (await firefoxAddonErrors(session as FirefoxSession)).length;
  return async () => [...errors, ...(await firefoxAddonErrors(session as FirefoxSession)).slice(earlier).filter((e) => !closedWhileAsking(e))];
}

/**
 * Firefox's notice that an extension page the test closed (the popup, which asks the page for its mentions every
 * second) still had a request out: the browser drops the answer, nobody sees anything. Only for the popup and the
 * options page, never for the content script or the background.
 */
function closedWhileAsking(error: string): boolean {
  return /\/chunks\/(?:popup|options)-[\w-]+\.js: Promise rejected after context unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage'/.test(error);
}

/**
 * Script errors whose source is the add-on's code (any of its contexts, in any process), since startup. Not the
 * add-on's console.* output: Firefox keeps that per process, out of the chrome window's reach.
 */
export async function firefoxAddonErrors(session: FirefoxSession): Promise<string[]> {
  return evaluateInChrome(
    session.puppeteerBrowser,
    ({ origin }: { origin: string }) => {
      const g = globalThis as never as { Services: any; Ci: any };
      const messages: any[] = g.Services.console.getMessageArray() ?? [];
      const errors: string[] = messages
        .map((m) => {
          try {
            const error = m.QueryInterface(g.Ci.nsIScriptError);
            return { source: String(error.sourceName ?? ''), text: `${error.sourceName}: ${error.errorMessage}` };
          } catch {
            return { source: '', text: String(m.message ?? '') };
          }
        })
        // A page's refused attempt to load a moz-extension:// URL is reported with the page as source: not ours.
        .filter(({ source }: { source: string }) => source.startsWith(origin))
        .map(({ text }: { text: string }) => text);
      return errors;
    },
    { origin: session.extensionOrigin },
  );
}
