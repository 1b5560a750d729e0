// Firefox before 146 paints no text decoration in `::highlight()`: there the underline style paints as the
// background style, so a mention is never invisible (dom/highlighter-api.ts). Fails without the fallback.
import { afterEach, expect, test, vi } from 'vitest';
import { createApiHighlighter, paintsUnderlines } from '../../dom/highlighter-api.ts';

const FIREFOX_ESR_140 = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const FIREFOX_146 = 'Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';

afterEach(() => {
  for (const name of [...CSS.highlights.keys()]) CSS.highlights.delete(name);
  document.body.innerHTML = '';
});

test('which browsers paint an underline in a CSS highlight', () => {
  expect([FIREFOX_ESR_140, FIREFOX_146, CHROME].map(paintsUnderlines)).toEqual([false, true, true]);
});

test.each([
  [FIREFOX_ESR_140, 'underline', 'briefings-hamas-background'],
  [FIREFOX_146, 'underline', 'briefings-hamas-underline'],
  [CHROME, 'underline', 'briefings-hamas-underline'],
  [FIREFOX_ESR_140, 'background', 'briefings-hamas-background'],
] as const)('%s, style %s: the mention paints as %s', (userAgent, style, name) => {
  vi.spyOn(window.navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  document.body.innerHTML = '<p>Hamas said so.</p>';
  const range = document.createRange();
  range.setStart(document.body.firstChild!.firstChild!, 0);
  range.setEnd(document.body.firstChild!.firstChild!, 5);
  const highlighter = createApiHighlighter(window);
  highlighter.show(['hamas'], style);
  highlighter.add([{ topic: 'hamas', range }]);
  expect([...CSS.highlights.keys()]).toEqual([name]);
  highlighter.dispose();
});
