// The content script's second stage (docs/performance.md "Two stages"), loaded by the first (first-stage.ts) only
// once the page has a candidate or the reader asks for the card. Composition root of the page side: settings →
// matcher → scanner and highlights → badge, the card (a third stage, card.js, loaded on the first mention), and the
// receiver the first stage's message listener hands messages to. Wiring only; the work lives in dom/ (page), core/
// (matching) and card/ (the briefing card).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardCommands, CardOptions } from '../card/index.ts';
import { surviving } from '../core/debug.ts';
import { prefilterFromSerialized, rulesFromSerialized } from '../core/compiled-rules.ts';
import { createMatcherFromRules } from '../core/scan.ts';
import { trackPointer } from '../dom/hit-test.ts';
import { createApiHighlighter } from '../dom/highlighter-api.ts';
import { startPageHighlights } from '../dom/page-highlights.ts';
import { PageMentions } from '../dom/page-mentions.ts';
import { whenIdle } from '../dom/scheduler.ts';
import { loadPageSettings, privatePausedHere, topSite, watchPageSettings, type PageSettings } from '../extension/page-settings.ts';
import { createReceiver } from '../extension/messages.ts';
import { loadCard } from './card-handoff.ts';
import { listMentions, reportMentionCount } from './mention-report.ts';
import { STAGE2_GLOBAL, type Stage2, type Stage2Scope } from './stage2-handoff.ts';
// The matcher's rules for every topic, compiled at build time (scripts/build/rules-plugin.ts): a page only builds
// the regexes from their sources.
import compiledRules from 'virtual:briefings-rules';
// The same rules as text, for the open shadow roots of pages' web components in Firefox (dom/shadow-styles.ts).
import highlightsCss from 'virtual:briefings-highlights.css?raw';

/** Hands startStage2 to the first stage, which imported this file (stage2-handoff.ts). */
export function exposeStage2(): void {
  (globalThis as Stage2Scope)[STAGE2_GLOBAL] = startStage2;
}

/**
 * Chromium leaves this script running when the extension is reloaded or updated, and tells it nothing: WXT notices
 * (runtime.id is gone) only when ctx.isInvalid is read. Read it when the reader next points, scrolls, types or comes
 * back to the tab, so the old highlights and card go before anyone hovers them.
 */
function noticeReloads(ctx: ContentScriptContext): void {
  for (const type of ['pointermove', 'scroll', 'keydown', 'visibilitychange']) {
    ctx.addEventListener(window, type, () => ctx.isInvalid, { capture: true, passive: true });
  }
}

/**
 * The card, imported from card.js as soon as the page has a mention, so that it is compiled before the first hover,
 * or when a card command needs it first; created once, and never after the context is invalidated.
 */
function cardWhenNeeded(ctx: ContentScriptContext, options: Omit<CardOptions, 'pointer'>): () => Promise<CardCommands> {
  let card: Promise<CardCommands> | undefined;
  // The pointer may reach a mention before the card has loaded: its place is kept until then.
  const tracking = new AbortController();
  ctx.signal.addEventListener('abort', () => tracking.abort(), { once: true });
  const pointer = trackPointer(document, tracking.signal);
  // No import once the context is invalidated: an updated extension's old files are gone, and loading one fails.
  const get = () =>
    (card ??= (ctx.isInvalid ? Promise.reject(new Error('Content script context invalidated')) : loadCard())
      .then((create) => {
        if (ctx.isInvalid) throw new Error('Content script context invalidated');
        const created = create({ ...options, pointer: pointer() });
        tracking.abort();
        return created;
      })
      .catch((error: unknown) => {
        card = undefined;
        throw error;
      }));
  const { mentions } = options;
  const onChange = () => {
    if (!mentions.all().length) return;
    stop();
    void get().catch(surviving('loading the card'));
  };
  const stop = mentions.subscribe(onChange);
  ctx.signal.addEventListener('abort', stop, { once: true });
  // The scan may have found mentions before this subscribed.
  onChange();
  return get;
}

/** Starts everything the content script did before it had two stages, under the first stage's context. */
export async function startStage2(ctx: ContentScriptContext): Promise<Stage2> {
  if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:stage2-start');
  // Scanning waits for an idle moment in the page (issue 6) and for the settings, which are read from extension
  // storage (a round trip to the browser); both waits run at once, and the matcher is built meanwhile.
  const idle = whenIdle(window, ctx.signal);
  // Paused sites are matched against the top-level page's site, in every frame of it (issue 18).
  const site = topSite(window);
  // A private tab also has the sites paused from private windows, which live only in the background's session.
  const privateLoading = privatePausedHere();
  const loading = loadPageSettings(site, privateLoading);
  // Every topic is matched; the enabled ones are shown, so toggling a topic needs no rescan.
  const matcher = createMatcherFromRules(rulesFromSerialized(compiledRules));
  const prefilter = prefilterFromSerialized(compiledRules);
  // No warm-up run: V8 compiles each regex on its first use, and a page that never needs a rule should not pay for it.
  const settings = await loading;
  if (ctx.isInvalid) return { receive: createReceiver('content', {}) };
  if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:settings-loaded');
  const mentions = new PageMentions(settings.topics);
  // Chromium applies the document's ::highlight rules inside shadow roots, Firefox does not (checked by
  // tests/e2e/highlights-trees.test.ts in both): a build-time check of the target, not of the user agent.
  const shadowHighlightCss = import.meta.env.FIREFOX ? highlightsCss : undefined;
  const highlights = startPageHighlights(document, matcher, mentions, settings, ctx.signal, {
    // Chrome ≥ 105 and Firefox ≥ 140 (the manifest's minimums) all have the Highlight API, the only painter there is.
    createHighlighter: () => createApiHighlighter(window),
    prefilter,
    idle,
    shadowHighlightCss,
  });
  let current = settings;
  let privatePaused = await privateLoading;
  const here = await site;
  const reapply = (next: PageSettings) => highlights.apply((current = next));
  ctx.onInvalidated(watchPageSettings(here, reapply, () => privatePaused));
  const onPrivatePaused = ({ sites }: { sites: string[] }) => {
    privatePaused = sites;
    void loadPageSettings(here, sites).then((next) => ctx.isInvalid || reapply(next));
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => highlights.newView());
  noticeReloads(ctx);
  const card = cardWhenNeeded(ctx, { signal: ctx.signal, mentions, getSettings: () => current });

  // The popup's list and the badge speak for the whole tab: only the top frame answers.
  const isTop = window === window.top;
  if (isTop) reportMentionCount(ctx, mentions);
  return {
    receive: createReceiver(
      'content',
      isTop
        ? {
            'content/private-paused': onPrivatePaused,
            'content/list-mentions': () => listMentions(mentions),
            // The card's keyboard/popup/menu paths act in the top frame only, so one card answers per tab.
            'content/reveal-mention': async ({ id }) => (await card()).revealMention(id),
            'content/next-mention': async () => (await card()).nextMention(),
            'content/show-briefing': async ({ topic, query }) => (await card()).showBriefing(topic, query),
          }
        : { 'content/private-paused': onPrivatePaused },
    ),
  };
}
