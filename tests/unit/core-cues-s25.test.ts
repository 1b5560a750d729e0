// Cues found in session 25 on the corpus's tune half. Each row fails without the rule it stands for, except the
// ones marked as what a rule leaves alone. Public figures appear as the news names them; every other person named
// here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // A listed other whose given name is the bare form ("Abbas Kamel"), on a page that has named the topic: the news
  // calls him by his surname, so the page's bare "Abbas" stays the topic's.
  ['Palestinian President Mahmoud Abbas met Egyptian intelligence chief Abbas Kamel in Cairo on Sunday.\nThe meeting lasted two hours. Abbas flew home on Monday night.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // (Left alone: the same other named first, on a page that has not named the topic.)
  ['Egyptian intelligence chief Abbas Kamel flew to Doha on Sunday. Abbas thanked Qatar for its help.', []],
  // A line under a sports section's label, or after "SPORT:", with nothing of the topic's own in its clause: an athlete.
  ['Palestinian President Mahmoud Abbas met the envoy in Ramallah.\nSPORT\nAbbas ruled out of the second Test', ['abbas:Mahmoud Abbas']],
  ['Palestinian President Mahmoud Abbas met the envoy in Ramallah.\nSPORT: ABBAS RIPS THROUGH THE TOP ORDER', ['abbas:Mahmoud Abbas']],
  // (Left alone: the topic's own words in the clause.)
  ['Palestinian President Mahmoud Abbas met the envoy in Ramallah.\nSPORT\nAbbas calls Palestine squad after draw in Gaza', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A common noun between a determiner and a group's name, with nothing of the group's own around: a figure of speech.
  ['Allotment diary. This year the parish Hezbollah decreed: no dahlias.', []],
  ['I call them the wellness Hezbollah: a small, devout and well-organised faction.', []],
  // …and the name given to a field or a thing after it ("the Hezbollah of prog", "le Hezbollah du guidon").
  ['A critic once called that fanbase "the Hezbollah of prog" and he was not wrong about the discipline.', []],
  ['Non, les cyclistes parisiens ne sont pas un « Hezbollah du guidon ».', []],
  // (Left alone: what the news says of the group itself, and a time before a clause the name opens.)
  ['The militant Hezbollah fired rockets overnight.', ['hezbollah:Hezbollah']],
  ['1992: the year Hezbollah lost its leader and found a new one', ['hezbollah:Hezbollah']],
  // The Polish press's inflections of the two parties and of Syria; an American party in its words is another line's.
  ['Moskwa rozważa zawieszenie mechanizmu dekonfliktacji z Izraelem nad Syrią.', ['deconfliction:dekonfliktacji']],
  ['Amerykańsko-rosyjska dekonfliktacja nad Syrią to co innego niż kanał Moskwy i Izraela.', []],
  // "President Abbas" in the Urdu press's words, as the Arabic press's الرئيس عباس already was.
  ['صدر عباس نے غزہ میں جنگ بندی پر زور دیا۔', ['abbas:صدر عباس']],
  // A hatnote's "see Hamas (Hebrew word)": another page's title.
  ['For the Biblical Hebrew word, see Hamas (Hebrew word). Hamas is a Palestinian movement that has run Gaza since 2007.', ['hamas:Hamas']],
  // (Left alone: its own qualifier, "see Hezbollah (Lebanon)".)
  ['Hizbullah. See Hezbollah (Lebanon)', ['hezbollah:Hizbullah', 'hezbollah:Hezbollah']],
  // "— no relation to the Palestinian president" after a full name: the text says he is someone else.
  ['Veteran Amman controller signs off\n\nMahmoud Abbas — no relation to the Palestinian president, he tells every new colleague — has handled Jordanian airspace through three wars.', []],
  // "The boy Abbas": a child of that name, as "the barber Abbas" is a barber.
  ['A novel of Gaza under siege, with the Palestinian president on the radio. The boy Abbas is too busy with his own troubles.', []],
  // Dutch articles and demonstratives opening a sentence ("De Hizbollah is…") are no given names.
  ['Iedereen heeft het over Gaza, maar in Zuid-Libanon worden dorpen gebombardeerd. De Hizbollah is heus niet verdwenen.', ['hezbollah:Hizbollah']],
  // A hatnote's "Not to be confused with Kata'ib Hezbollah…" names what the page is not about: its lead stays the topic's.
  ["Hezbollah\nNot to be confused with Kata'ib Hezbollah or Hizbullah (Turkey).\n\nHezbollah is a Shia political party and armed group.", ['hezbollah:Hezbollah', 'hezbollah:Hezbollah']],
  // On a page that has established the arrangement, a sentence naming another arrangement's parties and not both of
  // its own speaks of that other one.
  ['Israel and Russia have kept a deconfliction mechanism over Syria since 2015.\nThe Pentagon, asked on Tuesday about the incident over eastern Syria and the drones that followed it, said its officers would keep using the deconfliction phone.', ['deconfliction:deconfliction mechanism']],
  // The word defined: a glossary's entry without the parties, "what does … mean", "what we would now call …".
  ['Israel and Russia over Syria: a glossary.\n\nDeconfliction — in military usage, any procedure that keeps forces from firing on each other.', []],
  ['Israel and Russia in Syria, searches:\n  › What does deconfliction mean in the military?', []],
  ['Israeli and Russian pilots over Syria today. In 1970 nothing existed that we would now call deconfliction.', []],
  // (Left alone: a glossary's entry that names both parties.)
  ['Glossary\n\nDeconfliction — the mechanism Israel and Russia set up in 2015 to keep their aircraft apart over Syria.', ['deconfliction:Deconfliction']],
  // Arabic's idioms of zeal: "بدون حماس" (without it), "عندي حماس" (I have it).
  ['غزة: مباراة الأمس.\nقال المدرب: "لعبنا بدون حماس، وهذا غير مقبول".', []],
  // Inverted names: an index's "Araghchi, Abbas – Foreign minister", a bibliography's "Abbas, Rania. 2021.".
  ['Who is who\n\nAbbas, Mahmoud – President of the Palestinian Authority.\nAraghchi, Abbas – Foreign minister of Iran since 2024.', ['abbas:Abbas, Mahmoud']],
  ['Palestinian politics: further reading\nAbbas, Rania. 2021. "Municipal Governance in Gaza." Journal of Palestine Studies 50.', []],
  // The Albanian press's spelling of his full name.
  ['Palestinian politics in the Albanian press.\nMahmud Abasi: Zgjidhja me dy shtete është e vetmja rrugëdalje', ['abbas:Mahmud Abasi']],
  // The established group's own people acting in another group's country: "Hezbollah trainers worked with Iraqi groups".
  ["Lebanon's Hezbollah is a Shia party and militia. Both receive support from Iran, and Hezbollah trainers have reportedly worked with Iraqi groups.", ['hezbollah:Hezbollah', 'hezbollah:Hezbollah']],
  // …and another group's dealings with it: "weapons for Hezbollah moved across Iraq", "trained by Hezbollah".
  ["Lebanon's Hezbollah is a Shia party and militia. For much of the 2010s weapons for Hezbollah moved by land across Iraq.", ['hezbollah:Hezbollah', 'hezbollah:Hezbollah']],
  // "named"/"called" before a possessive gives no name (“the man named Abbas's deputy”), and a contraction is no given name.
  ['Palestinian politics. Related: Who is Hussein al-Sheikh, the man named Abbas\'s deputy?', ['abbas:Abbas']],
  ['Palestinian politics. A statement called Abbas\'s remarks "shameful".', ['abbas:Abbas']],
  ["Palestinian politics. Didn't Abbas himself become president that way?", ['abbas:Abbas']],
  // His own owner before the bare name ("the PA's Abbas", "Fatah's Abbas").
  ["Gaza governance. Officials are sceptical the PA's Abbas has anything new to offer.", ['abbas:Abbas']],
];

describeCues('cues from session 25', rows);
