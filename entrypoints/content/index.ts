// The content script's first stage (docs/performance.md "Two stages"), run in every frame of every page: one read of
// the page's text and one prefilter test, then a cheap watch for text added later. Only when some text could be a
// mention, or the reader asks for a briefing, does it import the second stage (stage2.ts: settings, matcher,
// highlights, card). Until then it creates nothing a page could see, reads no settings and holds no rules.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { surviving } from '../../core/debug.ts';
import { prefilterFromSpec } from '../../core/prefilter.ts';
import { hasCandidate, watchForCandidate } from '../../dom/candidate.ts';
import { STAGE2_FILE, STAGE2_GLOBAL, type Stage2Scope } from '../../content/stage2-handoff.ts';
import type { Stage2 } from '../../content/stage2.ts';
// Types only: the message table and its checks (valibot) come with the second stage.
import type { Received } from '../../extension/messages.ts';
// The prefilter's anchors alone (scripts/build/rules-plugin.ts): the matcher's rules come with the second stage.
import PREFILTER from 'virtual:briefings-prefilter';

// The browser's own runtime (Firefox has `chrome` too): wxt/browser's polyfill would triple this stage's size.
// Chromium before 146 ignores a promise returned by a message listener, so answers go through sendResponse (and
// `true` keeps the channel open), which both browsers support.
type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => true | undefined;
declare const chrome: {
  runtime: { id?: string; getURL(path: string): string; onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } };
};
// Page-level ::highlight rules, generated from the briefings' colours at build time and injected by the manifest with
// the page (scripts/build/highlights-css.ts says why).
import 'virtual:briefings-highlights.css';

const MAX_FRAMES = 300;

/** The index among the top's frames of the one this window is in (-1 for the top itself). */
function topFrameIndex(view: Window): number {
  let child = view;
  // parent, top, length and indexing are readable across origins.
  while (child.parent !== child.top) child = child.parent;
  for (let i = 0; i < view.top!.length; i++) if (view.top![i] === child) return i;
  return -1;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Same-origin iframes (and about:blank ones written by script) get their own scanner and highlights.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  main(ctx) {
    // A page with hundreds of frames (an ad farm) has only the first MAX_FRAMES of its top's frames read, so their
    // scripts cannot keep the tab busy for minutes (issue 18).
    if (window !== window.top && topFrameIndex(window) >= MAX_FRAMES) return;
    if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:content-start');
    const { mightMatch } = prefilterFromSpec(PREFILTER);

    let stage2: Promise<Stage2> | null = null;
    const load = (): Promise<Stage2> =>
      (stage2 ??= (async () => {
        if (ctx.isInvalid) throw new Error('Content script context invalidated');
        // A module import of a web-accessible file: it runs in this script's world (Chromium's isolated world,
        // Firefox's content-script sandbox) and needs no permission; Chromium serves it only at a per-session URL.
        await import(/* @vite-ignore */ chrome.runtime.getURL(`/${STAGE2_FILE}`));
        const start = (globalThis as Stage2Scope)[STAGE2_GLOBAL];
        if (!start || ctx.isInvalid) throw new Error('The second stage did not start');
        return (ready = await start(ctx));
      })());

    // The content script's one runtime.onMessage listener. Once the second stage runs, every `content/…` message from
    // this extension goes to its receiver (extension/messages.ts: params, sender and reply checked there); a refused
    // one is ignored by not answering. Before it runs, the first stage answers for it without reading the params:
    // no candidate, so no mention to list, reveal or step to, and the sites paused from a private window will be
    // read by a second stage that loads later. The popup's list and the card speak for the whole tab: only the top
    // frame answers them; the context menu's "Brief me" needs the card whatever the page holds, so it loads it.
    const isTop = window === window.top;
    const withoutStage2: Record<string, (() => unknown) | undefined> = isTop
      ? {
          'content/private-paused': () => undefined,
          'content/list-mentions': () => ({ mentions: [], url: location.href }),
          'content/reveal-mention': () => false,
          'content/next-mention': () => false,
        }
      : { 'content/private-paused': () => undefined };
    let ready: Stage2 | undefined;
    const reply = (received: Received): Promise<unknown> => {
      if (!received || 'refused' in received) throw new Error('Refused message');
      return received.reply;
    };
    const runtime = chrome.runtime;
    const listener: Listener = (message, sender, sendResponse) => {
      if (ctx.isInvalid || sender.id !== runtime.id) return undefined;
      const type = (message as { type?: unknown } | null | undefined)?.type;
      if (typeof type !== 'string') return undefined;
      const nothingYet = Object.hasOwn(withoutStage2, type) ? withoutStage2[type] : undefined;
      const needsStage2 = isTop && type === 'content/show-briefing';
      if (!nothingYet && !needsStage2) return undefined;
      let answer: Promise<unknown>;
      if (ready) {
        const received = ready.receive(message, sender);
        if (!received || 'refused' in received) return undefined;
        answer = received.reply;
      } else if (stage2 || needsStage2) {
        answer = load().then((s) => reply(s.receive(message, sender)));
      } else {
        answer = Promise.resolve(nothingYet!());
      }
      // A handler that fails answers nothing, as before (the sender's promise rejects on the malformed reply).
      answer.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => runtime.onMessage.removeListener(listener));

    const root = document.body ?? document.documentElement;
    if (!root) return;
    const shadows: ShadowRoot[] = [];
    const candidate = hasCandidate(root, mightMatch, (shadow) => shadows.push(shadow));
    // Bench and test builds only (scripts/build/build-flags.ts): with nothing to find, the scan is done and there is
    // nothing to paint; the second stage sets these marks again if it loads later.
    if (import.meta.env.BRIEFINGS_MARKS) {
      performance.mark('briefings:stage1-done', { detail: { candidate } });
      if (!candidate) {
        performance.mark('briefings:scan-done');
        performance.mark('briefings:highlights-painted');
      }
    }
    if (candidate) void load().catch(surviving('loading the second stage'));
    else watchForCandidate(document, mightMatch, () => void load().catch(surviving('loading the second stage')), ctx.signal, shadows);
  },
});
