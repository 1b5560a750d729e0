// Cues found on session 23's blind batches (tune halves only). Each row fails without the rule it stands for, except
// the ones marked as what a rule leaves alone. Public figures appear as the news names them; every other person named
// here is invented.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, scanPage } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);
const found = (text: string) => scanPage(matcher, text).map((m) => `${m.topic}:${m.surface}`);

const rows: [string, string[]][] = [
  // A case form opening a sentence after a capitalised noun: a press gives the group's name its ending, and no other
  // group's ("Delegacja Hamasu", the delegation of Hamas).
  ['KAIR / WARSZAWA. Delegacja Hamasu przekazała mediatorom odpowiedź w sprawie Strefy Gazy.', ['hamas:Hamasu']],
  // (Left alone: Turkish's compound ending follows another group's modifier, "Türk Hizbullahı".)
  ['Türkiye: Türk Hizbullahı ya da halk arasında bilinen yapı ise Sünni bir örgüttür.', []],
  // Polish case forms of his surname, and of the group's (the locative).
  ['Prezydent Autonomii Palestyńskiej Mahmud Abbas spotkał się w Ammanie z królem. Według doradców Abbasa dyplomaci przekazali Abbasowi list. W samym Hamasie w Strefie Gazy trwa spór.', ['abbas:Mahmud Abbas', 'abbas:Abbasa', 'abbas:Abbasowi', 'hamas:Hamasie']],
  // The Turkish press's Abu Mazen.
  ['Filistin Devlet Başkanı, kamuoyunda "Ebu Mazen" olarak da bilinen lider, Gazze için çağrı yaptı.', ['abbas:Ebu Mazen']],
  // A word opening a sentence that the page writes in lower case elsewhere is its language's common word, not a
  // given name ("Ancak", Turkish "however").
  ["Filistin Devlet Başkanı Mahmud Abbas konuştu. Lider, ancak bir gün sonra Ankara'dan ayrıldı. Ancak Abbas, soruyu yanıtsız bıraktı.", ['abbas:Mahmud Abbas', 'abbas:Abbas']],
  // (Left alone: a given name the page writes in lower case only in a handle.)
  ['Palestinian president Mahmoud Abbas spoke in Ramallah.\nHana Abbas @hana_abbas_news · 18:04\nHe has started.', ['abbas:Mahmoud Abbas']],
];

describe('cues from the blind batches (session 23)', () => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
