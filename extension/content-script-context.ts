// The content script's context, in place of WXT's (wxt.config.ts aliases `wxt/utils/content-script-context` here).
// WXT's announces every start to the page (window.postMessage with "<extension id>:content:wxt:content-script-started")
// and stops the running script when the document receives an event of that name, and its `wxt:locationchange` is a
// window event: a page could learn the id, switch the extension off and fake navigations (issue 18). This one talks
// to the page not at all. An old copy of the script stops when the extension's runtime is gone (`runtime.id`, which
// a page cannot touch), or when a newer copy starts in the same isolated world, found through a global of that world
// (out of the page's reach); location changes are polled from `location.href` as the isolated world reads it.

// The browser's own runtime, not wxt/browser's polyfill: the content script's first stage must stay tiny
// (docs/performance.md "Two stages"), and reading the id needs no promise wrapper (Firefox has `chrome` too).
declare const chrome: { runtime?: { id?: string } } | undefined;
const runtimeId = (): string | undefined => (typeof chrome === 'undefined' ? undefined : chrome.runtime?.id);

const CURRENT = Symbol.for('briefings:content-script-context');
const LOCATION_POLL_MS = 1000;

type Scope = typeof globalThis & { [CURRENT]?: Record<string, ContentScriptContext> };

export class ContentScriptContext {
  private readonly abortController = new AbortController();
  private locationWatched = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {
    const scope = globalThis as Scope;
    const running = (scope[CURRENT] ??= {});
    running[contentScriptName]?.notifyInvalidated();
    running[contentScriptName] = this;
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  get isInvalid(): boolean {
    if (runtimeId() == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  /** `wxt:locationchange` is this context's own: called when location.href changes, never by a page's event. */
  addEventListener<T extends EventTarget>(target: T, type: string, handler: (event: any) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') return this.watchLocation(handler);
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  private watchLocation(handler: (event: { newUrl: URL; oldUrl: URL }) => void): void {
    if (this.locationWatched) return;
    this.locationWatched = true;
    let last = location.href;
    this.setInterval(() => {
      const now = location.href;
      if (now === last) return;
      const oldUrl = new URL(last);
      last = now;
      handler({ newUrl: new URL(now), oldUrl });
    }, LOCATION_POLL_MS);
  }
}
