// What the highlight tests (tests/e2e/highlights*.test.ts) read back from a fixture page: the page's CSS.highlights
// registry (per document and visible to the page), the mentions the page declares (blocks carry data-expect) and
// its text as served.
import { inject } from 'vitest';
import type { ExtensionSession } from './launch.ts';
import { highlightsPainted } from './page-probes.ts';
import type { TestPage } from './session.ts';

/** Every briefings highlight on the page as "topic:text", in document order (runs in the page). */
export function readHighlights(): string[] {
  const found: { topic: string; range: AbstractRange }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('briefings-')) continue;
    for (const range of highlight) found.push({ topic: name.split('-')[1]!, range });
  }
  const order = (a: AbstractRange, b: AbstractRange) => {
    const ra = document.createRange();
    ra.setStart(a.startContainer, a.startOffset);
    const rb = document.createRange();
    rb.setStart(b.startContainer, b.startOffset);
    return ra.compareBoundaryPoints(Range.START_TO_START, rb);
  };
  found.sort((a, b) => order(a.range, b.range));
  return found.map(({ topic, range }) => `${topic}:${(range as Range).toString()}`);
}

/** The mentions the fixture page declares, "topic:text" in document order (runs in the page). */
export function expectedMentions(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-expect]')].flatMap((el) =>
    el.dataset.expect ? el.dataset.expect.split('|') : [],
  );
}

/** Registered highlight names of this extension (runs in the page). */
export const highlightNames = () => [...CSS.highlights.keys()].filter((name) => name.startsWith('briefings-')).sort();

/** The page's text as served, before any script or extension touched it (runs in the page). */
export async function servedTextContent(): Promise<string> {
  const html = await (await fetch(location.href)).text();
  return new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';
}

/** Opens a fixture page and waits for its first highlights. */
export async function openFixture(session: ExtensionSession, name: string): Promise<TestPage> {
  const page = await session.newPage();
  await page.goto(`${inject('fixturesOrigin')}/pages/${name}`);
  await page.waitFor(highlightsPainted);
  return page;
}
