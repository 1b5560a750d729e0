// Cues found on session 21's blind batches (tune halves only): owners that are people, Turkish case endings, other
// presses' words for the arrangement, and the ways a thread or a glossary uses the names. Each row fails without the
// rule it stands for, except the ones marked as what a rule leaves alone. Public figures appear as the news names them;
// every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // A person's possessive before the group is no other group's owner; a country's still is (left alone).
  ["Erdogan's Hamas remarks drew anger in Israel.", ['hamas:Hamas']],
  ["Sullivan's Hezbollah briefing covered the south of Lebanon.", ['hezbollah:Hezbollah']],
  ["Algeria's Hamas, the Movement of Society for Peace, won seats in parliament.", []],
  // Turkish writes case endings after an apostrophe: "Erdoğan'dan" (from Erdoğan), "Lübnan'daki" (in Lebanon).
  ["Erdoğan'dan Hamas açıklaması: \"Bir kurtuluş hareketidir\"\nCumhurbaşkanı, İsrail'in Gazze'ye yönelik saldırılarını da eleştirdi.", ['hamas:Hamas']],
  ["Cumhurbaşkanı Erdoğan, Filistin Devlet Başkanı Mahmud Abbas ile görüştü. Erdoğan'ın Abbas'a ilettiği mesaj kısa oldu.", ['abbas:Mahmud Abbas', 'abbas:Abbas']],
  ["SORU-CEVAP | Lübnan'daki Hizbullah ile Türkiye'deki Hizbullah aynı örgüt mü?", ['hezbollah:Hizbullah']],
  // Other presses' words that open a sentence are no other group's name, and "the distinction was academic" no person.
  ['Gaza und Israel nach dem Krieg. Aber Hamas und Hisbollah sind trotzdem sehr unterschiedlich.', ['hamas:Hamas', 'hezbollah:Hisbollah']],
  // (Left alone: a word that is also a given name, as German "nur" is Nur.)
  ['Palestinian news from Gaza. Nur Abbas, a teacher in Ramallah, said the school reopened.', []],
  ['Israel struck targets in Lebanon. For Hezbollah, the distinction was academic but painful.', ['hezbollah:Hezbollah']],
  // Portuguese, Dutch and Arabic words for the arrangement, and Dutch names for the parties and Syria.
  ['O chamado mecanismo de desconflito russo-israelense é uma linha direta entre os comandos militares na Síria.', ['deconfliction:desconflito']],
  ['Sinds 2015 werkt er een deconflictiemechanisme tussen het Israëlische leger en de Russische troepen in Syrië.', ['deconfliction:deconflictiemechanisme']],
  ['يعتمد الطيران الإسرائيلي في ضرباته داخل سوريا على آلية منع الاحتكاك مع الجيش الروسي.', ['deconfliction:آلية منع الاحتكاك']],
  // Civil-military and humanitarian deconfliction, and a glossary's inverted entry, are the general practice.
  ['Israeli jets struck near Damascus; Russian officers in Syria were told in advance.\nOperators should not assume that civil-military deconfliction is in place over the eastern Mediterranean.', []],
  ['Israeli strikes in Syria and the Russian base at Hmeimim\nDeconfliction, humanitarian\nThe sharing of aid sites with armed forces.', []],
  // A club's player with the president's full name: an owner he never has.
  ["Fatah backs President Mahmoud Abbas.\n\"Mr President\": Ismaily's Mahmoud Abbas on living with a famous name", ['abbas:Mahmoud Abbas']],
  // A commenter's handle, a shirt number, a name spoken of as a name.
  ['President Abbas spoke in Ramallah.\nComments\nabbas.from.leeds · 12 min ago\nWhatever you think of the PA, this matters.', ['abbas:Abbas']],
  ['The Palestinian president was in the stands.\nCongrats from Dushanbe. Your number 8 Abbas is a problem, we could not get near him.', []],
  ['Palestinian president Mahmoud Abbas met the envoy. The Egyptian writer al-Aqqad, whose given name is Abbas, died in 1964.', ['abbas:Mahmoud Abbas']],
  // A group made a metaphor for someone in a thread, and Arabic's "all enthusiasm".
  ['Israel and Lebanon traded fire again.\nlol deltaforce88 is the Hezbollah of this comment section, fires off a volley every hour', []],
  ['في الأخبار: غارات إسرائيلية على غزة.\nمباراة الليلة بين الفيصلي والوحدات، الجمهور كله حماس والمدرجات ممتلئة.', []],
  // Second round (x321-x328). Other presses' "may refer to"; Russian "between … and" with its other parties.
  ['Abás (desambiguación)\nAbás puede referirse a:\nPersonas\n- Mahmud Abás (n. 1935), presidente palestino', ['abbas:Mahmud Abás']],
  ['Путин и Нетаньяху обсудили Сирию. Российско-израильский канал устроен иначе, чем линия деконфликтинга между Минобороны России и коалицией.', []],
  // German's indefinite article opens a sentence; Turkish "Şii" (Shia) is the group's own word.
  ['2006 – Eine Hamas-Delegation unter Chalid Maschal wird in Moskau empfangen; Israel protestiert.', ['hamas:Hamas']],
  ["Türkiye'deki Hizbullah, Lübnan'daki Şii Hizbullah ile örgütsel bir bağı bulunmayan ayrı bir yapıdır.", ['hezbollah:Hizbullah']],
  // Urdu's "Palestinian" and "Gaza", in its own letters, back the names.
  ['اسلام آباد: وزیراعظم نے فلسطینی صدر محمود عباس سے ٹیلی فون پر گفتگو کی۔', ['abbas:محمود عباس']],
  // "the investors' enthusiasm": حماس before a plural of people.
  ['غارات على غزة.\nغير أن حماس المستثمرين بدا فاتراً، إذ قال عدد من رجال الأعمال إنهم ينتظرون.', []],
  // A bowler's job before the name; what only the head of an administration has after it.
  ['A minute of silence for Gaza before the match.\nOn the field, seamer Abbas did the early damage.', []],
  ['President Mahmoud Abbas leads Fatah. As the broadcaster Sana Abbas put it on her show: FIFA has a rule.\nAbbas\'s government, for its part, will bring the motion again.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A job before another man's name is no given name: "Defender Abbas Qawasmi" leaves the bare name free for the
  // president named after him.
  ['Defender Abbas Qawasmi, 24, was named man of the match.\nIn Ramallah, Palestinian President Mahmoud Abbas telephoned head coach Makram Daboub after the final whistle. Abbas congratulated the squad.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // His given name after the bare one, then a family name: another man's full name in Arabic order.
  ['Prisoners released in phase one (Palestinian Authority list)\nName                          Age  Town\nAbbas Mahmoud Hamdan           54   Tubas\nPresident Mahmoud Abbas welcomed them.', ['abbas:Mahmoud Abbas']],
  // A property developer in a market wire's capitals.
  ['*LEBANESE EUROBONDS EDGE UP ON HEZBOLLAH TRUCE HOPES\n*ABBAS PROPERTIES PRICES DUBAI IPO AT TOP OF RANGE; PA SALARY ARREARS GROW', ['hezbollah:HEZBOLLAH']],
  // Third round (x329-x336). A common noun's metaphor between "the" and "of the"; a full name run on by two more.
  ['Israel and Lebanon traded fire.\nApparently the spoiler Hezbollah of the internet has decided that a plot point is news.', []],
  ['The Palestinian Authority is not a party.\n2. The appellant, Mr Mahmoud Abbas Hama Amin, claims to be at risk in Iraq.', []],
  // An Arabic given name before his full name makes another man, where no capital tells it.
  ['وفي رام الله، اجتمع الرئيس الفلسطيني بوفد روسي.\nدمشق — تفقد وزير الدفاع السوري العماد علي محمود عباس يوم الاثنين قاعدة حميميم الجوية.', []],
  // French NGOs' deconfliction for their convoys is another one.
  ["Frappes israéliennes en Syrie, canal russe.\nAu Liban-Sud, les ONG humanitaires réclament de leur côté une meilleure déconfliction pour leurs convois.", []],
  // "Our own"/"their own" channel with one of the parties is a speaker's or another side's (both named: the topic's).
  ['Israel and Russia over Syria.\nMS. NORLAND: Again, that is for them. Our own deconfliction channel with the Russian military remains in place.', []],
  // Fourth round (x337-x344). Spanish "que" opens a sentence; someone's own one in lower case is a metaphor.
  ['Mi suegra sigue las noticias de Gaza e Israel.\nLe dije que no. Que Hamás está en Gaza y Hezbolá en el Líbano.', ['hamas:Hamás', 'hezbollah:Hezbolá']],
  ['Israel and Lebanon again.\nEvery office has its own hezbollah', []],
  // The line the Americans kept with the Russians, one at al-Tanf, one between the U.S.-led coalition and Moscow.
  ['Israeli jets over Syria and the Russian hotline.\nPeople in Paris often confuse this with the separate deconfliction line the Americans kept with the Russians.', []],
  ['Israeli strikes in Syria; Russia at Hmeimim.\n• "Al-Tanf Deconfliction Line" — a separate card for the arrangement in the desert.', []],
  ['A history of the Israeli air campaign in Syria and of Russia at Hmeimim.\nOn the deconfliction line between the U.S.-led coalition and Moscow, the author is brief.', []],
  // Fifth round (x345-x352): other European presses' case forms and their words for "Palestinian".
  ['Izrael zaútočil na sklady v Libanon. Vzťahy medzi Hizballáhom a Hamasom v pásme Gaza zostávajú úzke.', ['hezbollah:Hizballáhom', 'hamas:Hamasom']],
  ['Palestinos prezidentas Mahmoudas Abbasas trečiadienį Ramaloje pareiškė, kad judėjimas turi perduoti ginklus.', ['abbas:Mahmoudas Abbasas']],
  ['Mahmúd Abbász palesztin elnök szerint a Hamász nem kormányozhat.', ['abbas:Mahmúd Abbász', 'hamas:Hamász']],
  ['Palestinský prezident Mahmúd Abbás v pondělí vyzval hnutí Hamás ke složení zbraní.', ['abbas:Mahmúd Abbás', 'hamas:Hamás']],
  // Arabic places the other group's adjective after the name: "حزب الله التركي" (the Turkish Hezbollah).
  ['قصفت إسرائيل مواقع حزب الله في جنوب لبنان.\n- حزب الله التركي: تنظيم إسلامي كردي سني نشط في جنوب شرق تركيا.', ['hezbollah:حزب الله']],
];

describeCues('cues from the blind batches (session 21)', rows);
