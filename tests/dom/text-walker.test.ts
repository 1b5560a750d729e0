import { afterEach, describe, expect, test } from 'vitest';
import { walkText, walkTextRuns, type Prune } from '../../dom/text-walker.ts';

const runs = (html: string, scanCode = false) => {
  document.body.innerHTML = html;
  return [...walkTextRuns(document.body, { scanCode })].map((run) => {
    const text = run.nodes.map((n) => n.data).join('');
    // The text the walk hands on, read as it went, is its nodes' text.
    expect(run.raw).toBe(text);
    return { block: run.block.localName, text };
  });
};

afterEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

describe('walkTextRuns', () => {
  test('joins the inline text of a block, so a split name is one string', () => {
    expect(runs('<p>The president, <b>Mahmoud</b> <a href="#">Abbas</a>, spoke.</p>')).toEqual([
      { block: 'p', text: 'The president, Mahmoud Abbas, spoke.' },
    ]);
  });

  test('a skipped element the reader sees ends a run; one they never see (a script, [hidden]) joins its neighbours', () => {
    // Else "H<code>AMAS</code>Hezbollah" reads as "HHezbollah" (a typo spelling) and its range takes in the code.
    expect(runs('<p>H<code>AMAS</code>Hezbollah</p>')).toEqual([
      { block: 'p', text: 'H' },
      { block: 'p', text: 'Hezbollah' },
    ]);
    expect(runs('<p>H<code>AMAS</code>Hezbollah</p>', true)).toEqual([{ block: 'p', text: 'HAMASHezbollah' }]);
    expect(runs('<p>Mahmoud <button>Share</button> Abbas</p>')).toEqual([
      { block: 'p', text: 'Mahmoud ' },
      { block: 'p', text: ' Abbas' },
    ]);
    expect(runs('<p>Mahmoud <script>track()</script><span hidden>x</span> Abbas</p>')).toEqual([
      { block: 'p', text: 'Mahmoud  Abbas' },
    ]);
  });

  test('the walk goes on past a skipped subtree that ends in a <template>', () => {
    // happy-dom hands out a template's content as its lastChild; jumping there ended the walk (found by
    // tests/dom/hardening-page-layer.test.ts).
    expect(runs('<code>Hamas<template>x</template></code><p>Hezbollah after</p>')).toEqual([{ block: 'p', text: 'Hezbollah after' }]);
  });

  test('a block or line break between texts ends a run', () => {
    expect(runs('<div>Hamas<p>said</p>Abbas<br>Mahmoud</div><ul><li>one</li><li>two</li></ul>')).toEqual([
      { block: 'div', text: 'Hamas' },
      { block: 'p', text: 'said' },
      { block: 'div', text: 'Abbas' },
      { block: 'div', text: 'Mahmoud' },
      { block: 'li', text: 'one' },
      { block: 'li', text: 'two' },
    ]);
  });

  test.each([
    ['script', '<script>var x = "Hamas";</script>'],
    ['style', '<style>.Hamas{}</style>'],
    ['noscript', '<noscript>Hamas</noscript>'],
    ['template', '<template>Hamas</template>'],
    ['textarea', '<textarea>Hamas</textarea>'],
    ['select', '<select><option>Hamas</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>Hamas</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>Hamas</p></div>'],
    ['hidden attribute', '<p hidden>Hamas</p>'],
    ['the extension’s own UI', '<briefings-card><p>Hamas</p></briefings-card>'],
    ['code', '<pre><code>Hamas</code></pre>'],
  ])('skips %s', (_name, html) => {
    expect(runs(`${html}<p>visible</p>`)).toEqual([{ block: 'p', text: 'visible' }]);
  });

  test('reads code and pre when configured', () => {
    expect(runs('<pre>Hamas</pre><p>say <code>Hezbollah</code></p>', true)).toEqual([
      { block: 'pre', text: 'Hamas' },
      { block: 'p', text: 'say Hezbollah' },
    ]);
  });

  test('contenteditable="false" inside an editor is not an editor', () => {
    expect(runs('<p contenteditable="false">Hamas</p>')).toEqual([{ block: 'p', text: 'Hamas' }]);
  });

  test('skips elements that are not rendered', () => {
    expect(runs('<p style="display:none">Hamas</p><p>Abbas <span style="visibility:hidden">x</span></p>')).toEqual([
      { block: 'p', text: 'Abbas ' },
    ]);
  });

  test('reads nothing in a designMode document (the whole page is an editor)', () => {
    document.designMode = 'on';
    expect(runs('<p>Hamas</p>')).toEqual([]);
  });

  test('runs without letters are not reported', () => {
    expect(runs('<p> 12 — 3 </p><p>Hamas</p>')).toEqual([{ block: 'p', text: 'Hamas' }]);
  });

  test('prune: a block can be left out before its text is read, or descended into block by block, in document order', () => {
    document.body.innerHTML =
      '<main id="m"><p id="a">Hamas <b>said</b></p><article id="skip"><p>never read</p></article><p id="b">after</p></main>' +
      '<aside id="walk"><p>all of it</p></aside>';
    const asked: string[] = [];
    const decisions: Record<string, Prune> = { body: 'descend', m: 'descend', skip: 'skip', walk: 'walk' };
    const prune = (element: Element): Prune => {
      const name = element.id || element.localName;
      asked.push(name);
      return decisions[name] ?? 'walk';
    };
    const items = [...walkText(document.body, { scanCode: false }, prune)].map((item) =>
      'pruned' in item ? `pruned #${item.pruned.id}` : item.nodes.map((n) => n.data).join(''),
    );
    expect(items).toEqual(['Hamas said', 'pruned #skip', 'after', 'all of it']);
    // Not asked about blocks inside a subtree it said to just walk, nor about inline elements.
    expect(asked).toEqual(['body', 'm', 'a', 'skip', 'b', 'walk']);
  });

  test('prune: blocks ruled out one after another are each asked once, in order, with what lies between them kept', () => {
    document.body.innerHTML =
      '<article id="x1"><p>one</p></article>\n  <!-- ad -->\n<article id="x2"><p>two</p></article> <article id="w"><p>Hamas</p></article>' +
      '<article id="x3"><p>three</p></article>Hezbollah said<article id="x4"><p>four</p></article><script>x</script><article id="x5"><p>five</p></article>';
    const asked: string[] = [];
    const prune = (element: Element): Prune => {
      const name = element.id || element.localName;
      asked.push(name);
      if (name === 'body') return 'descend';
      return name.startsWith('x') ? 'skip' : 'walk';
    };
    const items = [...walkText(document.body, { scanCode: false }, prune)].map((item) =>
      'pruned' in item ? `pruned #${item.pruned.id}` : item.nodes.map((n) => n.data).join(''),
    );
    // Text with letters between two ruled-out blocks is still read, and a skipped element still ends the jump.
    expect(items).toEqual(['pruned #x1', 'pruned #x2', 'Hamas', 'pruned #x3', 'Hezbollah said', 'pruned #x4', 'pruned #x5']);
    expect(asked).toEqual(['body', 'x1', 'x2', 'w', 'x3', 'x4', 'x5']);
  });
});

describe('walkTextRuns: web components', () => {
  test("reads an open shadow root's text as the host's content, never a closed root's or the extension's own", () => {
    document.body.innerHTML = '<p>Before Mahmoud Abbas.</p><news-card></news-card><sealed-card></sealed-card><briefings-card></briefings-card><p>After.</p>';
    const open = document.querySelector('news-card')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<article><p>Hamas and <b>Hez</b>bollah</p><p>Hamasaki</p><textarea>Hamas</textarea></article>';
    document.querySelector('sealed-card')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Sealed Hamas</p>';
    document.querySelector('briefings-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Own Hamas</p>';
    const seen: ShadowRoot[] = [];
    const runs = [...walkTextRuns(document.body, { scanCode: false, onShadowRoot: (root) => seen.push(root) })];
    expect(runs.map((run) => run.nodes.map((n) => n.data).join(''))).toEqual([
      'Before Mahmoud Abbas.',
      'After.',
      'Hamas and Hezbollah',
      'Hamasaki',
    ]);
    const [, , inShadow] = runs;
    expect(inShadow!.block.localName).toBe('p');
    expect(inShadow!.nodes[0]!.getRootNode()).toBe(open);
    expect(seen).toEqual([open]);
  });

  test('reads nested open roots, a host that is the walk root, and text right under a shadow root', () => {
    document.body.innerHTML = '<outer-card></outer-card>';
    const host = document.querySelector('outer-card')!;
    const outer = host.attachShadow({ mode: 'open' });
    outer.innerHTML = 'Hezbollah said<inner-card></inner-card>';
    outer.querySelector('inner-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Hamas replied</p>';
    const texts = (root: Node) => [...walkTextRuns(root, { scanCode: false })].map((run) => run.nodes.map((n) => n.data).join(''));
    expect(texts(document.body)).toEqual(['Hezbollah said', 'Hamas replied']);
    expect(texts(host)).toEqual(['Hezbollah said', 'Hamas replied']);
  });

  test('reads the shadow roots under a walk root that prune ruled out from its light text', () => {
    document.body.innerHTML = '<section id="root"><p>Cairo</p><news-card></news-card></section>';
    document.querySelector('news-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Hamas arrived</p>';
    const items = [...walkText(document.getElementById('root')!, { scanCode: false }, () => 'skip')].map((item) =>
      'pruned' in item ? `pruned #${item.pruned.id}` : item.nodes.map((n) => n.data).join(''),
    );
    // textContent holds no shadow text, so ruling the root out says nothing about its components' text.
    expect(items).toEqual(['pruned #root', 'Hamas arrived']);
  });

  test('skips the shadow text of a host inside a skipped subtree', () => {
    document.body.innerHTML = '<div contenteditable="true"><x-widget></x-widget></div><div hidden><x-widget></x-widget></div>';
    for (const host of document.querySelectorAll('x-widget')) host.attachShadow({ mode: 'open' }).innerHTML = '<p>Hamas</p>';
    expect([...walkTextRuns(document.body, { scanCode: false })]).toEqual([]);
  });
});
