import type { BrowserName } from './paths.ts';

/**
 * What a test does with a page, the same in both browsers (playwright-core drives Chromium, puppeteer-core drives
 * Firefox over WebDriver BiDi). Keys use Playwright's names ("Escape", "Alt+Shift+B").
 */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** location.href as the page's own scripts see it. */
  url(): Promise<string>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  click(selector: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  readonly browser: BrowserName;
  /**
   * The style the reader's underline setting paints as here: 'underline', or 'background' in a Firefox before 146,
   * which paints no underline in a CSS highlight (dom/highlighter-api.ts). Highlight names end in it.
   */
  readonly underline: 'underline' | 'background';
  newPage(): Promise<TestPage>;
  /** Every page the browser has open, newest last (popups and tabs the extension opened included). */
  pages(): Promise<TestPage[]>;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<TestPage>;
  /** The browser's tab id for a page, as the extension's APIs name it. */
  tabIdOf(page: TestPage): Promise<number>;
  close(): Promise<void>;
}
