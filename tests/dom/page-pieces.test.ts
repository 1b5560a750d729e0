// A page of many pieces (dom/page-pieces.ts, core/memory.ts): what one article, card, list item or heading's
// section establishes does not decide a name in the piece beside it; what the page says around a piece still holds
// inside it. Happy-dom, the real matcher and painter, with and without the prefilter.
import { BRIEFINGS, TOPIC_IDS } from '../../briefings/index.ts';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createPrefilter } from '../../core/prefilter.ts';
import { createMatcher, scanPage } from '../../core/scan.ts';
import { createApiHighlighter } from '../../dom/highlighter-api.ts';
import { startPageHighlights, type HighlightSettings } from '../../dom/page-highlights.ts';
import { PageMentions } from '../../dom/page-mentions.ts';
import { createPagePieces } from '../../dom/page-pieces.ts';

const matcher = createMatcher(BRIEFINGS);
const ON: HighlightSettings = { active: true, topics: [...TOPIC_IDS], highlightStyle: 'underline', scanCode: false };
const prefilter = createPrefilter(BRIEFINGS);

let abort: AbortController;
beforeEach(() => {
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  document.body.innerHTML = '';
});

async function found(html: string, withPrefilter: boolean): Promise<string[]> {
  document.body.innerHTML = html;
  const mentions = new PageMentions(ON.topics);
  const highlights = startPageHighlights(document, matcher, mentions, ON, abort.signal, {
    createHighlighter: () => createApiHighlighter(window),
    ...(withPrefilter ? { prefilter } : {}),
  });
  await highlights.scanned();
  return mentions.all().map((m) => `${m.topic}:${m.range.toString()}`);
}

// A story that establishes the group and another Abbas, then two teasers that only the story would read otherwise:
// alone, a footballer's surname is no group and the Abbas who speaks for the Palestinian Authority is the president.
const STORY = ['Hamas fighters crossed from Gaza overnight, the Israeli army said.', 'Iran’s foreign minister Abbas Araghchi arrived in Muscat.'];
const TEASERS = ['Hamas was booked in the second half.', 'Abbas said the Palestinian Authority would not attend.'];
const read = (lines: string[]) => scanPage(matcher, lines.join('\n')).map((m) => `${m.topic}:${m.surface}`);
const p = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const pieces = [p(STORY), ...TEASERS.map((line) => p([line]))];
const eachAlone = [...read(STORY), ...TEASERS.flatMap((line) => read([line]))];

describe.each([false, true])('pieces (prefilter %s)', (withPrefilter) => {
  test('the teasers read as one piece with the story follow it (the premise)', async () => {
    expect(eachAlone).toEqual(['hamas:Hamas', 'abbas:Abbas']);
    const asOne = read([...STORY, ...TEASERS]);
    expect(asOne).not.toEqual(eachAlone);
    expect(await found(pieces.join(''), withPrefilter)).toEqual(asOne);
  });

  test.each([
    ['articles', (all: string[]) => all.map((a) => `<article>${a}</article>`).join('')],
    ['sections', (all: string[]) => `<main>${all.map((a) => `<section>${a}</section>`).join('')}</main>`],
    ['list items', (all: string[]) => `<ul>${all.map((a) => `<li><h3>Latest</h3>${a}</li>`).join('')}</ul>`],
    ['table rows', (all: string[]) => `<table>${all.map((a) => `<tr><td>${a}</td></tr>`).join('')}</table>`],
    ['role=article', (all: string[]) => `<div role="feed">${all.map((a) => `<div role="article">${a}</div>`).join('')}</div>`],
    ['cards among cards', (all: string[]) => `<div class="grid">${all.map((a) => `<div><h3>Latest</h3>${a}</div>`).join('')}</div>`],
    ['headings’ sections', (all: string[]) => `<h1>Front page</h1>${all.map((a, i) => `<h2>Item ${i + 1}</h2>${a}`).join('')}`],
  ])('%s: each teaser beside the story is read as it reads alone', async (_, layout) => {
    expect(await found(layout(pieces), withPrefilter)).toEqual(eachAlone);
  });

  // Boxes of plain lines (white-space: pre-wrap, as comment boxes and plain-text pages set them): a box of lines
  // among boxes like it is a piece, and so is a one-line box among them when most of them hold lines.
  test.each([
    ['every box of two lines or more', ['Latest']],
    ['one box of one line among boxes of lines', []],
  ])('boxes of plain lines, %s: each teaser beside the story is read as it reads alone', async (_, above) => {
    const box = (lines: string[]) => `<div style="white-space: pre-wrap">${lines.join('\n')}</div>`;
    const boxes = [box(STORY), box(['Latest', TEASERS[0]!]), box([...above, TEASERS[1]!]), box(['Weather', 'Sunny in Haifa.'])];
    expect(await found(`<main>${boxes.join('')}</main>`, withPrefilter)).toEqual(eachAlone);
  });

  // A list of briefs: a one-line item among items that mostly hold blocks is a piece too, so its story (here Gaza's
  // Hamas) is not read by the footballer's item after it.
  test('a one-line list item among list items that are cards is a piece of its own', async () => {
    const items = [p([STORY[0]!]), p(['Latest', TEASERS[0]!]), p(['Weather', 'Sunny in Haifa.']), p(['Markets', 'Shares rose.'])];
    expect(await found(`<ol>${items.map((item) => `<li>${item}</li>`).join('')}</ol>`, withPrefilter)).toEqual(read([STORY[0]!]));
  });

  // A headline list in such a box reads line by line, as the command line reads a file; shown as one line, as one.
  test('lines a box shows are read one by one; the same text shown as one line is read as one', async () => {
    const lines = [
      'PENTAGON: RUSSIAN BOMBERS IGNORED SYRIA DECONFLICTION RULES 12 TIMES IN APRIL',
      'RUSSIA SWAPS BLAME AS DECONFLICTION LINE GOES QUIET',
      'MOSCOW SAYS COALITION DRONES "PROVOKED" INTERCEPTS',
      'ISRAEL, SAUDI TALKS STALL AS GAZA TALKS DOMINATE',
    ];
    expect(read(lines)).toEqual([]);
    expect(read([lines.join(' ')])).toEqual(['deconfliction:DECONFLICTION LINE']);
    expect(await found(`<div style="white-space: pre-wrap">${lines.join('\n')}</div>`, withPrefilter)).toEqual(read(lines));
    expect(await found(`<div>${lines.join('\n')}</div>`, withPrefilter)).toEqual(read([lines.join(' ')]));
  });

  test('what the page says around a piece holds inside it: the headline above, a heading over a section', async () => {
    const html =
      '<h1>Palestinian President Mahmoud Abbas visits Amman</h1><article><p>Abbas met the king on Tuesday.</p></article>' +
      '<h2>Reaction</h2><section><h3>Ramallah</h3><p>Abbas was welcomed back.</p></section>';
    expect(await found(html, withPrefilter)).toEqual(['abbas:Mahmoud Abbas', 'abbas:Abbas', 'abbas:Abbas']);
  });

  test('a comment inside an article is read with its article', async () => {
    const html = `<article>${p(STORY)}<article class="comment">${p(TEASERS)}</article></article>`;
    expect(await found(html, withPrefilter)).toEqual(read([...STORY, ...TEASERS]));
  });
});

test('pieces: cards need siblings like them and blocks of their own; a heading’s section ends at the next of its level', () => {
  document.body.innerHTML =
    '<ul><li id="bullet">Gaza</li><li id="card"><h3>x</h3><p id="in-card">y</p></li></ul>' +
    '<div id="single"><p id="a">x</p><p>y</p></div>' +
    '<div class="row"><div id="c1"><p id="b">x</p><p>y</p></div><div><p>x</p><p>y</p></div><div><span>z</span></div></div>' +
    '<h2 id="h2a">A</h2><p id="c">x</p><h3 id="h3">A.1</h3><p id="d">x</p><h2 id="h2b">B</h2><p id="e">x</p>';
  const pieces = createPagePieces();
  const el = (id: string) => document.getElementById(id)!;
  expect(pieces.of(el('a'))).toEqual([]);
  expect(pieces.of(el('bullet'))).toEqual([]);
  expect(pieces.of(el('in-card'))).toEqual([el('card')]);
  expect(pieces.of(el('b'))).toEqual([el('c1')]);
  for (const id of ['h2a', 'c', 'h3', 'd', 'h2b', 'e']) pieces.note(el(id));
  const fresh = createPagePieces();
  fresh.note(el('h2a'));
  expect(fresh.of(el('c'))).toEqual([el('h2a')]);
  fresh.note(el('h3'));
  expect(fresh.of(el('d'))).toEqual([el('h2a'), el('h3')]);
  fresh.note(el('h2b'));
  expect(fresh.of(el('e'))).toEqual([el('h2b')]);
  // A block the page changes later, after the last heading, is still in its section; one before it is not.
  fresh.restart(el('e'));
  expect(fresh.of(el('e'))).toEqual([el('h2b')]);
  fresh.restart(el('c'));
  expect(fresh.of(el('c'))).toEqual([]);
  // A shadow tree stands where its host does: inside the host's pieces, after the headings before the host.
  const host = document.createElement('news-card');
  document.getElementById('e')!.after(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<article id="in-shadow"><p>x</p></article>';
  const inShadow = shadow.getElementById('in-shadow')!;
  const later = createPagePieces();
  later.note(el('h2b'));
  later.restart(shadow);
  expect(later.of(inShadow.firstElementChild!)).toEqual([el('h2b'), inShadow]);
  const card = el('c1');
  const cardShadow = card.attachShadow({ mode: 'open' });
  cardShadow.innerHTML = '<p>x</p>';
  expect(createPagePieces().of(cardShadow.firstElementChild!)).toEqual([card]);
});
