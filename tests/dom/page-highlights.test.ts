// The page layer end to end in happy-dom, with the Highlight API painter the extension ships (happy-dom's missing
// CSS.highlights stood in by tests/dom/setup-highlight-api.ts) and the real matcher, on the same fixture pages as
// the e2e run (their blocks carry data-expect).
import { BRIEFINGS, TOPIC_IDS } from '../../briefings/index.ts';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPrefilter } from '../../core/prefilter.ts';
import { createMatcher, scanPage } from '../../core/scan.ts';
import { createApiHighlighter } from '../../dom/highlighter-api.ts';
import { startPageHighlights, type HighlightSettings } from '../../dom/page-highlights.ts';
import { PageMentions } from '../../dom/page-mentions.ts';

const matcher = createMatcher(BRIEFINGS);
const ON: HighlightSettings = { active: true, topics: [...TOPIC_IDS], highlightStyle: 'underline', scanCode: false };

let abort: AbortController;
beforeEach(() => {
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  document.body.innerHTML = '';
});

function loadFixture(name: string): void {
  const html = readFileSync(`tests/fixtures/pages/${name}`, 'utf8');
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script>[\s\S]*?<\/script>/g, '');
  document.body.innerHTML = body;
}

const expected = () =>
  [...document.querySelectorAll<HTMLElement>('[data-expect]')].flatMap((el) => (el.dataset.expect ? el.dataset.expect.split('|') : []));
const listed = (mentions: PageMentions) => mentions.all().map((m) => `${m.topic}:${m.range.toString()}`);
/** What is painted: `topic:text` of every range of every registered highlight, in document order. */
const painted = (style = 'underline') =>
  [...CSS.highlights]
    .flatMap(([name, highlight]) => [...highlight].map((range) => ({ name, range: range as Range })))
    .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
    .map(({ name, range }) => `${name.replace(/^briefings-/, '').replace(`-${style}`, '')}:${range.toString()}`);

const prefilter = createPrefilter(BRIEFINGS);

async function start(settings = ON, options: Omit<Parameters<typeof startPageHighlights>[5], 'createHighlighter'> = {}) {
  const mentions = new PageMentions(settings.topics);
  const paint = () => createApiHighlighter(window);
  const highlights = startPageHighlights(document, matcher, mentions, settings, abort.signal, { createHighlighter: paint, ...options });
  await highlights.scanned();
  return { mentions, highlights };
}

test.each([
  ['lookalikes.html', 'matcher only'],
  ['split-names.html', 'matcher only'],
  ['lookalikes.html', 'prefiltered'],
  ['split-names.html', 'prefiltered'],
])('%s (%s): exactly the true mentions, text unchanged', async (fixture, how) => {
  loadFixture(fixture);
  const before = document.body.textContent;
  const { mentions } = await start(ON, how === 'prefiltered' ? { prefilter } : {});
  expect(listed(mentions)).toEqual(expected());
  expect(painted()).toEqual(expected());
  expect(document.body.textContent).toBe(before);
  expect(mentions.all().every((m) => m.context.includes(m.surface))).toBe(true);
});

test('mentions in a web component are listed where the component stands, not after the rest of the page', async () => {
  // The walk reads shadow trees after the light DOM: the scan must not take its own order for document order.
  document.body.innerHTML = '<p>Hamas said no.</p><news-card></news-card><p>Hezbollah replied.</p>';
  document.querySelector('news-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Mahmoud Abbas spoke.</p>';
  const { mentions } = await start(ON, { prefilter });
  expect(listed(mentions)).toEqual(['hamas:Hamas', 'abbas:Mahmoud Abbas', 'hezbollah:Hezbollah']);
});

test('a split name is one range across its elements, painted as one mention', async () => {
  loadFixture('split-names.html');
  const { mentions } = await start();
  const mahmoud = mentions.all()[0]!;
  expect(mahmoud.surface).toBe('Mahmoud Abbas');
  expect(mahmoud.range.startContainer).not.toBe(mahmoud.range.endContainer);
  expect(CSS.highlights.get('briefings-abbas-underline')!.has(mahmoud.range)).toBe(true);
});

test('added, edited and removed blocks update the mentions and what is painted', async () => {
  document.body.innerHTML = '<div id="feed"><p id="a">Hamas said no to Israel.</p></div>';
  const { mentions } = await start();
  expect(listed(mentions)).toEqual(['hamas:Hamas']);

  // Rescans drop then re-add, so wait for the settled list rather than the next change.
  document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<article id="b"><p>Hezbollah replied from Lebanon.</p></article>');
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah']));

  document.getElementById('a')!.remove();
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['hezbollah:Hezbollah']));

  const name = document.createElement('b');
  name.textContent = 'Mahmoud';
  document.querySelector('#b p')!.prepend(name, ' Abbas and ');
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['abbas:Mahmoud Abbas', 'hezbollah:Hezbollah']));
  expect(painted()).toEqual(['abbas:Mahmoud Abbas', 'hezbollah:Hezbollah']);
  expect(document.body.textContent).toBe('Mahmoud Abbas and Hezbollah replied from Lebanon.');
});

test('a rescan replaces the mentions of the blocks it covers, shadow text of web components included, and no others', async () => {
  document.body.innerHTML = '<div id="w"><p>Hamas said no.</p><news-card></news-card></div><p id="far">Hezbollah replied.</p>';
  document.querySelector('news-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Mahmoud Abbas spoke.</p>';
  const { mentions } = await start();
  expect(listed(mentions)).toEqual(['hamas:Hamas', 'abbas:Mahmoud Abbas', 'hezbollah:Hezbollah']);
  const far = mentions.all().find((m) => m.topic === 'hezbollah')!;

  // Nothing removed: only the blocks under the changed one are looked up, and the component's shadow text (found
  // through its host) is replaced along with the rest, not listed twice.
  document.getElementById('w')!.append(' Then Hamas again.');
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['hamas:Hamas', 'abbas:Mahmoud Abbas', 'hamas:Hamas', 'hezbollah:Hezbollah']));
  // The untouched block keeps its mention (the same object, not a rescan's copy).
  expect(mentions.all().find((m) => m.topic === 'hezbollah')).toBe(far);
});

test('settings apply live: topics, style, switching off and on; abort cleans up', async () => {
  loadFixture('lookalikes.html');
  const before = document.body.textContent;
  const { mentions, highlights } = await start();
  const all = expected();

  highlights.apply({ ...ON, topics: ['abbas', 'hezbollah'] });
  expect(listed(mentions)).toEqual(all.filter((m) => /^(abbas|hezbollah):/.test(m)));
  expect(painted()).toEqual(all.filter((m) => /^(abbas|hezbollah):/.test(m)));

  highlights.apply({ ...ON, highlightStyle: 'background' });
  expect(listed(mentions)).toEqual(all);
  expect(painted('background')).toEqual(all);
  expect([...CSS.highlights.keys()].every((name) => name.endsWith('-background'))).toBe(true);

  highlights.apply({ ...ON, active: false });
  expect(mentions.all()).toEqual([]);
  expect(CSS.highlights.size).toBe(0);

  highlights.apply(ON);
  await highlights.scanned();
  expect(listed(mentions)).toEqual(all);

  expect(painted()).toEqual(all);

  abort.abort();
  expect(CSS.highlights.size).toBe(0);
  expect(document.body.textContent).toBe(before);
});

test('text shown later (a "read more" or a tab) is read then; text hidden again drops its mentions', async () => {
  document.body.innerHTML =
    '<article><p>Hamas said no to Israel.</p><div id="more" style="display: none"><p>Hezbollah <b>replied</b> from Lebanon.</p></div>' +
    '<section id="tab" hidden><p>Mahmoud Abbas spoke.</p></section></article>';
  const { mentions } = await start();
  expect(listed(mentions)).toEqual(['hamas:Hamas']);

  document.getElementById('more')!.style.display = 'block';
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah']));
  document.getElementById('tab')!.hidden = false;
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah', 'abbas:Mahmoud Abbas']));

  document.getElementById('more')!.style.display = 'none';
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['hamas:Hamas', 'abbas:Mahmoud Abbas']));
  document.getElementById('more')!.style.display = '';
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah', 'abbas:Mahmoud Abbas']));
});

test('a new single-page-app view is read afresh: the last view’s Abbas Araghchi does not decide this view’s Abbas', async () => {
  document.body.innerHTML = '<main id="view"><p>Foreign Minister Abbas Araghchi arrived.</p></main>';
  const { mentions, highlights } = await start();
  expect(listed(mentions)).toEqual([]);

  highlights.newView();
  document.getElementById('view')!.innerHTML = '<p>The Palestinian president Abbas said talks were useful.</p>';
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['abbas:Abbas']));
});

test('prefiltered: blocks and whole subtrees ruled out still give the next block its context, and count as read', async () => {
  // "deconfliction" needs Russia and Israel nearby: here they are only in the blocks before it, which hold no name,
  // so the prefilter rules them out (the long block as a whole, from its textContent) and they are never mapped.
  const filler = '<p>Officials said the talks would resume after the holiday, according to people familiar.</p>';
  document.body.innerHTML =
    `<div id="long">${filler.repeat(120)}<p>Russia and Israel kept their hotline over Syria open.</p></div>` +
    '<p id="next">The deconfliction mechanism held.</p>' +
    // …a short stretch on, the page has said which agreement it means…
    `<blockquote>${filler.repeat(3)}</blockquote><p>The deconfliction cell met again.</p>` +
    // …but not after a long one with nothing of the story in it (core/memory.ts): what was ruled out counts as read.
    `<blockquote>${filler.repeat(120)}</blockquote><p>The deconfliction cell met once more.</p>`;
  const plain = await start(ON);
  const expected = listed(plain.mentions);
  expect(expected).toEqual(['deconfliction:deconfliction mechanism', 'deconfliction:deconfliction']);
  abort.abort();
  abort = new AbortController();
  const { mentions } = await start(ON, { prefilter });
  expect(listed(mentions)).toEqual(expected);
});

test('a bare form confirmed later joins only if the page still has it as it was', async () => {
  // "ABBAS URGES CALM" waits for the page to say who it is; the page removes or rewrites that part meanwhile.
  document.body.innerHTML =
    '<p><b>Live:</b> <b id="gone">ABBAS URGES CALM</b></p><p id="kept">ABBAS WARNS OF WAR</p><p><span id="edited">ABBAS SPEAKS</span></p>';
  const { mentions } = await start();
  expect(listed(mentions)).toEqual([]);
  document.getElementById('gone')!.remove();
  (document.getElementById('edited')!.firstChild as Text).data = 'A SHORT BREAK';
  const story = document.createElement('p');
  story.textContent = 'Palestinian President Mahmoud Abbas called for restraint.';
  document.body.append(story);
  await vi.waitFor(() => expect(listed(mentions)).toEqual(['abbas:ABBAS', 'abbas:Mahmoud Abbas']));
  expect(mentions.all()[0]!.range.startContainer.parentElement!.closest('p')!.id).toBe('kept');
  expect(mentions.all().every((m) => m.range.startContainer.isConnected)).toBe(true);
});

test('a closing paragraph with no name still confirms a bare form before it, as the command line does', async () => {
  // "Hamas" waits for the page to say which Hamas; the last paragraph, which the prefilter rules out, says Gaza.
  const lines = ['Officials said Hamas rejected the plan on Tuesday.', 'Talks resume in Gaza next week, mediators say.'];
  document.body.innerHTML = lines.map((line) => `<p>${line}</p>`).join('');
  const { mentions } = await start(ON, { prefilter });
  const cli = scanPage(createMatcher(BRIEFINGS), lines.join('\n')).map((m) => `${m.topic}:${m.surface}`);
  expect(cli).toEqual(['hamas:Hamas']);
  expect(listed(mentions)).toEqual(cli);
});

test('a paragraph with no name far back still confirms a bare form before it, as the command line does', async () => {
  // The Gaza paragraph is passed (the prefilter rules it out) and is no longer among the last blocks read again
  // when the pass ends: its words must have counted when it was passed.
  const filler = 'The committee met again on Thursday and the minutes were read aloud in full. '.repeat(8);
  const lines = ['Officials said Hamas rejected the plan on Tuesday.', 'Talks resume in Gaza next week, mediators say.', filler, filler];
  document.body.innerHTML = lines.map((line) => `<p>${line}</p>`).join('');
  const { mentions } = await start(ON, { prefilter });
  const cli = scanPage(createMatcher(BRIEFINGS), lines.join('\n')).map((m) => `${m.topic}:${m.surface}`);
  expect(cli).toEqual(['hamas:Hamas']);
  expect(listed(mentions)).toEqual(cli);
});
