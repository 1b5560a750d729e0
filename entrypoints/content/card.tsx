// The briefing card on the page: hover a mention (dom/hit-test + dom/hover-intent) or walk mentions with the
// keyboard command, and a Preact card opens next to it inside WXT's shadow-root UI, so page CSS cannot restyle
// it. The shadow host is created on first use only (the pointer reaching a mention); pages nobody hovers get
// nothing added. Hover intent → card painted must fit in a frame, so the work is done during the hover delay: the
// pointer reaching a mention asks the background to rank its quotes and, once it rests there, renders the card
// invisibly; when the delay ends, showing it is an attribute change and one position.
// Tested by tests/e2e/card.test.ts on tests/fixtures/pages/article.html.
import { createRef, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BriefingContent, TopicId } from '../../briefings/types.ts';
import { watchHoveredMention } from '../../dom/hit-test.ts';
import { createHoverIntent } from '../../dom/hover-intent.ts';
import { scrollRangeIntoView } from '../../dom/scroll-into-view.ts';
import { sendToBackground } from '../../extension/messages.ts';
import type { PageSettings } from '../../extension/page-settings.ts';
import { CardLayer, type OpenCard } from '../../ui/card/card-layer.tsx';
import cardCss from '../../ui/card/card.css?inline';
import { lineOfRange, placeCard } from '../../card/place.ts';
import viewCss from '../../ui/briefing-view.css?inline';
import { createCardQuotes } from '../../card/quotes.ts';
// The briefings without their match rules (the matcher comes compiled): scripts/build/rules-plugin.ts.
import BRIEFING_CONTENT from 'virtual:briefing-content';
import { surviving } from '../../core/debug.ts';

const BRIEFINGS_BY_ID = Object.fromEntries(BRIEFING_CONTENT.map((b) => [b.id, b])) as Record<TopicId, BriefingContent>;

/** What the card needs of the page's mentions (dom/page-mentions.ts PageMentions provides it). */
export interface CardMentions {
  all(): readonly CardMention[];
  get(id: string): CardMention | undefined;
  subscribe(listener: () => void): () => void;
}
export interface CardMention {
  id: string;
  topic: TopicId;
  surface: string;
  range: Range;
  context: string;
}

/** The card's message handlers; the content script's one runtime.onMessage listener dispatches to these. */
export interface BriefingCard {
  /** 'content/reveal-mention' (popup): scroll to the mention, open its card, focus it. */
  revealMention(id: string): Promise<boolean>;
  /** 'content/next-mention' (keyboard command): the same for the mention after the last one walked to. */
  nextMention(): Promise<boolean>;
  /** 'content/show-briefing' (context menu): a topic's card by the selection (or its first mention). */
  showBriefing(topic: TopicId | null, query: string): Promise<boolean>;
}

const GRACE_MS = 350;
/** One or two quotes: the second only when both fit a small card. */
const CARD_QUOTES = { limit: 2, maxChars: 300 };
/** The pointer rests this long on a mention before its card is rendered ahead (sweeping across text renders nothing). */
const PREPARE_AFTER_MS = 50;
/** Keyboard and menu paths have no hover delay to hide the ranking round trip: wait this long at most. */
const RANK_WAIT_MS = 150;

interface Opening {
  briefing: BriefingContent;
  quotes: OpenCard['quotes'];
  range: Range;
  line: number;
  /** Opened by keyboard/popup/menu: focus moves in, and only Escape, a click elsewhere or another card closes it. */
  focus: boolean;
  announcement: string;
}

export function startBriefingCard(ctx: ContentScriptContext, mentions: CardMentions, getSettings: () => PageSettings): BriefingCard {
  const { signal } = ctx;
  // Firefox ends a reloaded or updated extension's content scripts without their cleanup and runs the new version's
  // in the open tabs: a card the old script had open would stay on the page, beside this one's. Remove it.
  for (const stale of document.querySelectorAll('briefings-card[data-briefings-card], div[data-briefings-card]')) stale.remove();
  let uiContainer: HTMLElement | null = null;
  let shadowHost: HTMLElement | null = null;
  /** The card in the shadow root: shown, or prepared (rendered invisibly) for the mention under the pointer. */
  let open: (OpenCard & { mentionId?: string }) | null = null;
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  const quotes = createCardQuotes(CARD_QUOTES);
  let announcement = '';
  let stopPlacing: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  let walked: string | null = null;
  let hoveredLine = 0;
  let openings = 0;
  // The card's shadow root exists, and a hover opening is running in an animation frame callback (see show()).
  let uiReady = false;
  let inFrameCallback = false;
  const cardRef = createRef<HTMLDivElement>();
  const originRef = createRef<HTMLSpanElement>();

  // A built-in element (a page can define or upgrade a custom element name before us) with a closed shadow root:
  // the page can neither run code in our host nor reach the card's buttons and text (issue 18). Test builds leave
  // the root open so the suite can read the card (scripts/build/build-flags.ts).
  const getUi = (): HTMLElement => {
    if (uiContainer) return uiContainer;
    const host = document.createElement('div');
    host.setAttribute('data-briefings-card', ''); // ours, for the next version and the text walker to find
    const root = host.attachShadow({ mode: import.meta.env.BRIEFINGS_TEST ? 'open' : 'closed' });
    const style = document.createElement('style');
    // Nothing of the page's CSS is inherited by the card.
    style.textContent = `:host{all:initial !important}\n${viewCss}\n${cardCss}`;
    const container = document.createElement('div');
    // Keys typed in the card must not reach the page's own shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
    root.append(style, container);
    // On <html>, not <body>: a page's transformed <body> would become the containing block of the card's fixed
    // positioning and push it out of the viewport (tests/e2e/hostile-pages.test.ts).
    document.documentElement.append(host);
    uiReady = true;
    shadowHost = host;
    return (uiContainer = container);
  };
  ctx.onInvalidated(() => {
    if (uiContainer) render(null, uiContainer);
    shadowHost?.remove();
  });

  const focusInCard = () => shadowHost !== null && document.activeElement === shadowHost;

  const paint = async () => {
    if (signal.aborted) return;
    const container = getUi();
    if (!shadowHost!.isConnected) document.documentElement.append(shadowHost!); // the page removed it
    render(
      <CardLayer
        open={open}
        announcement={announcement}
        cardRef={cardRef}
        originRef={originRef}
        onOpenIndex={(b) => void sendToBackground('background/open-index', { topic: b.id }).catch(surviving('open in index'))}
        onClose={() => close(true)}
        onPointerInside={(inside) => intent.pointerInCard(inside)}
      />,
      container,
    );
  };

  /** `restoreFocus`: if focus is in the card, send it back to where it was before the card took it. */
  function close(restoreFocus: boolean) {
    if (!open?.shown) return;
    const hadFocus = focusInCard();
    stopPlacing?.();
    stopPlacing = null;
    open = null;
    intent.closed();
    void paint();
    if (restoreFocus && hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  async function show(opening: Opening, mentionId?: string) {
    // Opened from a frame callback with the card's root in place, everything below runs before that frame is
    // drawn (rendering and placement only wait on settled promises): the card is in this very frame.
    const inThisFrame = inFrameCallback && uiReady;
    if (opening.focus && !focusInCard()) {
      const active = document.activeElement;
      returnFocus = active instanceof HTMLElement && active !== shadowHost ? active : null;
    }
    stopPlacing?.();
    stopPlacing = null;
    clearTimeout(prepareTimer);
    // The card prepared for this very mention becomes the shown one: same key, so Preact keeps its DOM.
    const prepared = open && !open.shown && mentionId !== undefined && open.mentionId === mentionId && open.briefing === opening.briefing;
    const key = prepared ? open!.key : `card-${++openings}`;
    intent.opened(mentionId ?? key, opening.focus);
    open = { key, briefing: opening.briefing, quotes: opening.quotes, mentionId, shown: true };
    announcement = opening.announcement;
    await paint();
    const card = cardRef.current;
    const origin = originRef.current;
    if (!card || !origin || signal.aborted || open?.key !== key) return;
    stopPlacing = placeCard(lineOfRange(opening.range, opening.line), card, origin, () => {
      if (opening.focus) card.focus({ preventScroll: true });
      // After the card's first frame: rAF runs just before the frame is produced, the task it queues just after.
      if (import.meta.env.BRIEFINGS_MARKS) {
        const painted = () => setTimeout(() => performance.mark('briefings:card-painted'), 0);
        if (inThisFrame) painted();
        else requestAnimationFrame(painted);
      }
    });
  }

  /** Opens a mention's card with the quotes ranked so far (`ranked`: wait for the ranking first, briefly). */
  const openMention = async (id: string, line: number, focus: boolean, announce: (m: CardMention, b: BriefingContent) => string, ranked = false) => {
    const mention = mentions.get(id);
    const briefing = mention && BRIEFINGS_BY_ID[mention.topic];
    if (!mention || !briefing) return false;
    const shownQuotes = ranked ? await quotes.settle(briefing, mention.context, RANK_WAIT_MS) : quotes.now(briefing, mention.context);
    if (signal.aborted) return false;
    void show({ briefing, quotes: shownQuotes, range: mention.range, line, focus, announcement: announce(mention, briefing) }, id);
    return true;
  };

  /** Renders the card of the mention under the pointer ahead of the hover delay, invisibly (no card is shown). */
  const prepare = (id: string) => {
    const mention = mentions.get(id);
    const briefing = mention && BRIEFINGS_BY_ID[mention.topic];
    if (!mention || !briefing || open?.shown || signal.aborted) return;
    const same = open?.mentionId === id && open.briefing === briefing;
    // Consecutive prepared cards share one key: Preact morphs the text instead of rebuilding the card.
    open = { key: open ? open.key : `card-${++openings}`, briefing, quotes: quotes.now(briefing, mention.context), mentionId: id, shown: false };
    if (!same) void paint();
  };
  const pointerReached = (id: string) => {
    const mention = mentions.get(id);
    const briefing = mention && BRIEFINGS_BY_ID[mention.topic];
    if (!mention || !briefing) return;
    // Re-render the prepared card if the ranking arrives after it was prepared (never a shown card's quotes).
    void quotes.request(briefing, mention.context).then(() => {
      if (open && !open.shown && open.mentionId === id) {
        open = { ...open, quotes: quotes.now(briefing, mention.context) };
        void paint();
      }
    });
    clearTimeout(prepareTimer);
    prepareTimer = setTimeout(() => prepare(id), PREPARE_AFTER_MS);
  };

  const intent = createHoverIntent(
    {
      delayMs: () => getSettings().hoverDelayMs,
      graceMs: GRACE_MS,
      onOpen: (id) => void openMention(id, hoveredLine, false, (_, b) => `Briefing: ${b.name}. ${b.whoWhat}`),
      onClose: () => close(true),
      inFrame: (run) =>
        requestAnimationFrame(() => {
          inFrameCallback = true;
          try {
            run();
          } finally {
            inFrameCallback = false;
          }
        }),
    },
    signal,
  );

  const recheck = watchHoveredMention(document, {
    getMentions: () => (getSettings().active ? mentions.all() : []),
    ignoreTarget: () => shadowHost,
    onChange: (hit) => {
      if (hit) {
        hoveredLine = hit.rectIndex;
        pointerReached(hit.id);
      } else clearTimeout(prepareTimer);
      intent.pointerOn(hit?.id ?? null);
    },
    signal,
  });
  const unsubscribe = mentions.subscribe(() => {
    if (open?.mentionId && !mentions.get(open.mentionId)) close(true);
    recheck();
  });
  ctx.onInvalidated(() => {
    unsubscribe();
    clearTimeout(prepareTimer);
    stopPlacing?.(); // the card's scroll/resize listeners are not covered by ctx.signal
  });

  // Escape closes the card; when focus was in it, focus goes back where it was and the key is ours alone.
  // Only the reader's own input operates the card: a page can dispatch any event it likes (issue 18).
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape' || !open?.shown) return;
    if (focusInCard()) {
      event.preventDefault();
      event.stopPropagation();
    }
    close(true);
  }, { capture: true });
  // A click elsewhere on the page closes the card (the reader's focus goes where they clicked).
  ctx.addEventListener(document, 'pointerdown', (event: PointerEvent) => {
    if (event.isTrusted && open?.shown && event.target !== shadowHost) close(false);
  }, { capture: true, passive: true });

  async function walkTo(id: string, announce: (m: CardMention, b: BriefingContent) => string): Promise<boolean> {
    const mention = mentions.get(id);
    if (!mention) return false;
    walked = id;
    const briefing = BRIEFINGS_BY_ID[mention.topic];
    if (briefing) void quotes.request(briefing, mention.context); // ranked while the page scrolls
    await scrollRangeIntoView(mention.range, signal);
    if (signal.aborted) return false;
    return openMention(id, 0, true, announce, true);
  }

  const position = (m: CardMention, b: BriefingContent) => {
    const all = mentions.all();
    return `Mention ${all.indexOf(m) + 1} of ${all.length}: “${m.surface}”. Briefing: ${b.name}.`;
  };

  return {
    revealMention: (id) => walkTo(id, position),
    async nextMention() {
      const all = getSettings().active ? mentions.all().filter((m) => m.range.getClientRects().length > 0) : [];
      if (!all.length) return false;
      const current = walked ? all.findIndex((m) => m.id === walked) : -1;
      // First use: the first mention from the reader's place on the page, not from the top of the document.
      const next = current >= 0 ? all[(current + 1) % all.length]! : (all.find((m) => m.range.getBoundingClientRect().bottom > 0) ?? all[0]!);
      return walkTo(next.id, position);
    },
    async showBriefing(topic, query) {
      const selection = document.getSelection();
      const selected = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      const inSelection = selected ? mentions.all().find((m) => selected.intersectsNode(m.range.startContainer)) : undefined;
      const chosen = topic ?? inSelection?.topic;
      if (!chosen) return false;
      const briefing = BRIEFINGS_BY_ID[chosen];
      const range = selected?.cloneRange() ?? mentions.all().find((m) => m.topic === chosen)?.range;
      if (!range) return false;
      const shownQuotes = await quotes.settle(briefing, query, RANK_WAIT_MS);
      if (signal.aborted) return false;
      await show({ briefing, quotes: shownQuotes, range, line: 0, focus: true, announcement: `Briefing: ${briefing.name}` });
      return true;
    },
  };
}
