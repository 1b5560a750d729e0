// Cues found in session 29 on the tune halves of new blind batches. Each row fails without the rule it stands for,
// except the ones marked as what a rule leaves alone. Public figures appear as the news names them; every other
// person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // A title that is also a verb is a verb after "would", "to" and their like: "would judge Abbas" is no Judge Abbas.
  [
    'Palestinian President Mahmoud Abbas won the vote. A Hamas spokesman said the group would judge Abbas on what he did. Sharon was expected to telephone Abbas within days.',
    ['abbas:Mahmoud Abbas', 'hamas:Hamas', 'abbas:Abbas', 'abbas:Abbas'],
  ],
  // …and after a negative or an adverb: "won't judge Abbas", "would ultimately judge Abbas".
  [
    'Palestinian President Mahmoud Abbas won. Hamas said it won\'t judge Abbas by his words, and voters would ultimately judge Abbas too.',
    ['abbas:Mahmoud Abbas', 'hamas:Hamas', 'abbas:Abbas', 'abbas:Abbas'],
  ],
  // (Left alone: the title, capitalised or after a noun, and after the preposition "to".)
  ['The club has a new coach, Judge Abbas, since March. Coach Abbas said the squad was ready.', []],
  ['Palestinian President Mahmoud Abbas met envoys. The bail plea was sent to judge Abbas, who adjourned the hearing.', ['abbas:Mahmoud Abbas']],
  // The Russian press sets a group's name in guillemets, as the Arabic press does: «Хезболла» is no quoted word.
  ['ЭКСПЕРТ: Добавлю, что для «Хезболлы» ситуация сейчас крайне тяжёлая.', ['hezbollah:Хезболлы']],
  // (Left alone: a sentence that speaks of the name, in Russian too.)
  ['Название «Хезболла» переводится как «партия Аллаха». Слово «Хамас» по-арабски означает «рвение».', []],
  // Russian's other cases of Israel, Russia and Syria are the arrangement's parties and field too.
  [
    'ВЕДУЩИЙ: А что с Сирией? ЭКСПЕРТ: Удары согласуют через Москву: между российскими и израильскими военными действует механизм деконфликтинга.',
    ['deconfliction:деконфликтинга'],
  ],
  ['Израиль уведомил командование в Хмеймиме через механизм деконфликтинга перед ударом по Сирии.', ['deconfliction:деконфликтинга']],
  ['Российские и израильские военные поддерживают механизм деконфликтинга в сирийском небе, с Кремлём.', ['deconfliction:деконфликтинга']],
  // …and Russian's other cases of "American" are another arrangement's parties: the Russian–American channel.
  [
    'Механизм деконфликтинга между Россией и Израилем не следует путать с российско-американским каналом деконфликтинга для авиации в Сирии.',
    ['deconfliction:деконфликтинга'],
  ],
  // A transcript's speaker label names a person in any case: "SARA ABBAS (periodista):" is hers, and so are the
  // later bare "ABBAS:" labels.
  [
    'PRESENTADOR: ¿Y la Autoridad Palestina?\nSARA ABBAS (periodista): Está más débil que nunca.\nABBAS: Perdió el control de Gaza hace años.',
    [],
  ],
  // …and without the brackets in a transcript, where other lines open with speakers' labels.
  ['HOST: Welcome back. What does the PA want?\nNADIA ABBAS: A lot, frankly.\nHOST: And Hamas?\nABBAS: Hamas wants time.', ['hamas:Hamas', 'hamas:Hamas']],
  // (Left alone: his own name as the label, and a headline's word before "ABBAS:" on a page that is no transcript.)
  ['PRESIDENT MAHMOUD ABBAS: We will not accept the plan.\nABBAS: Never.', ['abbas:MAHMOUD ABBAS', 'abbas:ABBAS']],
  ['Palestinian President Mahmoud Abbas spoke in Ramallah.\nDEFIANT ABBAS: NO TALKS WITH NETANYAHU', ['abbas:Mahmoud Abbas', 'abbas:ABBAS']],
  // An author cited with a co-author or "et al." and a year, without brackets, is an author: "Abbas & Levin 2021".
  [
    'Palestinian President Mahmoud Abbas met Putin. For the airspace side, start with Abbas & Levin 2021, then Abbas et al. 2019.',
    ['abbas:Mahmoud Abbas'],
  ],
  // (Left alone: a partner of his with a year, under photos.)
  [
    'Palestinian President Mahmoud Abbas met leaders. Photos: Abbas & Olmert 2007, Abbas & Obama 2009.',
    ['abbas:Mahmoud Abbas', 'abbas:Abbas', 'abbas:Abbas'],
  ],
];

describeCues('session 29 cues', rows);
