// The content script's first stage (docs/performance.md "Two stages"), run in every frame of every page: one read of
// the page's text and one prefilter test, then a cheap watch for text added later. Only when some text could be a
// mention, or the reader asks for a briefing, does it import the second stage (stage2.ts: settings, matcher,
// highlights, card). Until then it creates nothing a page could see, reads no settings and holds no rules.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { surviving } from '../../core/debug.ts';
import { prefilterFromSpec } from '../../core/prefilter.ts';
import { hasCandidate, watchForCandidate } from '../../dom/candidate.ts';
import { routeMessages } from './message-router.ts';
import { STAGE2_FILE, STAGE2_GLOBAL, type Stage2Scope } from './stage2-handoff.ts';
import type { Stage2 } from './stage2.ts';
// The prefilter's anchors alone (scripts/build/rules-plugin.ts): the matcher's rules come with the second stage.
import PREFILTER from 'virtual:briefings-prefilter';

// The browser's own runtime (Firefox has `chrome` too): wxt/browser's polyfill would triple this stage's size.
declare const chrome: { runtime: { getURL(path: string): string } };
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
        return start(ctx);
      })());

    // The popup's list and the badge speak for the whole tab: only the top frame answers. Before the second stage
    // the answers are known without it: no candidate, so no mention to list, reveal or step to.
    const isTop = window === window.top;
    const ask = async <T>(answer: (s: Stage2) => T | Promise<T> | undefined, none: T): Promise<T> =>
      stage2 ? ((await answer(await stage2)) ?? none) : none;
    // Sites paused from a private window change: a second stage already running applies them; one loading later
    // reads them itself.
    const privatePaused = (params: { sites: string[] }) => ask((s) => s.handlers['content/private-paused']?.(params), undefined);
    routeMessages(
      ctx,
      isTop
        ? {
            'content/private-paused': privatePaused,
            'content/list-mentions': () => ask((s) => s.handlers['content/list-mentions']?.({}), { mentions: [], url: location.href }),
            'content/reveal-mention': (params) => ask((s) => s.handlers['content/reveal-mention']?.(params), false),
            'content/next-mention': () => ask((s) => s.handlers['content/next-mention']?.({}), false),
            // The context menu's "Brief me" needs the card whatever the page holds.
            'content/show-briefing': async (params) => (await load()).handlers['content/show-briefing']?.(params) ?? false,
          }
        : { 'content/private-paused': privatePaused },
    );

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
