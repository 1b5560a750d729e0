// Hover intent for the briefing card: when to open, switch and close, given what the pointer is over.
// Pure timing logic over timers (tested with fake timers in tests/dom/hover-intent.test.ts); the pointer itself
// is read by dom/hit-test.ts. Fixture: tests/fixtures/pages/article.html (tests/e2e/card.test.ts).
//
// Rules (issue 6): a mention opens its card after `delayMs` if the pointer is still on it then; a card stays open
// while the pointer is on its mention or inside the card; leaving both closes it after `graceMs`; another mention
// takes over only after its own delay, so sweeping across mentions on the way to the card never switches it and
// brief gaps (between a wrapped mention's lines, between adjacent mentions) never flicker it.

export interface HoverIntentOptions {
  /** Read on every hover so a settings change applies at once. */
  delayMs: () => number;
  graceMs: number;
  onOpen: (id: string) => void;
  onClose: () => void;
  /**
   * Where an opening runs once its delay is over: e.g. `requestAnimationFrame`, so the card is drawn in the frame
   * being produced instead of waiting for the next one (the pointer is hit-tested once a frame anyway). At once
   * when absent.
   */
  inFrame?: (run: () => void) => void;
}

export interface HoverIntent {
  /** The mention under the pointer, or null. */
  pointerOn(id: string | null): void;
  /** The pointer entered (true) or left (false) the card. */
  pointerInCard(inside: boolean): void;
  /** A card was opened by other means (keyboard): pointer movement alone does not close a pinned card. */
  opened(id: string, pinned: boolean): void;
  /** The card was closed by other means (Escape). */
  closed(): void;
}

type Goal = { kind: 'open'; id: string } | { kind: 'close' };

export function createHoverIntent(options: HoverIntentOptions, signal: AbortSignal): HoverIntent {
  let openId: string | null = null;
  let pinned = false;
  let target: string | null = null;
  let inCard = false;
  let pending: { goal: Goal; timer: ReturnType<typeof setTimeout> } | null = null;
  // Bumped by every new goal and cancel: an opening waiting for its frame runs only if nothing changed meanwhile.
  let generation = 0;

  const cancel = () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
    generation++;
  };
  signal.addEventListener('abort', cancel, { once: true });

  const fire = (goal: Goal) => {
    pending = null;
    if (signal.aborted) return;
    if (goal.kind === 'open') {
      // Intent means the pointer is on the mention when the delay runs out, not merely that it passed over it.
      if (target !== goal.id || inCard) return;
      if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:hover-intent');
      openId = goal.id;
      pinned = false;
      options.onOpen(goal.id);
    } else if (!inCard && target !== openId && openId !== null) {
      openId = null;
      options.onClose();
    }
  };

  const want = (goal: Goal, ms: number) => {
    const same = pending && pending.goal.kind === goal.kind && (goal.kind === 'close' || (pending.goal as { id: string }).id === goal.id);
    if (same) return;
    cancel();
    const mine = generation;
    const inFrame = options.inFrame;
    const due = goal.kind === 'open' && inFrame ? () => inFrame(() => mine === generation && fire(goal)) : () => fire(goal);
    pending = { goal, timer: setTimeout(due, ms) };
  };

  const update = () => {
    if (signal.aborted) return;
    if (inCard || (openId !== null && target === openId)) return cancel();
    if (target !== null) return want({ kind: 'open', id: target }, options.delayMs());
    if (openId !== null && !pinned) return want({ kind: 'close' }, options.graceMs);
    // Pointer on nothing and no card: a pending open is left to check the target when it fires.
    if (pending?.goal.kind === 'close') cancel();
  };

  return {
    pointerOn(id) {
      target = id;
      update();
    },
    pointerInCard(inside) {
      inCard = inside;
      // Once the reader has been in a pinned card, leaving it closes it like any hover card.
      if (inside) pinned = false;
      update();
    },
    opened(id, pin) {
      cancel();
      openId = id;
      pinned = pin;
    },
    closed() {
      cancel();
      openId = null;
      pinned = false;
    },
  };
}
