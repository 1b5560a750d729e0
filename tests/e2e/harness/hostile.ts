// What the hostile-page tests (tests/e2e/hostile-*.test.ts) share: opening a fixture with errors watched from the
// start (tests/e2e/harness/errors.ts says where they are collected in each browser), polling without the drivers'
// helpers, and probes that run in the page.
import { inject } from 'vitest';
import { ChromiumSession } from './chromium.ts';
import type { FirefoxSession } from './firefox.ts';
import { watchErrors } from './errors.ts';
import type { ExtensionSession, TestPage } from './session.ts';

export const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;

/** The extension's card is open and placed; not the decoy card some hostile pages make (runs in the page). */
export const cardOpen = () =>
  Boolean(document.querySelector('[data-briefings-card]:not(#page-made-card)')?.shadowRoot?.querySelector('[role="dialog"][data-placed]'));

/** Every briefings highlight range as "topic:text" (runs in the page). */
export function highlightTexts(): string[] {
  const found: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('briefings-')) for (const range of highlight) found.push(`${name.split('-')[1]}:${(range as Range).toString()}`);
  }
  return found.sort();
}

/** The centre of the first line of the first highlighted mention of `topic` inside `#scope` (runs in the page). */
export function mentionPoint({ topic, scope }: { topic: string; scope: string }) {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(`briefings-${topic}-`)) continue;
    for (const range of highlight) {
      if (!document.querySelector(scope)?.contains(range.startContainer)) continue;
      const rect = (range as Range).getClientRects()[0]!;
      return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2, rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } };
    }
  }
  return null;
}

/** Opens a fixture with errors watched from the start; `quick`: don't wait for every subresource (frames). */
export async function openWatched(
  session: ExtensionSession,
  name: string,
  quick = false,
): Promise<{ page: TestPage; errors: () => Promise<string[]> }> {
  const page = await session.newPage();
  const errors = await watchErrors(session, page);
  if (!quick) await page.goto(fixture(name));
  else if (session instanceof ChromiumSession) await session.playwrightPage(page).goto(fixture(name), { waitUntil: 'domcontentloaded', timeout: 90_000 });
  else await (session as FirefoxSession).puppeteerPage(page).goto(fixture(name), { waitUntil: 'domcontentloaded', timeout: 90_000 });
  return { page, errors };
}

/** waitFor by plain evaluate calls: for pages that break what the drivers' own polling helpers use. */
export async function poll<A>(page: TestPage, fn: (arg: A) => boolean, arg: A, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.name || 'condition'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
