// The content script's first stage (dom/candidate.ts): one read of the page's text and one prefilter test decide
// whether the second stage loads. It may say "maybe" too often, never "no" where the matcher finds a mention.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { wordScannerFromSpec, wordsSpec } from '../../core/prefilter.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';
import { rawText } from '../../dom/candidate-cuts.ts';
import { hasCandidate, provesNone, readableText, watchForCandidate } from '../../dom/candidate.ts';

const scan = wordScannerFromSpec(wordsSpec(BRIEFINGS));
const matcher = createMatcher(BRIEFINGS);

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the first stage: is there a candidate?', () => {
  it('says no on a page about other things, and yes on a mention', () => {
    expect(hasCandidate(page('<p>Rain is expected over the weekend.</p><p>Tomatoes like warmth.</p>'), scan)).toBe(false);
    expect(hasCandidate(page('<p>Talks with <a href="#">Hezbollah</a> resumed.</p>'), scan)).toBe(true);
  });

  it('reads a name split across inline elements as one word: <b>Hez</b>bollah', () => {
    const body = page('<p>Fighters of <b>Hez</b>bollah crossed from Lebanon.</p>');
    expect(matcher.scan(body.textContent!, createPageContext()).map((m) => m.topic)).toContain('hezbollah');
    for (const text of ['Fighters of ', 'Hez', 'bollah crossed from Lebanon.']) expect(scan(text)).not.toBe(true);
    expect(hasCandidate(body, scan)).toBe(true);
    expect(hasCandidate(page('<p><span>Mahmoud</span> <span>Abb</span><i>as</i> spoke.</p>'), scan)).toBe(true);
  });

  it('finds a mention only inside an open shadow root (of a custom element or of a <div>), not in a closed one', () => {
    const body = page('<p>Nothing here.</p><news-card></news-card><div id="plain"></div><sealed-card></sealed-card>');
    body.querySelector('sealed-card')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Hamas said.</p>';
    expect(hasCandidate(body, scan)).toBe(false);
    body.querySelector('news-card')!.attachShadow({ mode: 'open' }).innerHTML = '<section><p>Negotiators for Hamas arrived.</p></section>';
    const roots: ShadowRoot[] = [];
    expect(hasCandidate(body, scan, (root) => roots.push(root))).toBe(true);
    expect(roots).toHaveLength(1);

    const other = page('<div id="plain"></div>');
    other.querySelector('#plain')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Hezbollah fired.</p>';
    expect(hasCandidate(other, scan)).toBe(true);
  });

  it('leaves out script, style, template, textarea and noscript text', () => {
    const body = page(
      '<p>Weather.</p><script>var x = "Hamas";</script><style>.hamas{}</style><template><p>Hamas</p></template>' +
        '<textarea>Hezbollah</textarea><noscript>Hezbollah</noscript>',
    );
    expect(readableText(body)).not.toMatch(/hamas|hezbollah/i);
    expect(hasCandidate(body, scan)).toBe(false);
  });

  it('watches for text added or completed later, and answers once', async () => {
    const body = page('<p id="a">Weather.</p><p id="b">Fighters of <b>Hez</b></p>');
    const abort = new AbortController();
    let found = 0;
    watchForCandidate(document, scan, () => found++, abort.signal);
    body.querySelector('#a')!.append(' Still raining.');
    await tick();
    expect(found).toBe(0);
    // The rest of the name arrives as a text node of its own: its block is read whole.
    body.querySelector('#b')!.append('bollah crossed.');
    await tick();
    expect(found).toBe(1);
    body.insertAdjacentHTML('beforeend', '<p>Hamas replied.</p>');
    await tick();
    expect(found).toBe(1);
    abort.abort();
  });

  it('sees an added element and changed text, and stops when its signal aborts', async () => {
    page('<p id="a">Weather.</p>');
    const abort = new AbortController();
    let found = 0;
    watchForCandidate(document, scan, () => found++, abort.signal);
    (document.querySelector('#a')!.firstChild as Text).data = 'Hamas replied.';
    await tick();
    expect(found).toBe(1);

    page('<p id="a">Weather.</p>');
    const stopped = new AbortController();
    let late = 0;
    watchForCandidate(document, scan, () => late++, stopped.signal);
    stopped.abort();
    document.body.insertAdjacentHTML('beforeend', '<article><p>Hezbollah fired.</p></article>');
    await tick();
    expect(late).toBe(0);
    abort.abort();
  });
  // Text added later inside an open shadow root is checked in real browsers (tests/e2e/two-stages.test.ts): happy-dom
  // hangs when an observed shadow root is mutated.
});

describe('the first stage on a long page', () => {
  it('finds a name cut by a chunk boundary, and one far down the page', () => {
    const filler = 'Rain is expected over the weekend. '.repeat(40);
    for (let shift = 0; shift < 40; shift += 7) {
      const paragraphs = Array.from({ length: 60 }, () => `<p>${filler}</p>`).join('');
      const body = page(`${paragraphs}<p>${'x'.repeat(shift)}Talks with Hezbollah resumed.</p>`);
      expect(hasCandidate(body, scan)).toBe(true);
    }
    const body = page(Array.from({ length: 60 }, () => `<p>${filler}</p>`).join(''));
    expect(hasCandidate(body, scan)).toBe(false);
  });

  it('reads an inline element added later with the rest of its block', async () => {
    page('<p id="b">Fighters of Hez</p>');
    const abort = new AbortController();
    let found = 0;
    watchForCandidate(document, scan, () => found++, abort.signal);
    document.querySelector('#b')!.insertAdjacentHTML('beforeend', '<b>bollah</b> crossed.');
    await tick();
    expect(found).toBe(1);
    abort.abort();
  });
});

describe('the first stage reads text without walking it', () => {
  it('cuts out script text that repeats the prose without losing the prose, and a script nested in a template', () => {
    expect(hasCandidate(page('<p>Hamas said.</p><script>var said = "Hamas said.";</script>'), scan)).toBe(true);
    expect(readableText(page('<p>Weather.</p><script>Weather.</script><p>Rain.</p>'))).toBe('Weather.Rain.');
    // Found by tests/dom/candidate-property.test.ts: a script repeating the start of the prose before it.
    expect(readableText(page('<p>Abu Mazen</p><script>Abu M</script>'))).toBe('Abu Mazen');
    expect(hasCandidate(page('AbbasidHamas Abu Mazen<script>AbbasidHamas Abu M</script>'), scan)).toBe(true);
    const body = page('<p>Weather.</p><template></template><p>Rain.</p>');
    const template = body.querySelector('template')!;
    const script = document.createElement('script');
    script.textContent = 'Hezbollah';
    template.append('Hamas ', script);
    expect(readableText(body)).toBe('Weather.Rain.');
  });

  it('passes no word that only holds a name (Abbasid, Bahamas, amazing), blocks run together or not', () => {
    const words = '<p>An amazing week in the Bahamas.</p><ul><li>Abbasid</li><li>caliphate</li><li>Hamasaki</li><li>tour</li></ul>';
    expect(hasCandidate(page(words), scan)).toBe(false);
    expect(hasCandidate(page(`<div>${words}<script>var t = "Abbasid";</script><p>Amazing.</p></div>`), scan)).toBe(false);
  });

  it('passes a name whose block runs into the one before it, or which is split across text nodes', () => {
    expect(hasCandidate(page('<ul><li>Gaza</li><li>Hamas</li><li>ceasefire</li></ul>'), scan)).toBe(true);
    expect(hasCandidate(page('<div><p>Gaza</p><p><b>Hez</b>bollah fighters crossed.</p></div>'), scan)).toBe(true);
    expect(hasCandidate(page('<p>Abbasid</p><p>Hamas<b>said</b></p>'), scan)).toBe(true);
    expect(hasCandidate(page('<p>Abbasid amazing</p><p>Abbas</p><p>id</p>'), scan)).toBe(true);
  });

  it('joins the halves of a name a script sits between (the scanner skips script text too)', () => {
    expect(hasCandidate(page('<p>Fighters of Hez<script>track()</script>bollah crossed.</p>'), scan)).toBe(true);
  });

  it('answers from the uncut text only where no cut joins two words, however deep the halves sit', () => {
    const joined = [
      '<p><b>Ha</b><script>x = 1;</script><i>mas</i> said.</p>',
      '<p>Ham<style>.a{}</style><!-- ad --><span></span>as said.</p>',
      '<div><p>Negotiators for Ham</p><script>x = 1;</script><p>as arrived.</p></div>',
      '<p>Hezbol<noscript>Enable</noscript><textarea></textarea>lah fired.</p>',
    ];
    for (const html of joined) {
      const body = page(html);
      expect(provesNone(rawText(body), scan), html).toBe(false);
      expect(hasCandidate(body, scan), html).toBe(true);
    }
    // A script beside a space, or at the edge of the page, joins nothing: the uncut text answers alone.
    for (const html of ['<p>Rain <script>x = 1;</script>again.</p>', '<script>x = 1;</script><p>Rain.</p><style>.a{}</style>']) {
      const body = page(html);
      expect(provesNone(rawText(body), scan), html).toBe(true);
      expect(hasCandidate(body, scan), html).toBe(false);
    }
    // Script text that holds a name sends the page to the cut text, which has none.
    const body = page('<p>Rain again.</p><script>var state = {"tag": "Hamas"};</script>');
    expect(provesNone(rawText(body), scan)).toBe(false);
    expect(hasCandidate(body, scan)).toBe(false);
  });
});
