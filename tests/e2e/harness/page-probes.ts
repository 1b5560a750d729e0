// Small functions the e2e tests run inside a page (page.evaluate / page.waitFor serialise them, so each is
// self-contained). They read what a reader's page shows: the extension's marks, its highlights and its card.

/** The content script has painted its first highlights. */
export const highlightsPainted = () => performance.getEntriesByName('briefings:highlights-painted').length > 0;

/** A briefing card is open and placed. */
export const cardOpen = () =>
  Boolean(document.querySelector('[data-briefings-card]')?.shadowRoot?.querySelector('[role="dialog"][data-placed]'));

/** The title of the open, placed briefing card, or null when none is open. */
export function openCardTitle(): string | null {
  const root = document.querySelector('[data-briefings-card]')?.shadowRoot;
  const dialog = root?.querySelector('[role="dialog"][data-placed]');
  return dialog ? (root!.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent ?? '') : null;
}

/** An open, placed briefing card's title contains `text` (self-contained, for page.waitFor). */
export function cardTitleIncludes(text: string): boolean {
  const root = document.querySelector('[data-briefings-card]')?.shadowRoot;
  const dialog = root?.querySelector('[role="dialog"][data-placed]');
  return Boolean(dialog && root!.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent?.includes(text));
}

/** No briefing card is open. */
export const cardClosed = () => !document.querySelector('[data-briefings-card]')?.shadowRoot?.querySelector('[role="dialog"]');

/** The centre of the first highlighted mention inside the viewport, or null. */
export function firstVisibleMention(): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('briefings-')) continue;
    for (const range of highlight) {
      const rect = (range as Range).getClientRects()[0];
      if (rect && rect.top > 0 && rect.bottom < innerHeight) return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
    }
  }
  return null;
}
