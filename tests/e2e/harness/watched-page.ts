// What the page-isolation tests (tests/e2e/page-isolation-*.test.ts) share: probes run in the fixture pages that
// watch the extension (tests/fixtures/pages/page-watcher.js records what a page can see), and the reader's hover.
import type { TestPage } from './session.ts';

export interface Watched {
  entries: string[];
  messages: string[];
  mutations: string[];
  extensionIds: string[];
}
export const watched = () => (window as never as { watched: Watched }).watched;

/** Elements in the document that the page's markup did not make (runs in the page). */
export function foreignElements(): string[] {
  const original = (window as never as { originalElements: Set<Element> }).originalElements;
  return [...document.querySelectorAll('*')].filter((e) => !original.has(e) && !e.closest('#added')).map((e) => e.outerHTML.slice(0, 80));
}

/** The centre of the first highlighted mention of `topic`, or null (runs in the page). */
export function mentionPoint(topic: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(`briefings-${topic}-`)) continue;
    for (const range of highlight) {
      const rect = (range as Range).getClientRects()[0];
      if (rect) return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
    }
  }
  return null;
}

/** Lets the page run for `ms` (the extension's reactions included). */
export const pause = (page: TestPage, ms: number) => page.evaluate((t) => new Promise((resolve) => setTimeout(resolve, t)), ms);

/** The reader moves onto a mention; done when an element the page did not make shows by it (the card's host). */
export async function hoverUntilCardShows(page: TestPage, point: { x: number; y: number }): Promise<void> {
  await page.mouseMove(Math.max(5, point.x - 40), point.y + 60);
  await page.mouseMove(point.x, point.y, 4);
  await page.waitFor((p) => {
    const original = (window as never as { originalElements: Set<Element> }).originalElements;
    for (let dy = -260; dy <= 260; dy += 20) {
      const hit = document.elementFromPoint(p.x, p.y + dy);
      if (hit && !original.has(hit) && !hit.closest('#added')) return true;
    }
    return false;
  }, point);
}
