import type { Browser, Page } from 'puppeteer-core';
import { closeFirefox, launchFirefox, marionetteOf } from './marionette.ts';
import { BUILD_DIRS, executablePath } from './paths.ts';
import type { ExtensionSession, TestPage } from './session.ts';

export const GECKO_ID = 'briefings@briefings-extension.org';
/** Pinned so tests know the moz-extension:// origin (random per profile otherwise). */
export const FIREFOX_EXTENSION_UUID = '6f0f3f5e-2b6c-4a53-9d1e-0c1b7b1e5a11';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/*
 * How tests reach extension pages and tab ids in Firefox, with no hook in the extension:
 *
 * Firefox's WebDriver BiDi refuses to navigate to moz-extension:// ("not allowed in this context") and only knows
 * content browsing contexts — unless Firefox was started with `--remote-allow-system-access`. That flag (a
 * command-line switch of the Remote Agent, which itself only exists when the test launches Firefox with a loopback
 * debugging port) lifts the navigation check and lets the driver run privileged script in the browser's own chrome
 * window (over Marionette since Firefox ESR 140.12: harness/marionette.ts). We use it for these only:
 *  - openExtensionPage / goto(moz-extension://…): a plain `browsingContext.navigate` (with `wait: 'none'`: BiDi
 *    reports no load events for moz-extension documents, so we poll the page's own location and readyState);
 *  - tabIdOf: in the chrome window, map the page's BiDi context id to its <browser> element and ask the WebExtensions
 *    tab tracker for the id `browser.tabs` uses;
 *  - what a test asks of the browser itself (evaluateInChrome): add-on errors, the add-on manager, a private window,
 *    the colour scheme of one tab.
 * The shipped extension is untouched: there is nothing a web page (or anything but this driver) could call.
 */

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** puppeteer-core's BiDi connection; not public API, so fail loudly if a puppeteer upgrade moves it. */
function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection || typeof connection.send !== 'function') {
    throw new Error('puppeteer-core no longer exposes its WebDriver BiDi connection as browser.connection; update firefox.ts');
  }
  return connection;
}

/** The WebDriver BiDi browsing context id of a page (puppeteer-core's frame id is the BiDi context id). */
function contextIdOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('puppeteer-core frame has no BiDi context id (_id); update firefox.ts');
  return id;
}

/** What every chrome script finds on its sandbox's globalThis (CHROME_HELPERS). */
interface ChromeHelpers {
  /** A page's browsing context by its BiDi context id. */
  contextById(id: string): any;
}

// The Remote Agent's map of context ids is NavigableManager in newer builds, TabManager in Firefox ESR 140.12.
const CHROME_HELPERS = `globalThis.contextById ??= (id) => {
  const module = (name) => ChromeUtils.importESModule('chrome://remote/content/shared/' + name + '.sys.mjs')[name];
  let navigables;
  try { navigables = module('NavigableManager'); } catch { navigables = module('TabManager'); }
  return navigables.getBrowsingContextById(id);
};`;

/**
 * Runs `fn` in the browser's own (privileged) chrome window, over Marionette — possible only because the test
 * launches Firefox with --remote-allow-system-access. `fn` is serialized: use only its argument, the chrome
 * window's globals and ChromeHelpers.
 */
export async function evaluateInChrome<R, A>(browser: Browser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const marionette = marionetteOf(browser);
  // The chrome window Marionette last used may be gone (puppeteer opens and closes windows): use a current one (in
  // chrome space, handles are chrome windows).
  const [handle] = (await marionette.send('WebDriver:GetWindowHandles', {})) as string[];
  if (!handle) throw new Error('Firefox: no chrome window');
  await marionette.send('WebDriver:SwitchToWindow', { handle, focus: false });
  // Argument and result cross as JSON, so any JSON-able value works both ways.
  const result = await marionette.send('WebDriver:ExecuteScript', {
    script: `${CHROME_HELPERS}\nreturn (async (json) => JSON.stringify((await (${String(fn)})(JSON.parse(json))) ?? null))(arguments[0]);`,
    args: [JSON.stringify(arg ?? null)],
    // One named sandbox for the whole run, so what one script leaves on globalThis the next one finds.
    sandbox: 'briefings-harness',
    newSandbox: false,
  });
  const value = (result as { value?: unknown } | null)?.value;
  if (typeof value !== 'string') throw new Error(`Firefox chrome script returned ${JSON.stringify(result)}`);
  return JSON.parse(value) as R;
}

/**
 * prefers-color-scheme for one tab, as Firefox's devtools emulate it (BiDi has no such command and puppeteer's
 * emulateMediaFeatures needs CDP).
 */
async function emulateColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await evaluateInChrome(
    page.browser(),
    ({ contextId, scheme }: { contextId: string; scheme: string }) => {
      (globalThis as never as ChromeHelpers).contextById(contextId).top.prefersColorSchemeOverride = scheme;
    },
    { contextId: contextIdOf(page), scheme },
  );
  await waitInPage(page, (s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme, 5_000);
}

/**
 * Polls `fn` in the page until it returns something truthy. Not puppeteer's waitForFunction: its in-page poller
 * builds the predicate with Function(), which an extension page's CSP (and a strict page's) refuses in Firefox ESR
 * 140.12; each evaluate here is a BiDi callFunction, which no page CSP governs. A navigation under way is waited out.
 */
async function waitInPage<A>(page: Page, fn: (arg: A) => unknown, arg: A, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      // As a BiDi expression, so the answer crosses as a boolean (an element would not cross as itself).
      if (await page.evaluate(`(async () => Boolean(await (${String(fn)})(${JSON.stringify(arg) ?? 'undefined'})))()`)) return;
    } catch (error) {
      if (!/context|destroyed|discarded|navigat/i.test(String(error))) throw error;
    }
    if (Date.now() > deadline) throw new Error(`Waiting failed: ${timeout} ms exceeded for ${String(fn).slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Navigates to an extension page over raw BiDi and waits until the document has loaded. */
async function gotoExtensionPage(page: Page, url: string, timeout = 10_000): Promise<void> {
  const connection = bidiConnection(page.browser());
  const { result } = await connection.send('browsingContext.navigate', { context: contextIdOf(page), url, wait: 'none' });
  const expected = (result as { url: string }).url;
  await waitInPage(page, (href) => location.href === href && document.readyState === 'complete', expected, timeout);
}

// Keeps Firefox ESR off the (closed) network and quiet during tests.
const QUIET_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  // Firefox stops a content-script callback that has run 5 s of wall-clock time and reports "Script terminated by
  // timeout". Once, on a loaded CI machine, that hit the content script's one-line rAF callback (afterNextPaint):
  // the process had stalled, not the script. A real hang still fails the test it is in (every wait has a timeout).
  'dom.max_ext_content_script_run_time': 60,
};

/** Playwright-style chords ("Alt+Shift+B") for puppeteer, which presses one key at a time. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['down']>[0][];
  for (const key of keys) await page.keyboard.down(key);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
}

export function wrapPuppeteerPage(page: Page): TestPage {
  return {
    goto: async (url) =>
      url.startsWith('moz-extension:') ? gotoExtensionPage(page, url) : void (await page.goto(url, { waitUntil: 'load' })),
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg, timeout = 10_000) => waitInPage(page, fn as never, arg, timeout),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => pressChord(page, key),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.click(selector),
    // Straight over BiDi: puppeteer's setViewport also overrides the screen orientation, a command Firefox ESR 140.12 lacks.
    setViewport: async (width, height) => void (await bidiConnection(page.browser()).send('browsingContext.setViewport', { context: contextIdOf(page), viewport: { width, height } })),
    emulateColorScheme: (scheme) => emulateColorScheme(page, scheme),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export class FirefoxSession implements ExtensionSession {
  readonly browser = 'firefox' as const;
  readonly extensionOrigin = FIREFOX_EXTENSION_ORIGIN;
  private readonly wrapped = new WeakMap<Page, TestPage>();
  private readonly raw = new WeakMap<TestPage, Page>();

  private constructor(
    readonly puppeteerBrowser: Browser,
    readonly underline: 'underline' | 'background',
  ) {}

  /**
   * `prefs` adds or overrides Firefox preferences for this profile (e.g. a short background idle timeout);
   * `extension`: the build to install (the test build by default).
   */
  static async launch(options: { prefs?: Record<string, unknown>; extension?: string } = {}): Promise<FirefoxSession> {
    const browser = await launchFirefox({ ...QUIET_PREFS, ...options.prefs });
    // The add-on declares strict_min_version 140 (CSS Custom Highlight API); an older Firefox would refuse it.
    const version = await browser.version();
    const major = Number(/(\d+)\./.exec(version)?.[1]);
    if (!(major >= 140)) {
      await browser.close();
      throw new Error(`${executablePath('firefox')} is ${version}; the add-on needs Firefox 140 or newer (Debian's firefox-esr 140+).`);
    }
    await browser.installExtension(options.extension ?? BUILD_DIRS.firefox);
    return new FirefoxSession(browser, major >= 146 ? 'underline' : 'background');
  }

  wrap(page: Page): TestPage {
    let wrapped = this.wrapped.get(page);
    if (!wrapped) {
      wrapped = wrapPuppeteerPage(page);
      this.wrapped.set(page, wrapped);
      this.raw.set(wrapped, page);
    }
    return wrapped;
  }

  async newPage(): Promise<TestPage> {
    return this.wrap(await this.puppeteerBrowser.newPage());
  }

  async pages(): Promise<TestPage[]> {
    return (await this.puppeteerBrowser.pages()).map((page) => this.wrap(page));
  }

  async openExtensionPage(pathAndQuery: string): Promise<TestPage> {
    const page = await this.newPage();
    await page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${pathAndQuery.replace(/^\//, '')}`);
    return page;
  }

  async tabIdOf(page: TestPage): Promise<number> {
    const id = await this.evaluateInChrome(
      (contextId: string) => {
        // Runs in the browser's chrome window (privileged); these globals exist there, not in Node.
        const { ChromeUtils } = globalThis as never as { ChromeUtils: { importESModule(url: string): any } };
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const context = (globalThis as never as ChromeHelpers).contextById(contextId);
        const element = context?.top.embedderElement;
        if (!element) return null;
        return ExtensionParent.apiManager.global.tabTracker.getBrowserData(element).tabId as number;
      },
      contextIdOf(this.puppeteerPage(page)),
    );
    if (typeof id !== 'number' || id < 0) throw new Error(`Firefox: no tab for this page (got ${id})`);
    return id;
  }

  /** The puppeteer page behind a TestPage, for Firefox-only checks. */
  puppeteerPage(page: TestPage): Page {
    const raw = this.raw.get(page);
    if (!raw) throw new Error('not a page of this session');
    return raw;
  }

  /** Runs `fn` in the browser's privileged chrome window; see evaluateInChrome above. */
  evaluateInChrome<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return evaluateInChrome(this.puppeteerBrowser, fn, arg);
  }

  async close(): Promise<void> {
    await closeFirefox(this.puppeteerBrowser);
  }
}
