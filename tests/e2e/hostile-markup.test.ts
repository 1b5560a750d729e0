// Hostile pages (issue 10), in the built extension in real Chromium and Firefox: a page cannot get its text run as
// HTML in the extension's UI (the card and the popup), and cannot hide, restyle or misplace the card with CSS.
// Errors are collected from everywhere the extension runs (tests/e2e/harness/errors.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardOpen, highlightTexts, mentionPoint, openWatched } from './harness/hostile.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { highlightsPainted as painted } from './harness/page-probes.ts';

describe.each(selectedBrowsers())('%s: hostile pages', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('markup in and around mentions is text: nothing runs, the card and the popup show it as text', async () => {
    const { page, errors } = await openWatched(session, 'hostile-markup.html');
    await page.waitFor(painted);
    expect(await page.evaluate(highlightTexts)).toEqual(
      expect.arrayContaining(['abbas:Mahmoud Abbas', 'hamas:Hamas', 'hezbollah:Hezbollah']),
    );
    for (const scope of ['#c1', '#c2', '#c3']) {
      const topic = { '#c1': 'hamas', '#c2': 'hezbollah', '#c3': 'abbas' }[scope]!;
      await page.mouseMove(5, 5);
      const point = (await page.evaluate(mentionPoint, { topic, scope }))!;
      await page.mouseMove(point.x, point.y, 5);
      await page.waitFor(cardOpen);
      const card = await page.evaluate(() => {
        const root = document.querySelector('[data-briefings-card]')!.shadowRoot!;
        return {
          active: root.querySelectorAll('img, script, svg, iframe, object, embed, a[href^="javascript:"], [onerror], [onload]').length,
          text: root.textContent ?? '',
        };
      });
      expect(card.active).toBe(0);
      expect(card.text.length).toBeGreaterThan(20);
    }
    // The popup lists each mention with a snippet of the page's sentence: as text.
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(page)}`);
    await popup.waitFor(() => document.querySelectorAll('.mention-snippet').length >= 3);
    const listed = await popup.evaluate(() => ({
      snippets: [...document.querySelectorAll('.mention-snippet')].map((s) => s.textContent ?? ''),
      active: document.querySelectorAll('main img, main script, main svg:not([aria-hidden]), main iframe, [onerror], [onload], a[href^="javascript:"]').length,
    }));
    expect(listed.active).toBe(0);
    expect(listed.snippets.some((s) => s.includes('<img src=x onerror="window.__xss++">'))).toBe(true);
    expect(listed.snippets.some((s) => s.includes('<script>window.__xss++</script>'))).toBe(true);
    await popup.close();
    expect(await page.evaluate(() => (window as never as { __xss: number }).__xss)).toBe(0);
    expect(await errors()).toEqual([]);
    await page.close();
  });

  test('page CSS aimed at everything does not hide, restyle or misplace the card', async () => {
    const { page, errors } = await openWatched(session, 'hostile-css.html');
    await page.waitFor(painted);
    const point = (await page.evaluate(mentionPoint, { topic: 'hamas', scope: '#target' }))!;
    expect(point).not.toBeNull();
    await page.mouseMove(point.x, point.y, 5);
    await page.waitFor(cardOpen);
    await page.waitFor(() =>
      document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[role="dialog"]')!.getAnimations().every((a) => a.playState === 'finished'),
    );
    const seen = await page.evaluate((mention) => {
      const host = document.querySelector('[data-briefings-card]')!;
      const root = host.shadowRoot!;
      const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
      const box = dialog.getBoundingClientRect();
      // Points just inside the card's corners and its centre: the card is what the reader sees there.
      const points = [
        [box.left + 12, box.top + 12], [box.right - 12, box.top + 12], [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        [box.left + 12, box.bottom - 12], [box.right - 12, box.bottom - 12],
      ];
      const onTop = points.map(([x, y]) => {
        const outer = document.elementFromPoint(x!, y!);
        const inner = root.elementFromPoint(x!, y!);
        return outer === host && dialog.contains(inner) ? 'card' : `${outer?.localName}#${outer?.id} / ${inner?.localName}.${inner?.className} at ${Math.round(x!)},${Math.round(y!)} in ${[box.left, box.top, box.right, box.bottom].map(Math.round)}`;
      });
      const style = getComputedStyle(dialog);
      const gap = Math.min(Math.abs(box.top - mention.rect.bottom), Math.abs(mention.rect.top - box.bottom));
      return {
        onTop,
        size: { width: box.width, height: box.height },
        inViewport: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        gap,
        overlapsMention: box.left < mention.rect.right && mention.rect.left < box.right && box.top < mention.rect.bottom && mention.rect.top < box.bottom,
        font: style.fontFamily,
        opacity: style.opacity,
        visibility: style.visibility,
        title: root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent,
      };
    }, point);
    expect(seen.onTop).toEqual(['card', 'card', 'card', 'card', 'card']);
    expect(seen.size.width).toBeGreaterThan(200);
    expect(seen.size.height).toBeGreaterThan(80);
    expect(seen.inViewport).toBe(true);
    expect(seen.overlapsMention).toBe(false);
    // Beside the hovered line (the card's offset is 8 px), not somewhere else on the page.
    expect(seen.gap).toBeLessThan(40);
    expect(seen.font).not.toMatch(/Comic Sans/);
    expect([seen.opacity, seen.visibility]).toEqual(['1', 'visible']);
    expect(seen.title).toBe('Hamas');
    expect(await errors()).toEqual([]);
    await page.close();
  });
});
