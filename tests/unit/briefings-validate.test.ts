// Deliberately broken briefings, built inline from a real one: each must be rejected with a message that names the
// file and the field. Rows are [what is broken, how, the message expected].
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { deconfliction } from '../../briefings/deconfliction.ts';
import { hamas } from '../../briefings/hamas.ts';
import { BRIEFINGS, TOPIC_IDS } from '../../briefings/index.ts';
import { parseArticle } from '../../briefings/source/paragraphs.ts';
import { validateBriefing, validateBriefings } from '../../briefings/validate.ts';

const article = parseArticle(readFileSync('briefings/source/article.txt', 'utf8'));
const FILE = 'briefings/hamas.ts';

type Mutable = Record<string, unknown> & { quotes: Record<string, unknown>[]; summary: Record<string, unknown>[] };
const broken = (edit: (b: Mutable) => void): unknown => {
  const copy = structuredClone(hamas) as unknown as Mutable;
  edit(copy);
  return copy;
};

test.each([
  ['a missing field', broken((b) => delete b.whoWhat), `${FILE}: missing field "whoWhat"`],
  ['a wrong type', broken((b) => (b.name = 42)), `${FILE}: name: wrong type: expected string, got number`],
  ['a quote paragraph as text', broken((b) => (b.quotes[1]!.paragraph = '8')), `${FILE}: quotes[1].paragraph: wrong type: expected integer, got string`],
  ['a missing speaker description', broken((b) => delete (b.quotes[0]!.speaker as Record<string, unknown>).description), `${FILE}: quotes[0].speaker: missing field "description"`],
  ['a misspelt field', broken((b) => (b.sumary = [])), `${FILE}: unknown field "sumary"`],
  ['no quotes', broken((b) => (b.quotes = [])), `${FILE}: quotes: empty: needs at least 1 quote`],
  ['no facts', broken((b) => (b.facts = [])), `${FILE}: facts: empty: needs at least 1 fact`],
  ['a sentence citing nothing', broken((b) => (b.summary[0]!.paragraphs = [])), `${FILE}: summary[0].paragraphs: empty: needs at least 1 paragraph number`],
  ['an unknown related topic', broken((b) => (b.related = ['abbas', 'hizb'])), `${FILE}: related[1]: unknown topic "hizb"`],
  ['a related topic of itself', broken((b) => (b.related = ['hamas'])), `${FILE}: related[0]: a topic is not related to itself`],
  ['an unknown topic id', broken((b) => (b.id = 'hamaz')), `${FILE}: id: unknown topic "hamaz"`],
  ['an id that is not lower-case letters', broken((b) => (b.id = 'Hamas-2')), `${FILE}: id: "Hamas-2" is not a topic id: lower-case letters only`],
  ['a colour that is not "r g b"', broken((b) => ((b.color as Record<string, unknown>).light = '#1c965a')), `${FILE}: color.light: "#1c965a" is not a colour: expected "r g b"`],
  ['a colour channel above 255', broken((b) => ((b.color as Record<string, unknown>).dark = '28 150 290')), `${FILE}: color.dark: "28 150 290" is not a colour`],
  ['a background opacity above 1', broken((b) => ((b.color as Record<string, unknown>).backgroundAlpha = 22)), `${FILE}: color.backgroundAlpha: 22 is not an opacity`],
  ['a background opacity as text', broken((b) => ((b.color as Record<string, unknown>).backgroundAlpha = '0.22')), `${FILE}: color.backgroundAlpha: wrong type: expected number, got string`],
  ['no colour', broken((b) => delete b.color), `${FILE}: missing field "color"`],
  ['an id that is not the file name', broken((b) => (b.id = 'abbas')), `${FILE}: id: "abbas" does not match the file name`],
  ['a paragraph that does not exist', broken((b) => (b.summary[0]!.paragraphs = [5, 99])), `${FILE}: summary[0].paragraphs: ¶99 does not exist (article has ¶1–¶34)`],
  ['a quote paragraph that does not exist', broken((b) => (b.quotes[0]!.paragraph = 0)), `${FILE}: quotes[0].paragraph: ¶0 does not exist`],
  ['an improved quote', broken((b) => (b.quotes[0]!.text = 'But nothing at all came of it')), `${FILE}: quotes[0].text: not found verbatim in ¶7; closest: matches up to "But nothing "`],
  ['a quote cited to the wrong paragraph', broken((b) => (b.quotes[0]!.paragraph = 6)), `${FILE}: quotes[0].text: not found verbatim in ¶6; it is in ¶7`],
  ['a continued quote without attributedIn', broken((b) => delete b.quotes[1]!.attributedIn), `${FILE}: quotes[1].speaker.name: "Suleymanov" is not named in ¶8 (if it continues a quote attributed in ¶7, set attributedIn: 7)`],
  ['attributedIn not the paragraph before', broken((b) => (b.quotes[1]!.attributedIn = 3)), `${FILE}: quotes[1].attributedIn: must be 7, the paragraph before ¶8, not 3`],
  ['the wrong speaker', broken((b) => (b.quotes[0]!.speaker = { name: 'Samuel Ramani', description: 'author of Russia in Africa' })), `${FILE}: quotes[0].speaker.name: "Ramani" is not named in ¶7`],
  ['a speaker description the article does not give', broken((b) => (b.quotes[0]!.speaker = { name: 'Ruslan Suleymanov', description: 'Russian analyst' })), `${FILE}: quotes[0].speaker.description: the article never describes Ruslan Suleymanov as "Russian analyst"`],
  ['a repeated quote', broken((b) => b.quotes.push(b.quotes[0]!)), `${FILE}: quotes[4].text: repeats quotes[0]`],
  ['placeholder text', broken((b) => (b.summary[0]!.text = 'TODO')), `${FILE}: summary[0].text: placeholder text`],
  ['HTML in text', broken((b) => (b.summary[1]!.text = 'Nothing <b>ever</b> came of it.')), `${FILE}: summary[1].text: looks like HTML ("<b>ever</b> "); briefings are plain text`],
  ['an HTML entity', broken((b) => (b.whoWhat = 'Hamas &amp; co')), `${FILE}: whoWhat: looks like HTML`],
  ['another source', broken((b) => (b.source = { ...hamas.source, url: 'https://example.com/' })), `${FILE}: source.url: "https://example.com/" is not the source article's`],
  ['not an object at all', 'hamas', `${FILE}: wrong type: expected object, got string`],
  ['an array for an object', broken((b) => (b.quotes[2] = [] as never)), `${FILE}: quotes[2]: wrong type: expected object, got array`],
  ['whitespace for text', broken((b) => (b.name = '  ')), `${FILE}: name: empty text`],
])('rejects %s', (_what, value, expected) => {
  const messages = validateBriefing(value, FILE, article, TOPIC_IDS);
  expect(messages.join('\n')).toContain(expected);
});

test('set checks: duplicate ids, related topics without a briefing, listed topics without a briefing, one colour per topic', () => {
  const entries = [
    { file: 'briefings/hamas.ts', value: hamas },
    { file: 'briefings/hamas-copy.ts', value: hamas },
    { file: 'briefings/deconfliction.ts', value: deconfliction },
  ];
  const messages = validateBriefings(entries, article, 'briefings', TOPIC_IDS).join('\n');
  expect(messages).toContain('briefings/hamas-copy.ts: id: "hamas" is already the id of briefings/hamas.ts');
  expect(messages).toContain('briefings/deconfliction.ts: related[0]: topic "hezbollah" has no briefing');
  expect(messages).toContain('briefings/abbas.ts: missing: no briefing has id "abbas" (listed in BRIEFINGS in briefings/index.ts)');
  expect(messages).toContain('briefings/hamas-copy.ts: color.light: "28 150 90" is already the colour of briefings/hamas.ts');
});

test('without the list of topics, ids and related topics are checked against the set alone', () => {
  const alone = validateBriefing({ ...structuredClone(hamas), related: ['hizb'] }, FILE, article);
  expect(alone).toEqual([]);
  const messages = validateBriefings([{ file: FILE, value: { ...structuredClone(hamas), related: ['hizb'] } }], article).join('\n');
  expect(messages).toContain(`${FILE}: related[0]: topic "hizb" has no briefing`);
});

test('the real briefings produce no messages', () => {
  for (const b of BRIEFINGS) expect(validateBriefing(b, `briefings/${b.id}.ts`, article, TOPIC_IDS)).toEqual([]);
  expect(validateBriefings(BRIEFINGS.map((b) => ({ file: `briefings/${b.id}.ts`, value: b })), article, 'briefings', TOPIC_IDS)).toEqual([]);
});
