// Brings a mention into view for the keyboard path (next mention, reveal from the popup), smoothly unless the
// reader prefers reduced motion, and resolves once scrolling has settled so the card opens at its final place.
// Fixture: tests/fixtures/pages/article.html (tests/e2e/card.test.ts).

const MARGIN = 48;
/** Browsers without `scrollend` (or a scroll that never starts) must not leave the caller waiting. */
const SETTLE_FALLBACK_MS = 1200;

function inView(rect: DOMRect, view: Window): boolean {
  return rect.top >= MARGIN && rect.bottom <= view.innerHeight - MARGIN;
}

export function scrollRangeIntoView(range: Range, signal: AbortSignal): Promise<void> {
  const view = range.startContainer.ownerDocument?.defaultView;
  if (!view) return Promise.resolve();
  const rect = range.getBoundingClientRect();
  if (inView(rect, view)) return Promise.resolve();
  const behavior: ScrollBehavior = view.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const settled = behavior === 'auto' ? Promise.resolve() : new Promise<void>((resolve) => {
    const done = () => {
      view.clearTimeout(timer);
      view.removeEventListener('scrollend', done, true);
      resolve();
    };
    const timer = view.setTimeout(done, SETTLE_FALLBACK_MS);
    view.addEventListener('scrollend', done, { capture: true, once: true });
    signal.addEventListener('abort', done, { once: true });
  });
  const start = range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  // scrollIntoView also scrolls nested scrolling boxes; a tall block would centre its middle, not the mention,
  // so then the window scrolls to the mention's own rect.
  if (element && element.getBoundingClientRect().height < view.innerHeight / 2) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  } else {
    view.scrollTo({ top: view.scrollY + rect.top - view.innerHeight / 3, behavior });
  }
  return settled;
}
