// The content script's first stage (docs/performance.md "Two stages"), run in every frame of every page: one read of
// the page's text and one prefilter test (a large page's in slices, dom/candidate-slices.ts), then a cheap watch for
// text added later. Only when some text could be a mention does it import the second stage (stage2.ts: settings,
// matcher, highlights, card) and listen for the extension's messages. Until then it creates nothing a page could see,
// reads no settings, holds no rules and calls no extension API.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { surviving } from '../core/debug.ts';
import { wordScannerFromSpec } from '../core/prefilter.ts';
import { watchForCandidate } from '../dom/candidate.ts';
import { hasCandidateInSlices, nextTask } from '../dom/candidate-slices.ts';
import { listenForContentMessages } from './first-stage-messages.ts';
import { loadStage2, type Stage2Slot } from './stage2-handoff.ts';
// The spellings' words alone (scripts/build/rules-plugin.ts): the matcher's rules come with the second stage.
import WORDS from 'virtual:briefings-prefilter';

const MAX_FRAMES = 300;

/** The index among the top's frames of the one this window is in (-1 for the top itself). */
function topFrameIndex(view: Window): number {
  let child = view;
  // parent, top, length and indexing are readable across origins.
  while (child.parent !== child.top) child = child.parent;
  for (let i = 0; i < view.top!.length; i++) if (view.top![i] === child) return i;
  return -1;
}

/** Runs the first stage in this frame, under the content script's context. */
export function startFirstStage(ctx: ContentScriptContext): void {
  // A page with hundreds of frames (an ad farm) has only the first MAX_FRAMES of its top's frames read, so their
  // scripts cannot keep the tab busy for minutes (issue 18).
  if (window !== window.top && topFrameIndex(window) >= MAX_FRAMES) return;
  if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:content-start');
  const scan = wordScannerFromSpec(WORDS);
  const slot: Stage2Slot = {};
  // The message listener comes with the second stage's first load, not before (first-stage-messages.ts says why).
  const load = () => {
    if (!slot.loading) listenForContentMessages(ctx, slot);
    return loadStage2(ctx, slot);
  };

  const root = document.body ?? document.documentElement;
  if (!root) return;
  const start = () => void load().catch(surviving('loading the second stage'));
  const shadows: ShadowRoot[] = [];
  const stopWatching = new AbortController();
  ctx.signal.addEventListener('abort', () => stopWatching.abort(), { once: true });
  let watch: ((root: ShadowRoot) => void) | undefined;
  const watchNow = () => (watch ??= watchForCandidate(document, scan, start, stopWatching.signal, shadows));
  const onShadowRoot = (shadow: ShadowRoot) => (shadows.push(shadow), watch?.(shadow));
  void hasCandidateInSlices(root, scan, onShadowRoot, () => nextTask(window), watchNow)
    .then((candidate) => {
      // Bench and test builds only (scripts/build/build-flags.ts): with nothing to find, the scan is done and there
      // is nothing to paint; the second stage sets these marks again if it loads later.
      if (import.meta.env.BRIEFINGS_MARKS) {
        performance.mark('briefings:stage1-done', { detail: { candidate } });
        if (!candidate) {
          performance.mark('briefings:scan-done');
          performance.mark('briefings:highlights-painted');
        }
      }
      if (candidate) {
        stopWatching.abort();
        start();
      } else watchNow();
    })
    .catch(surviving('reading the page'));
}
