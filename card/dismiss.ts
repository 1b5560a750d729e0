// Closing the card from the page: Escape closes it, and when focus was in it, focus goes back where it was and the
// key is ours alone; a click elsewhere closes it (the reader's focus goes where they clicked). Only the reader's own
// input operates the card: a page can dispatch any event it likes (issue 18).
import type { CardDisplay } from './display.tsx';
import type { CardHost } from './host.ts';

export function watchCardDismissal(host: CardHost, display: CardDisplay, signal: AbortSignal): void {
  document.addEventListener('keydown', (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape' || !display.isShown()) return;
    if (host.hasFocus()) {
      event.preventDefault();
      event.stopPropagation();
    }
    display.close(true);
  }, { capture: true, signal });
  document.addEventListener('pointerdown', (event: PointerEvent) => {
    if (event.isTrusted && display.isShown() && event.target !== host.element()) display.close(false);
  }, { capture: true, passive: true, signal });
}
