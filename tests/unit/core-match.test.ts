// Table-driven matcher behaviour: each category lists positive rows (valid: true) right beside the lookalikes
// that must NOT match (valid: false). `expected` is the surfaces found, in order, with their topic.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);
// A page that has already said something of the subjects' own (Gaza, Lebanon, Palestinian): a group's name or a
// person's full name alone is then theirs, so these rows test spellings and lookalikes, not the support rules
// (tests/unit/core-shape.test.ts and core-shape-namesakes.test.ts do that).
const supportedPage = () => {
  const page = createPageContext();
  page.supported.add('hamas').add('hezbollah').add('abbas');
  return page;
};
const found = (text: string) => matcher.scan(text, supportedPage()).map((m) => `${m.topic}:${m.surface}`);

interface Row {
  text: string;
  expected: string[];
}
interface Group {
  category: string;
  valid: boolean;
  cases: Row[];
}

const groups: Group[] = [
  { category: 'case and possessives', valid: true, cases: [
    { text: 'HAMAS LEADERS MEET', expected: ['hamas:HAMAS'] },
    { text: "Hamas's leaders", expected: ['hamas:Hamas'] },
    { text: 'Hamas’s leaders', expected: ['hamas:Hamas'] },
    { text: "Abbas' office in Ramallah", expected: ['abbas:Abbas'] },
    { text: 'Hezbollah’s fighters', expected: ['hezbollah:Hezbollah'] },
    { text: 'the Israel-Hamas war and pro-Hezbollah media', expected: ['hamas:Hamas', 'hezbollah:Hezbollah'] },
  ] },
  { category: 'words that contain a name', valid: false, cases: [
    { text: 'Ayumi Hamasaki sang', expected: [] },
    { text: 'two Turkish hamams', expected: [] },
    { text: 'the Abbasid caliphate', expected: [] },
    { text: 'Hezbollahi and Hamas2', expected: [] },
  ] },
  { category: 'spellings and transliterations', valid: true, cases: [
    { text: 'Mahmud Abbas', expected: ['abbas:Mahmud Abbas'] },
    { text: 'Abu Mazen and Abu-Mazen', expected: ['abbas:Abu Mazen', 'abbas:Abu-Mazen'] },
    { text: 'Maḥmūd ʿAbbās', expected: ['abbas:Maḥmūd ʿAbbās'] },
    { text: 'Hizbollah, Hizballah, Hizbullah', expected: ['hezbollah:Hizbollah', 'hezbollah:Hizballah', 'hezbollah:Hizbullah'] },
    { text: 'Hizb Allah and Hezb’allah', expected: ['hezbollah:Hizb Allah', 'hezbollah:Hezb’allah'] },
    { text: 'Ḥamās', expected: ['hamas:Ḥamās'] },
  ] },
  { category: 'small typos of long names', valid: true, cases: [
    { text: 'Hezbolah', expected: ['hezbollah:Hezbolah'] },
    { text: 'Hezbullah', expected: ['hezbollah:Hezbullah'] },
    { text: 'Hizbolla', expected: ['hezbollah:Hizbolla'] },
    { text: 'Hisbollah', expected: ['hezbollah:Hisbollah'] },
    { text: 'Hezballah', expected: ['hezbollah:Hezballah'] },
  ] },
  { category: 'typos never make short names fuzzy', valid: false, cases: [
    { text: 'Hamam Hamos Hammas', expected: [] },
    { text: 'Abas Abbes Abbass', expected: [] },
  ] },
  { category: 'invisible and typographic characters', valid: true, cases: [
    { text: 'Hez\u00ADbollah', expected: ['hezbollah:Hez\u00ADbollah'] },
    { text: 'Ha\u200Bmas', expected: ['hamas:Ha\u200Bmas'] },
    { text: 'Mahmoud\u00A0Abbas', expected: ['abbas:Mahmoud\u00A0Abbas'] },
    { text: 'Mahmoud\nAbbas', expected: ['abbas:Mahmoud\nAbbas'] },
    { text: 'Mahmoud \r\n  Abbas', expected: ['abbas:Mahmoud \r\n  Abbas'] },
    { text: 'Abu\u2011Mazen', expected: ['abbas:Abu\u2011Mazen'] },
    { text: 'ＨＡＭＡＳ', expected: ['hamas:ＨＡＭＡＳ'] },
  ] },
  { category: 'element boundaries are not spaces', valid: false, cases: [
    { text: 'Ham\uFFFCas', expected: [] },
  ] },
  { category: 'other people and places called Abbas', valid: false, cases: [
    { text: 'Foreign Minister Abbas Araghchi said', expected: [] },
    { text: 'Abbas Araqchi', expected: [] },
    { text: 'Zaheer Abbas scored 274', expected: [] },
    { text: 'the port of Bandar Abbas', expected: [] },
    { text: 'Bandar-Abbas', expected: [] },
    { text: 'a film by Abbas Kiarostami', expected: [] },
    { text: "Abbas Kiarostami's Taste of Cherry", expected: [] },
    { text: 'intelligence chief Abbas Kamel', expected: [] },
    { text: 'Abbas al-Musawi led Hezbollah', expected: ['hezbollah:Hezbollah'] },
    { text: 'Abu al-Abbas as-Saffah', expected: [] },
    { text: "Muhammad's uncle, Abbas, founded the Abbasid line", expected: [] },
  ] },
  { category: 'Mahmoud Abbas', valid: true, cases: [
    { text: 'Palestinian President Abbas said', expected: ['abbas:Abbas'] },
    { text: 'PALESTINIAN PRESIDENT ABBAS SAYS NO', expected: ['abbas:ABBAS'] },
    { text: 'Mahmoud Abbas met Abbas Kamel', expected: ['abbas:Mahmoud Abbas'] },
  ] },
  { category: 'Kata’ib Hezbollah is not Hezbollah', valid: false, cases: [
    { text: "Kata'ib Hezbollah", expected: [] },
    { text: 'Kata’ib Hezbollah', expected: [] },
    { text: 'Kataib Hizbollah', expected: [] },
    { text: 'KATAIB HEZBOLLAH', expected: [] },
    { text: 'the Hezbollah Brigades', expected: [] },
  ] },
  { category: 'Russia–Israel deconfliction', valid: true, cases: [
    { text: 'Russia and Israel set up a deconfliction mechanism over Syria.', expected: ['deconfliction:deconfliction mechanism'] },
    { text: 'Putin and Netanyahu praised deconfliction.', expected: ['deconfliction:deconfliction'] },
    { text: 'Moscow and Israeli officials discussed de-confliction over Syria.', expected: ['deconfliction:de-confliction'] },
  ] },
  { category: 'other deconfliction', valid: false, cases: [
    { text: 'The US-Russia deconfliction line stayed open.', expected: [] },
    { text: 'Israel set up a humanitarian deconfliction cell for aid workers in Gaza.', expected: [] },
    { text: 'Deconfliction is a military term.', expected: [] },
  ] },
];

describe.each(groups)('$category (valid: $valid)', ({ valid, cases }) => {
  it.each(cases)('$text', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
    expect(found(text).length > 0).toBe(valid || expected.length > 0);
  });
});
