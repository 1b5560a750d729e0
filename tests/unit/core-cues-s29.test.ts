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
  // (Left alone: the title, capitalised or after a noun.)
  ['The club has a new coach, Judge Abbas, since March. Coach Abbas said the squad was ready.', []],
  // The Russian press sets a group's name in guillemets, as the Arabic press does: «Хезболла» is no quoted word.
  ['ЭКСПЕРТ: Добавлю, что для «Хезболлы» ситуация сейчас крайне тяжёлая.', ['hezbollah:Хезболлы']],
  // Russian's other cases of Israel, Russia and Syria are the arrangement's parties and field too.
  [
    'ВЕДУЩИЙ: А что с Сирией? ЭКСПЕРТ: Удары согласуют через Москву: между российскими и израильскими военными действует механизм деконфликтинга.',
    ['deconfliction:деконфликтинга'],
  ],
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
  // (Left alone: his own name as the label.)
  ['PRESIDENT MAHMOUD ABBAS: We will not accept the plan.\nABBAS: Never.', ['abbas:MAHMOUD ABBAS', 'abbas:ABBAS']],
  // An author cited with a co-author or "et al." and a year, without brackets, is an author: "Abbas & Levin 2021".
  [
    'Palestinian President Mahmoud Abbas met Putin. For the airspace side, start with Abbas & Levin 2021, then Abbas et al. 2019.',
    ['abbas:Mahmoud Abbas'],
  ],
];

describeCues('session 29 cues', rows);
