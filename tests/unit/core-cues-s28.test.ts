// Cues found in session 28 on the tune halves (the corpus's and new blind batches'). Each row fails without the rule
// it stands for, except the ones marked as what a rule leaves alone. Public figures appear as the news names them;
// every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // A full name the page has shown to be another man's ("Mahmoud Abbas, 34,") stays his when named again with
  // nothing of the story beside it, though the page speaks of the president in between.
  [
    'Mahmoud Abbas, 34, runs the corner pharmacy in Haifa. When Palestinian President Abbas is in the headlines, customers tease him. "One Mahmoud Abbas in the family is enough," his bride said.',
    ['abbas:Abbas'],
  ],
  // …and the page's later bare name is that man's again.
  [
    'Orthodox guard Mahmoud Abbas, 27, leads the league. Fans joke about Palestinian President Abbas. He shrugs it off and spends his evenings in the gym. The crowd chanted for Mahmoud Abbas all night.\nAbbas and Orthodox face Al-Wehdat on Saturday.',
    ['abbas:Abbas'],
  ],
  // (Left alone: the full name with his title, or with the story's words beside it.)
  [
    'Mahmoud Abbas, 34, runs the corner pharmacy in Haifa. He is not related to President Mahmoud Abbas, he says.',
    ['abbas:Mahmoud Abbas'],
  ],
  [
    'Mahmoud Abbas, 34, runs the corner pharmacy in Haifa. Palestinian leader Mahmoud Abbas met Putin in Moscow this week.',
    ['abbas:Mahmoud Abbas'],
  ],
  // A goal scored "from" or "by" a full name, and a scorer who "strikes late", is a footballer's.
  ['Al-Wahda beat Al-Jaish after a stoppage-time header from Mahmoud Abbas, days after Israeli strikes near Damascus.', []],
  ['Al-Wahda edge derby as Mahmoud Abbas strikes late, days after Israeli strikes near Damascus', []],
  // Persian's prepositions after a bare "عباس" are grammar, as Arabic's and Urdu's are, on a page that has named him.
  ['محمود عباس، رئیس تشکیلات خودگردان فلسطین، در مسکو با پوتین دیدار کرد. عباس از نخستین اعضای جنبش فتح بود.', ['abbas:محمود عباس', 'abbas:عباس']],
  // Urdu and Persian write his kunya without the hamza, and Persian joins it: "ابو مازن", "ابومازن".
  ['فلسطینی صدر ابو مازن نے وزیراعظم کو رام اللہ کے دورے کی دعوت دی۔ غزہ میں جنگ بندی پر بات ہوئی۔', ['abbas:ابو مازن']],
  // Another state's spymaster or security chief right before a bare name is that man.
  ['Gaza talks resume in Cairo as Hamas weighs the offer. Egypt\'s spymaster Abbas met the delegation on Sunday.', ['hamas:Hamas']],
  // Other presses around a group's name: a German compound in capitals ("HAMAS-ZELLEN", cells), a place in a
  // Turkish case after it ("Hamas Kahire'de", in Cairo), Turkish roles ("Hamas Siyasi Büro"), and Dutch "of" (or)
  // before a partner's name are no other group's name.
  ['Israel und die Hamas verhandeln in Kairo.\nSO ARBEITET DER GEHEIMDIENST GEGEN HAMAS-ZELLEN IN DEUTSCHLAND', ['hamas:Hamas', 'hamas:HAMAS']],
  ["İsrail ile Hamas Kahire'de görüştü. Bakan, Doha'da Hamas Siyasi Büro yetkilileriyle bir araya geldi.", ['hamas:Hamas', 'hamas:Hamas']],
  ['Israël en Hamas praten in Caïro. Op de vraag of dat ook Hamas of Hezbollah omvat, antwoordde hij ontkennend.', ['hamas:Hamas', 'hamas:Hamas', 'hezbollah:Hezbollah']],
  // German writes every noun with a capital: one after a group's name in German prose is a noun of the sentence.
  ['Israel greift Ziele im Libanon an. Iran sagt Hisbollah Unterstützung zu.', ['hezbollah:Hisbollah']],
  ['Israel wirft der Hamas Verzögerung vor, und die Hamas Führung in Doha schweigt.', ['hamas:Hamas', 'hamas:Hamas']],
  // (Left alone: a capitalised word a quotation ends with, a name's own: the fan club „Hisbollah Süd“.)
  ['Im Stadion stehen die Jungs, die sich selbst „Hisbollah Süd“ nennen, hinter dem Tor.', []],
  // ", who" after a group's name makes a person of it, but not after "and", "by" or a place's possessive: the
  // clause is the larger phrase's ("the two ministers nominated by Hezbollah, who voted in favour").
  ['Lebanon\'s cabinet approved the army plan. The two ministers nominated by Hezbollah, who voted in favour, said it was a first step.', ['hezbollah:Hezbollah']],
  // Beside another group's home, a state's designation of the group, or its dealings ("on behalf of"), still name it.
  [
    "Lebanon's Hezbollah fired rockets at northern Israel on Sunday. In Manama, officials said a Bahraini cell had trained in Iraq. Bahrain designated Hezbollah a terrorist organisation in 2013.",
    ['hezbollah:Hezbollah', 'hezbollah:Hezbollah'],
  ],
  // "named" before a bare name and an office after it is an appointment ('named Abbas "President of the State"',
  // "named Abbas to it"), not a name given.
  ['Palestinian leaders met in Ramallah. The PLO Central Council named Abbas "President of the State of Palestine" in 2008.', ['abbas:Abbas']],
  ['Under pressure, Arafat created the post of Palestinian prime minister in 2003 and named Abbas to it.', ['abbas:Abbas']],
  // Ramallah before his bare name is his own, as "Palestinian" is: "the Ramallah Abbas", "Ramallah's Abbas".
  [
    "Palestinian President Mahmoud Abbas was in Cairo. In the Knesset, Mansour Abbas leads Ra'am. The irony is that the Ramallah Abbas also has little love for Hamas.",
    ['abbas:Mahmoud Abbas', 'abbas:Abbas', 'hamas:Hamas'],
  ],
  // Arabic names the arrangement "آلية منع التصادم" (the collision-prevention mechanism) too.
  ['وتعرضت آلية منع التصادم الروسية الإسرائيلية في سوريا لاختبار صعب بعد إسقاط الطائرة الروسية عام 2018.', ['deconfliction:آلية منع التصادم']],
  // French and Italian join the two parties in one word: "israélo-russe", "israelo-russa".
  ['Syrie : ce que le mécanisme de déconfliction israélo-russe a changé', ['deconfliction:déconfliction']],
  // A German compound after his bare name is a noun ("Abbas-Äußerung", Abbas's remark), not a double-barrelled surname.
  ['Palästinenserpräsident Mahmud Abbas hat in Berlin gesprochen.\nNach der Abbas-Äußerung herrscht Entsetzen in der Jüdischen Gemeinde.', ['abbas:Mahmud Abbas', 'abbas:Abbas']],
  // …and in German prose a capitalised noun after his full name is a noun of the sentence, not a further name.
  ['Die EU verlangt von Mahmud Abbas Reformen und Wahlen in der Palästinensischen Autonomiebehörde.', ['abbas:Mahmud Abbas']],
  // "Abbas und Araghtschi" on a page that named both men: other presses' "and" sets this Abbas apart from Araghchi too.
  [
    'Palästinenserpräsident Mahmud Abbas reiste nach Moskau. Dort traf er auch Irans Außenminister Abbas Araghtschi.\nAbbas und Araghtschi vertreten in der Frage verschiedene Positionen.',
    ['abbas:Mahmud Abbas', 'abbas:Abbas'],
  ],
  // Other presses' Kata'ib Hezbollah: "les Brigades du Hezbollah", "las Brigadas de Hezbolá", a group of its own.
  ["Au Liban, le Hezbollah a tiré des roquettes sur le nord d'Israël. Plus tard, les Brigades du Hezbollah ont revendiqué une attaque de drone.", ['hezbollah:Hezbollah']],
  // (Left alone, after review: Hamas's own "Al-Kassam-Brigaden der Hamas"; a political "goal by" and "strikes late
  // deal"; and English or Dutch words that German also has.)
  ['Die Al-Kassam-Brigaden der Hamas haben eine Geisel freigelassen, teilte Israel mit.', ['hamas:Hamas']],
  ['Palestinian factions met in Cairo. The unity pact was a long-held goal by Mahmoud Abbas, the Palestinian leader.', ['abbas:Mahmoud Abbas']],
  ['Unity talks in Cairo: Mahmoud Abbas strikes late deal with Hamas on Gaza', ['abbas:Mahmoud Abbas', 'hamas:Hamas']],
  ['Na de oorlog in Gaza zegt Mahmoud Abbas Khalil, die in Rotterdam woont, dat klanten die hem kennen lachen.', []],
];

describeCues('cues from session 28', rows);
