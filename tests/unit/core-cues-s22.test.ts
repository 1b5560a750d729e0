// Cues found on session 22's blind batches (tune halves only). Each row fails without the rule it stands for, except
// the ones marked as what a rule leaves alone. Public figures appear as the news names them; every other person named
// here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // His full name as a picture's credit is a namesake photographer's; a caption about him is still him (left alone).
  ['Hamas fighters escort a hostage toward Red Cross vehicles. (Photo: Mahmoud Abbas)', ['hamas:Hamas']],
  ['Un responsable du Hamas à Beyrouth. Photo : Mahmoud Abbas / AFP', ['hamas:Hamas']],
  ['Photo: Mahmoud Abbas (centre) receives a delegation in Ramallah.', ['abbas:Mahmoud Abbas']],
  // His full name opening a longer one in a record's name field is another man's whole name.
  ['Lebanon and Israel.\nPersonal information\nFull name: Mahmoud Abbas Abdel-Rahman\nPosition: Centre-back', []],
  // Other presses' case endings (Polish, Czech, Finnish, Albanian) name the groups.
  ['Izrael uderzył w magazyny Hezbollahu w Libanie. Rozmowy z Hamasem trwają.', ['hezbollah:Hezbollahu', 'hamas:Hamasem']],
  ['Izrael zaútočil na sklady Hizballáhu v Libanonu.', ['hezbollah:Hizballáhu']],
  ['Israel syyttää Hamasia sopimuksen rikkomisesta Gazassa. Hizbollahin pääsihteeri puhui Israelista.', ['hamas:Hamasia', 'hezbollah:Hizbollahin']],
  // A case form gets no typo spellings of its own: "Hezbollahu" would make the Persian "Hezbollahi" (a militant).
  ['Israel and Lebanon. In Tehran in 1999 a Hezbollahi vigilante shouted at the students.', []],
  // The group's own country right before its name says which Hezbollah it is, beside another's words too; an
  // ideology before it does not ("Kurdish Islamist group Hizbullah", left alone).
  ["Kataib Hezbollah claimed the attack in Iraq. Kataib Hezbollah is distinct from Lebanon's Hezbollah, though both receive Iranian support.", ['hezbollah:Hezbollah']],
  ['Turkish Hezbollah is a Kurdish group. It is not to be confused with the Lebanese Shia party and militia Hezbollah, with which it has no link.', ['hezbollah:Hezbollah']],
  ['Diyarbakir court hands life sentences over killings by Kurdish Islamist group Hizbullah', []],
  // A cited book's title goes on in capitals after the group's name: no other name touching it.
  ['Israel and Gaza.\nBibliography\n- Baconi, Tareq (2018). Hamas Contained: The Rise and Pacification of Palestinian Resistance.', ['hamas:Hamas']],
  // "named" that gives an office is an appointment, not someone introduced by his name.
  ['Palestinian politics. In 2003, under American pressure, Yasser Arafat named Abbas the first Palestinian prime minister.', ['abbas:Abbas']],
  // (Left alone: someone so named.)
  ['Palestinian politics. A commander named Abbas ran the checkpoint.', []],
  // His son introduced as such stays his son when named again: the bare surname after is still his.
  ['Palestinian politics. President Mahmoud Abbas spoke. His son Yasser Abbas is a businessman. Yasser Abbas denied the reports. Abbas has also used his son as a personal envoy.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // Other presses place "humanitarian" after the word: the aid agencies' deconfliction.
  ['Israel y Rusia en Siria. Las agencias de la ONU se quejan de que el sistema de deconfliction humanitaria no funciona.', []],
  // Sport's roles before a name make a namesake too: a top scorer, a substitute.
  ['Israel and Hezbollah at war. Top scorer Abbas joins an Iraqi side on loan.', ['hezbollah:Hezbollah']],
  ['Gaza ceasefire talks go on in Cairo.\nPORT SAID — Substitute Mahmoud Abbas scored in the 88th minute to give Al Masry the derby.', []],
  // A thread's sender ("Abbas (Leeds) wrote:") and someone the writer knows ("my friend Abbas").
  ['Israel and Gaza.\nAbbas (Leeds) wrote:\nDave, calm down mate.', []],
  ['Israel and Gaza. That was the text from my friend Abbas this morning.', []],
  // Another man whose given name is Abbas ("Brig. Gen. Abbas Khalaf") is shortened to his surname by the news: on a
  // page that has named the president, the bare "Abbas" after him stays the president's. (Men on the lists of other
  // people, such as Abbas Araghchi, still take the bare name: on the corpus that costs fewer false positives.)
  ['Palestinian President Mahmoud Abbas arrived in Beirut. He was met by Brig. Gen. Abbas Khalaf of army intelligence.\nAbbas\'s office said he had discussed the camps with President Aoun.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A printed dictionary's headword in capitals, surname first with his dates, is another man.
  ['Palestinian politics. See also FATAH; HAMAS.\n\nABBAS, FERHAT (1899–1985). Algerian nationalist.', ['hamas:HAMAS']],
  // A group's name in lower case after "a" and a lower-case word is a common noun, as after "the".
  ['Israel and Lebanon again. In the film pages you will find a secular hezbollah of the arthouse.', []],
  // His full name followed by a job he never had after a dash, or given as someone's own "full name".
  ['Palestinian politics in the West Bank. The head of the village council is Mahmoud Abbas — a 47-year-old civil engineer.', []],
  ['Gaza and Israel in the news.\nSo my full name is Mahmoud Abbas. I am a pharmacist in Dearborn.', []],
  // A record's speaker line: another country's delegate named Abbas; the one speaking for Palestine is left alone.
  ['Security Council on Lebanon and Israel.\nThe President: I now give the floor to the representative of Pakistan.\n\nMr. Abbas (Pakistan): I thank you, Mr. President.', []],
  // A hashtag joins a name's words with an underscore.
  ['Israel and Gaza. Trending today: #Mahmoud_Abbas', ['abbas:Mahmoud_Abbas']],
];

describeCues('cues from the blind batches (session 22)', rows);
