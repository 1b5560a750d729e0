// Accessibility (issue 10): axe-core, injected into the real page, reports no violations on the briefing card (inside
// its shadow root: axe follows open shadow roots from the host), the popup and the options page, light and dark.
// Focus order and Escape on the card are covered by tests/e2e/card.test.ts; here: Escape closes a hovered card.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import type { FirefoxSession } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import type { TestPage } from './harness/session.ts';
import { cardClosed, cardOpen, firstVisibleMention } from './harness/page-probes.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Loads axe into the page (as a driver script, so the extension pages' CSP does not apply) and runs it on `include`. */
async function axe(session: ExtensionSession, page: TestPage, include: string): Promise<Violation[]> {
  const raw = session instanceof ChromiumSession ? session.playwrightPage(page) : (session as FirefoxSession).puppeteerPage(page);
  await (raw.evaluate as (source: string) => Promise<unknown>)(`${AXE_SOURCE};0`);
  return page.evaluate(async (selector) => {
    const axeApi = (window as never as { axe: { run(context: unknown, options: unknown): Promise<any> } }).axe;
    const result = await axeApi.run({ include: [selector] }, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => JSON.stringify(n.target)) }));
  }, include);
}



describe.each(selectedBrowsers())('%s: accessibility (axe-core)', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  for (const scheme of ['light', 'dark'] as const) {
    test(`the hovered card has no violations (${scheme}); Escape closes it`, async () => {
      const page = await session.newPage();
      await page.emulateColorScheme(scheme);
      await page.goto(`${inject('fixturesOrigin')}/pages/article.html`);
      await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
      const point = (await page.evaluate(firstVisibleMention))!;
      await page.mouseMove(point.x, point.y, 5);
      await page.waitFor(cardOpen);
      await page.waitFor(() =>
        document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[role="dialog"]')!.getAnimations().every((a) => a.playState === 'finished'),
      );
      expect(await axe(session, page, '[data-briefings-card]')).toEqual([]);
      // axe does look inside the shadow root: a nameless button put there is reported.
      await page.evaluate(() => document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[role="dialog"]')!.append(document.createElement('button')));
      expect((await axe(session, page, '[data-briefings-card]')).map((v) => v.id)).toContain('button-name');
      await page.evaluate(() => document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[role="dialog"] > button:empty')!.remove());
      await page.press('Escape');
      await page.waitFor(cardClosed);
      await page.close();
    });

    test(`the popup and the options page have no violations (${scheme})`, async () => {
      for (const path of ['popup.html', 'options.html']) {
        const page = await session.newPage();
        await page.emulateColorScheme(scheme);
        await page.goto(
          browserName === 'chromium'
            ? `chrome-extension://${(session as ChromiumSession).extensionId}/${path}`
            : `${(session as FirefoxSession).extensionOrigin}/${path}`,
        );
        await page.waitFor(() => document.querySelector('h1') !== null && document.querySelectorAll('input').length > 0);
        expect(await axe(session, page, 'html'), path).toEqual([]);
        await page.close();
      }
    });
  }
});
