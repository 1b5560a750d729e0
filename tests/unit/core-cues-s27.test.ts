// Cues found in session 27 on the tune halves (the corpus's and new blind batches'). Each row fails without the rule
// it stands for, except the ones marked as what a rule leaves alone. Public figures appear as the news names them;
// every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // Polish declines his full name as it declines "Abbasa": "z prezydentem Mahmudem Abbasem", "o Mahmudzie Abbasie".
  ['Spotkanie z prezydentem Autonomii Palestyńskiej Mahmudem Abbasem odbyło się w Warszawie.', ['abbas:Mahmudem Abbasem']],
  ['Rozmowa dotyczyła sukcesji po Mahmudzie Abbasie w Autonomii Palestyńskiej i roli Hamasu w Strefie Gazy.', ['abbas:Mahmudzie Abbasie', 'hamas:Hamasu']],
  // "also a Mahmoud Abbas, and…": a full name after "a" that ends its phrase is a man so named, as "a Mahmoud Abbas
  // who…" is.
  ['Palestinian leaders met in Cairo. My uncle is also a Mahmoud Abbas and he gets stopped at every airport.', []],
  ['Palestinian leaders met in Cairo. Every village has a Mahmoud Abbas, my grandmother used to say.', []],
  // (Left alone: "a" that ends another word, "older than Abu Mazen", and "a Mahmoud Abbas loyalist", where the
  // phrase goes on to its noun.)
  ['So the port is older than Abu Mazen, the Palestinian president?', ['abbas:Abu Mazen']],
  ['The Palestinian Authority named a Mahmoud Abbas loyalist as governor of Nablus.', ['abbas:Mahmoud Abbas']],
  // A goal's minute right after a bare name, "(Abbas 23', Carrasco 90+2')", is a scorer's line in any press.
  ["Palestino, el club de la diáspora palestina en Chile, ganó en casa. Ficha: Palestino 2 (Abbas 23', Carrasco 90+2') – Audax 1.", []],
];

describeCues('cues from session 27', rows);
