// BriefingView (card and full) and the card dialog, rendered by Preact into happy-dom.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BRIEFINGS_BY_ID } from '../../briefings/index.ts';
import type { Briefing } from '../../briefings/types.ts';
import { BriefingView, formatPublished } from '../../ui/briefing-view.tsx';
import { Card } from '../../ui/card/card.tsx';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const hamas = BRIEFINGS_BY_ID.hamas;
const text = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim());

describe('BriefingView', () => {
  test('card: name, who/what, the lead of the summary, the given quotes with speaker and ¶, and the source', () => {
    const quote = hamas.quotes[1]!;
    render(<BriefingView briefing={hamas} variant="card" quotes={[quote]} headingId="t" />, root);
    expect(root.querySelector('h2#t')?.textContent).toBe('Hamas');
    expect(root.textContent).toContain(hamas.whoWhat);
    for (const item of hamas.summary.slice(0, 2)) expect(root.textContent).toContain(`${item.text} (¶ ${item.paragraphs.join(', ')})`);
    for (const item of hamas.summary.slice(2)) expect(root.textContent).not.toContain(item.text);
    expect(text('.bv-quote blockquote')).toEqual([`“${quote.text}”`]);
    const caption = root.querySelector('.bv-quote figcaption')?.textContent;
    expect(caption).toContain(quote.speaker.name);
    expect(caption).toContain(`¶ ${quote.paragraph}`);
    expect(caption).not.toContain(quote.speaker.description); // the card is short; 'full' describes speakers
    const link = root.querySelector<HTMLAnchorElement>('.bv-source a')!;
    expect(link.textContent).toBe(hamas.source.title);
    expect(link.getAttribute('href')).toBe(hamas.source.url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(root.querySelector('.bv-source')?.textContent).toContain('Al Jazeera');
    expect(root.querySelector('.bv-source time')?.textContent).toBe('13 Aug 2024');
  });

  test('card without ranked quotes shows the first quote; full shows every fact and quote with descriptions', () => {
    render(<BriefingView briefing={hamas} variant="card" />, root);
    expect(text('.bv-quote blockquote')).toEqual([`“${hamas.quotes[0]!.text}”`]);
    render(<BriefingView briefing={hamas} variant="full" headingLevel={3} />, root);
    expect(root.querySelector('h3')?.textContent).toBe('Hamas');
    for (const item of hamas.summary) expect(root.textContent).toContain(item.text);
    expect(text('.bv-facts li').length).toBe(hamas.facts.length);
    expect(text('.bv-quote blockquote')).toEqual(hamas.quotes.map((q) => `“${q.text}”`));
    expect(root.querySelector('.bv-quote figcaption')?.textContent).toContain(hamas.quotes[0]!.speaker.description);
  });

  test('briefing text containing markup is shown as text, never parsed', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const briefing: Briefing = {
      ...hamas,
      name: `<b>${hamas.name}</b>`,
      summary: [{ text: hostile, paragraphs: [1] }],
      quotes: [{ ...hamas.quotes[0]!, text: hostile, speaker: { name: '<script>x()</script>', description: '' } }],
    };
    render(<BriefingView briefing={briefing} variant="full" />, root);
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.textContent).toContain(hostile);
    expect(root.textContent).toContain('<script>x()</script>');
  });

  test('dates format the same in any locale', () => {
    expect(formatPublished('2024-08-13')).toBe('13 Aug 2024');
    expect(formatPublished('not a date')).toBe('not a date');
  });
});

/** A click as the browser makes it for the reader (happy-dom has no isTrusted of its own). */
function trustedClick(element: Element) {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

describe('Card', () => {
  test('is a named, non-modal dialog that does not take focus, with Open in index and Close', () => {
    const onOpenIndex = vi.fn();
    const onClose = vi.fn();
    render(
      <Card briefing={hamas} quotes={[]} headingId="card-title" onOpenIndex={onOpenIndex} onClose={onClose} onPointerInside={() => {}} />,
      root,
    );
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Hamas');
    expect(dialog.tabIndex).toBe(-1);
    expect(document.activeElement).not.toBe(dialog);
    const [openIndex, close] = root.querySelectorAll('button');
    expect(openIndex?.textContent).toBe('Open in index');
    // A page's script clicks do nothing (issue 18); the reader's (trusted) clicks do.
    openIndex!.click();
    close!.click();
    expect([onOpenIndex.mock.calls.length, onClose.mock.calls.length]).toEqual([0, 0]);
    trustedClick(openIndex!);
    expect(onOpenIndex).toHaveBeenCalledTimes(1);
    expect(close?.getAttribute('aria-label')).toBe('Close briefing');
    trustedClick(close!);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('prepared ahead of the hover delay it is no dialog and hidden from assistive tech; shown, the same element is', () => {
    const props = { briefing: hamas, quotes: [hamas.quotes[0]!], headingId: 'card-title', onOpenIndex() {}, onClose() {}, onPointerInside() {} };
    render(<Card {...props} shown={false} />, root);
    const prepared = root.querySelector<HTMLElement>('.card')!;
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(prepared.getAttribute('aria-hidden')).toBe('true');
    render(<Card {...props} shown />, root);
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog).toBe(prepared);
    expect(dialog!.hasAttribute('aria-hidden')).toBe(false);
    expect(dialog!.getAttribute('aria-labelledby')).toBe('card-title');
  });
});
