import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageKindOf, siteOf, unreachableMessage } from '../../extension/page-kind.ts';
import { DEFAULT_SETTINGS, forgetSettingItems, readSettings } from '../../extension/settings.ts';
import { stateText } from '../../ui/popup/site-controls.tsx';
import { TopicIndex } from '../../ui/popup/topic-index.tsx';
import { excerpt, MarkedText } from '../../ui/shared/marked-text.tsx';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  forgetSettingItems();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('MarkedText: matches marked as text, never as HTML', () => {
  test('marks each span and keeps markup in the text as text', () => {
    render(<MarkedText text={'<img src=x onerror=alert(1)> Hezbollah said'} spans={[[29, 38]]} />, root);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
    expect(root.querySelector('mark')!.textContent).toBe('Hezbollah');
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toBe('<img src=x onerror=alert(1)> Hezbollah said');
  });

  test('ignores spans that overlap or fall outside the text', () => {
    render(<MarkedText text="Hamas and Hamas" spans={[[0, 5], [3, 7], [10, 15], [14, 99]]} />, root);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Hamas', 'Hamas']);
  });

  test('excerpt keeps a window around the first match with the spans moved along', () => {
    const text = `${'x'.repeat(200)} Suleymanov ${'y'.repeat(200)}`;
    const cut = excerpt(text, [[201, 211]]);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    const [[start, end]] = cut.spans as [[number, number]];
    expect(cut.text.slice(start, end)).toBe('Suleymanov');
  });
});

describe('popup wording', () => {
  test.each([
    ['https://news.example/a', 'web', 'news.example'],
    ['http://127.0.0.1:8080/pages/article.html', 'web', '127.0.0.1'],
    ['https://example.org/report.pdf', 'pdf', 'example.org'],
    ['file:///home/me/article.html', 'file', ''],
    ['chrome://extensions/', 'browser', ''],
    ['about:addons', 'browser', ''],
    ['view-source:https://news.example/', 'browser', ''],
    ['https://chromewebstore.google.com/detail/x', 'store', 'chromewebstore.google.com'],
    ['https://chrome.google.com/webstore/category', 'store', 'chrome.google.com'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store', 'addons.mozilla.org'],
    [undefined, 'unknown', ''],
  ])('%s is a %s page (site %j)', (url, kind, site) => {
    expect(pageKindOf(url)).toBe(kind);
    expect(siteOf(url)).toBe(site);
  });

  test('pages that can never be scanned say so and offer no reload; a silent web page has nothing found, or is stale', () => {
    for (const kind of ['browser', 'store', 'pdf'] as const) {
      expect(unreachableMessage(kind)).toMatchObject({ text: expect.stringMatching(/can’t be scanned/), reload: false });
    }
    // A web page's content script answers only once it has a candidate: silence is mostly a page with nothing found.
    expect(unreachableMessage('web')).toMatchObject({ text: expect.stringMatching(/^No mentions found on this page\..*reload it/), reload: true });
  });

  test('the state line says on, off or paused in words', () => {
    expect(stateText(DEFAULT_SETTINGS, 'news.example', 3)).toBe('On: 3 mentions highlighted on this page.');
    expect(stateText(DEFAULT_SETTINGS, 'news.example', 1)).toBe('On: 1 mention highlighted on this page.');
    expect(stateText({ ...DEFAULT_SETTINGS, pausedSites: ['news.example'] }, 'news.example', 0)).toMatch(/^Paused on news\.example/);
    expect(stateText({ ...DEFAULT_SETTINGS, extensionEnabled: false }, 'news.example', 0)).toMatch(/^Off everywhere/);
    // Past the 5,000 mentions a page tracks, the count is a floor (issue 18).
    expect(stateText(DEFAULT_SETTINGS, 'news.example', 5000, true)).toBe('On: 5,000+ mentions highlighted on this page.');
    // Paused in a private window only: said the same way.
    expect(stateText(DEFAULT_SETTINGS, 'news.example', 0, false, true)).toMatch(/^Paused on news\.example/);
  });
});

describe('the index', () => {
  const typeInto = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const rows = () => [...root.querySelectorAll<HTMLElement>('.topics > li')].map((li) => li.dataset.topic);

  test('the search box has focus; a typo finds the topic with the name marked; ↓ moves into the results', async () => {
    await act(() => render(<TopicIndex enabledTopics={DEFAULT_SETTINGS.enabledTopics} initialTopic={undefined} />, root));
    const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(document.activeElement).toBe(box);
    expect(rows()).toEqual(['abbas', 'hamas', 'hezbollah', 'deconfliction']);

    await act(() => typeInto(box, 'hizbolah'));
    expect(rows()[0]).toBe('hezbollah');
    expect(root.querySelector('.topics > li .topic-name mark')?.textContent).toBe('Hezbollah');

    await act(() => void box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(document.activeElement?.closest('li')?.dataset.topic).toBe('hezbollah');
  });

  test('a topic to open with (from "Open in index") is expanded to its full briefing', async () => {
    await act(() => render(<TopicIndex enabledTopics={DEFAULT_SETTINGS.enabledTopics} initialTopic="hamas" />, root));
    const panel = root.querySelector('li[data-topic="hamas"] .topic-panel');
    expect(panel?.querySelector('.bv-full h3')?.textContent).toBe('Hamas');
    expect(root.querySelector('li[data-topic="hamas"] .topic-open')?.getAttribute('aria-expanded')).toBe('true');
  });

  test('a topic switch is a labelled role=switch checkbox that saves the setting', async () => {
    await act(() => render(<TopicIndex enabledTopics={DEFAULT_SETTINGS.enabledTopics} initialTopic={undefined} />, root));
    const input = root.querySelector<HTMLInputElement>('input[name="topic-hezbollah"]')!;
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.closest('label')?.textContent).toContain('Highlight Hezbollah');
    await act(async () => {
      input.click();
    });
    await expect.poll(async () => (await readSettings()).enabledTopics.hezbollah).toBe(false);
  });
});
