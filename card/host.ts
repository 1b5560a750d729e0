// The card's host on the page, created the first time something is rendered into it (the pointer reaching a
// mention): pages nobody hovers get nothing added. It goes when `signal` aborts.
//
// A built-in element (a page can define or upgrade a custom element name before us) with a closed shadow root: the
// page can neither run code in our host nor reach the card's buttons and text (issue 18). Test builds leave the root
// open so the suite can read the card (scripts/build/build-flags.ts).
import { render, type ComponentChild } from 'preact';
import cardCss from '../ui/card/card.css?inline';
import viewCss from '../ui/briefing-view.css?inline';

export interface CardHost {
  /** Renders into the shadow root: the host is created first if needed, and put back if the page removed it. */
  render(content: ComponentChild): void;
  /** The host element once created. Events from inside the card reach the page retargeted to it. */
  element(): HTMLElement | null;
  /** Focus is inside the card (the document's active element is the host). */
  hasFocus(): boolean;
}

export function createCardHost(signal: AbortSignal): CardHost {
  // Firefox ends a reloaded or updated extension's content scripts without their cleanup and runs the new version's
  // in the open tabs: a card the old script had open would stay on the page, beside this one's. Remove it.
  for (const stale of document.querySelectorAll('briefings-card[data-briefings-card], div[data-briefings-card]')) stale.remove();
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;

  const create = (): HTMLElement => {
    const element = document.createElement('div');
    element.setAttribute('data-briefings-card', ''); // ours, for the next version and the text walker to find
    const root = element.attachShadow({ mode: import.meta.env.BRIEFINGS_TEST ? 'open' : 'closed' });
    const style = document.createElement('style');
    // Nothing of the page's CSS is inherited by the card.
    style.textContent = `:host{all:initial !important}\n${viewCss}\n${cardCss}`;
    const inner = document.createElement('div');
    // Keys typed in the card must not reach the page's own shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress']) inner.addEventListener(type, (e) => e.stopPropagation());
    root.append(style, inner);
    // On <html>, not <body>: a page's transformed <body> would become the containing block of the card's fixed
    // positioning and push it out of the viewport (tests/e2e/hostile-markup.test.ts).
    document.documentElement.append(element);
    host = element;
    return inner;
  };
  signal.addEventListener('abort', () => {
    if (container) render(null, container);
    host?.remove();
  }, { once: true });

  return {
    render(content) {
      if (signal.aborted) return;
      container ??= create();
      if (!host!.isConnected) document.documentElement.append(host!); // the page removed it
      render(content, container);
    },
    element: () => host,
    hasFocus: () => host !== null && document.activeElement === host,
  };
}
