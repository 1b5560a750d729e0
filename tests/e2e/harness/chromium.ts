import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { BUILD_DIRS, executablePath } from './paths.ts';
import type { ExtensionSession, TestPage } from './session.ts';

// Flags that keep Chromium off the (closed) network here and quiet; the extension loads unpacked from the build.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export function wrapPlaywrightPage(page: Page): TestPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.click(selector),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export class ChromiumSession implements ExtensionSession {
  readonly browser = 'chromium' as const;
  readonly underline = 'underline' as const;
  private readonly wrapped = new WeakMap<Page, TestPage>();
  private readonly raw = new WeakMap<TestPage, Page>();

  private constructor(
    readonly context: BrowserContext,
    readonly serviceWorker: Worker,
    readonly extensionId: string,
    private readonly userDataDir: string,
  ) {}

  /** `extension`: the build to load (the test build by default). */
  static async launch(options: { extraArgs?: string[]; extension?: string } = {}): Promise<ChromiumSession> {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'briefings-chromium-'));
    const extension = options.extension ?? BUILD_DIRS.chromium;
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: executablePath('chromium'),
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [...QUIET_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...(options.extraArgs ?? [])],
    });
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    return new ChromiumSession(context, serviceWorker, extensionId, userDataDir);
  }

  wrap(page: Page): TestPage {
    let wrapped = this.wrapped.get(page);
    if (!wrapped) {
      wrapped = wrapPlaywrightPage(page);
      this.wrapped.set(page, wrapped);
      this.raw.set(wrapped, page);
    }
    return wrapped;
  }

  /** The Playwright page behind a TestPage, for Chromium-only checks (CDP, network events). */
  playwrightPage(page: TestPage): Page {
    const raw = this.raw.get(page);
    if (!raw) throw new Error('not a page of this session');
    return raw;
  }

  async newPage(): Promise<TestPage> {
    return this.wrap(await this.context.newPage());
  }

  async pages(): Promise<TestPage[]> {
    return this.context.pages().map((page) => this.wrap(page));
  }

  async openExtensionPage(pathAndQuery: string): Promise<TestPage> {
    const page = await this.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${pathAndQuery}`);
    return page;
  }

  async tabIdOf(page: TestPage): Promise<number> {
    const href = await page.url();
    let id = await this.serviceWorker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id;
    }, href);
    if (id === undefined) {
      // Without the "tabs" permission Chromium hides web pages' urls from tabs.query; the active tab is the page.
      await page.bringToFront();
      id = await this.serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
    }
    if (id === undefined) throw new Error(`no tab has url ${href}`);
    return id;
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
