// Cues found on session 19's blind batches (tune halves only): other presses' words for the arrangement's parties,
// and what stands right by a name. Each row fails without the rule it stands for; every other person named here is
// invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // German genitives and Italian adjectives name the arrangement's parties as English does.
  ['Die Luftwaffen Israels und Russlands stimmen sich über Syrien über einen Deconfliction-Mechanismus ab.', ['deconfliction:Deconfliction']],
  ["L'aviazione israeliana e i comandi russi in Siria usano da anni un meccanismo di deconfliction per evitare incidenti.", ['deconfliction:deconfliction']],
  // Spanish names the practice its own way; "entre … y …" names another arrangement's parties as "between … and …".
  ['Israel y Rusia mantienen abierto el mecanismo de desconflicción en Siria, según el ejército israelí.', ['deconfliction:desconflicción']],
  ['Israel y Rusia crearon en 2015 un canal para que sus aviones no choquen en Siria. No debe confundirse con la línea de desconflicción entre Estados Unidos y Rusia en el este de Siria.', []],
  // A peacekeeping mission's deconfliction is the mission's, on a page that established the arrangement.
  ['An Israeli official said Moscow had been notified through the Israel–Russia deconfliction mechanism over Syria. In Lebanon, UNIFIL said it had requested urgent deconfliction ahead of patrols near Naqoura.', ['deconfliction:deconfliction mechanism']],
  // Other presses' ages in commas name him, or someone else, as English ones do.
  ['Le président Mahmoud Abbas a reçu les médiateurs égyptiens. Le bureau a démenti que Yasser Abbas, fils du président, participerait aux contacts. « Il n\'a aucun rôle politique », a indiqué un porte-parole. M. Abbas, 89 ans, n\'a pas fait de commentaire.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['À Ramallah, Mahmoud Abbas, 24 ans, vend des légumes au marché central.', []],
  // Someone giving his own name in another language is a namesake; an age said outright names him again.
  ['Le président Mahmoud Abbas a parlé à Ramallah.\nAbbas_Marseille: Je m\'appelle Abbas et je n\'ose plus me présenter au téléphone.', ['abbas:Mahmoud Abbas']],
  ['Le président Mahmoud Abbas a parlé à Ramallah.\nAbbas_Marseille: Je m\'appelle Abbas et je n\'ose plus me présenter au téléphone. Sur le fond, Abbas a 89 ans, le vrai sujet c\'est la suite.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['@yalla_laughs · 3h\nabu mazen turning 90 this year and still preparing for elections', ['abbas:abu mazen']],
  // A name's gloss in the brackets that give a birth year is the same man's: someone else's when the year is not his.
  ['For the Palestinian president, see Mahmoud Abbas.\nMahmoud Abbas (Arabic: محمود عباس; born 3 March 1993) is an Iraqi professional footballer.', ['abbas:Mahmoud Abbas']],
  // An office he never held right before his full name: a namesake's.
  ['Basra council votes on water plan\n"People are drinking water that is not fit for animals," said council member Mahmoud Abbas, who tabled the motion, as Palestinian flags flew outside.', []],
  // Hindi and Bengali pages write the four names in their own scripts (text of our own, in those languages).
  ['फ़िलिस्तीनी राष्ट्रपति महमूद अब्बास ने प्रधानमंत्री से बात की। इस बीच हमास ने कहा कि वह ग़ज़ा में युद्धविराम के लिए तैयार है। लेबनान में हिज़्बुल्लाह ने चेतावनी दी।', ['abbas:महमूद अब्बास', 'hamas:हमास', 'hezbollah:हिज़्बुल्लाह']],
  ['ফিলিস্তিনের প্রেসিডেন্ট মাহমুদ আব্বাস বলেছেন, গাজায় যুদ্ধবিরতি দরকার। দোহায় হামাস ও ইসরায়েলের আলোচনা চলছে। লেবাননের হিজবুল্লাহ সতর্ক করেছে।', ['abbas:মাহমুদ আব্বাস', 'hamas:হামাস', 'hezbollah:হিজবুল্লাহ']],
  // "I am Mahmoud Abbas" gives one's own name; what a namesake is asked to be related to is the famous one.
  ['Westfield High valedictorian\n"Yes, I am Mahmoud Abbas. No, I am not the president of Palestine," he told the crowd.', []],
  ['Westfield High valedictorian\nMahmoud Abbas, 18, drew laughs in his speech. Abbas said teachers asked whether he was related to President Abbas. Abbas thanked his parents.', ['abbas:Abbas']],
  ['Genealogy forum\nMy grandfather Yacine Hamas came from Setif. Since the Gaza war, every time I give my last name at the pharmacy somebody asks if I\'m related to Hamas.', ['hamas:Hamas']],
  // Another deconfliction on a page that established the arrangement: its meaning spoken of, who runs it said right
  // after it, a controller's word for the practice, a Romance adjective after it.
  ['Israel has its own arrangement with Moscow, the Israeli-Russian deconfliction mechanism over Syria. To me "deconfliction" will always mean the radar service. What does "deconfliction" mean anyway?', ['deconfliction:deconfliction mechanism']],
  ['Israel and Russia agreed a deconfliction mechanism over Syria in 2015. It was separate from the deconfliction line the Pentagon opened with Moscow, and from the same deconfliction line the Americans use.', ['deconfliction:deconfliction mechanism']],
  ['Israel and Russia keep their deconfliction hotline over Syria. Normal ATC deconfliction is vertical separation and headings.', ['deconfliction:deconfliction hotline']],
  ["Israele e Russia mantengono la deconfliction in Siria. «La deconfliction civile è una questione di traffico», spiega un ex ufficiale.", ['deconfliction:deconfliction']],
  ["Israël et la Russie utilisent un mécanisme de deconfliction en Syrie. La ligne de deconfliction russo-américaine n'est pas concernée.", ['deconfliction:deconfliction']],
  // "un contrabandista llamado Abbás": someone so named, in other presses too; a Turkish-Russian arrangement is another.
  ['La novela arranca en Ramallah, donde un contrabandista palestino llamado Abbás mueve cigarrillos.', []],
  ["Israël et la Russie ont un mécanisme de deconfliction en Syrie. Ce canal n'a rien à voir avec la deconfliction turco-russe.", ['deconfliction:deconfliction']],
  // An armed group's words back only the group's own spelling: other militias called Hizbullah have commanders too.
  ['Jombang renames street after revolution-era Hizbullah commander\nThe road is now named after a local cleric who led a Hizbullah company during the fighting around Surabaya in 1945.', []],
  // Turkish and Indonesian words for Gaza, Israel, Palestinians and the ceasefire back the group's name.
  ["Dışişleri Bakanı, Hamas heyetiyle Gazze'deki ateşkesi görüştü.", ['hamas:Hamas']],
  ['Perundingan gencatan senjata berlanjut; Hamas mengatakan sandera akan dibebaskan bertahap.', ['hamas:Hamas']],
  // Indonesian names the practice and another arrangement's parties its own way ("antara … dan …").
  ['Pejabat militer Israel dan Rusia sepakat mempertahankan mekanisme dekonfliksi di Suriah. Secara terpisah, saluran dekonfliksi antara militer Amerika Serikat dan Rusia tetap berjalan.', ['deconfliction:dekonfliksi']],
  // Arabic's article before a lower-case hamas in Latin letters: the word (zeal), not the movement.
  ['Gaza ceasefire talks resume. Off topic: there is an old shaabi song with a line that sounds like "el hamas mawgood", is it slang?', []],
  // "Other people with the surname Abbas": the name spoken of.
  ['See also\n• Palestinian presidential election, 2005\n• Other people with the surname Abbas', []],
  // A cited author's initial before the name opens a work's title, not a person's name.
  ['Week 7: Palestinian Islamism\n– Hroub, K. Hamas: Political Thought and Practice. The standard introduction to the Palestinian movement.', ['hamas:Hamas']],
  // A possessive's full stop ends a sentence too: "…from Hamas's. Abbas's Fatah…" has no owner before "Abbas's".
  ["Iran's foreign minister Abbas Araghchi flew to Doha. President Mahmoud Abbas condemned the strikes. The presidency's statement differs in tone from Hamas's. Abbas's Fatah movement has long accused Iran of meddling.", ['abbas:Mahmoud Abbas', 'hamas:Hamas', 'abbas:Abbas']],
  // Arabic and Persian pages: Lebanon and Beirut in Arabic back Hezbollah; Persian writes it with a zero-width non-joiner.
  ['غارات إسرائيلية على الجنوب و«حزب الله» يحذّر، بحسب وزارة الصحة اللبنانية في بيروت', ['hezbollah:حزب الله']],
  ['عباس عراقچی در بیروت: «ایران از حزب\u200cالله لبنان حمایت می\u200cکند.»', ['hezbollah:حزب\u200cالله']],
  ['Ce qu’Abou Mazen ne dit pas sur Gaza. #Palestine #AbouMazen', ['abbas:Abou Mazen', 'abbas:AbouMazen']],
  // Set apart from him after his full name ("no, not that one"), "our Mahmoud Abbas", "a Mahmoud Abbas who…",
  // "Abbas — like the Palestinian leader?", and a Spanish age ("de 27 años").
  ['Amman Eats @amman_eats\nMeet Mahmoud Abbas (no, not that one), 62, who bakes ka\'ak near Ramallah Street.\n@jordan_jokes · Finally a Mahmoud Abbas who delivers something every morning\n@amman_eats · our Mahmoud Abbas has no plans to run for anything in Palestine', []],
  ['I applied for a bank job in Gaza City. "Abbas — like the Palestinian leader?" the interviewer said.', []],
  ['Palestino, el club de Santiago con raíces en Palestina. «En mi casa nunca se habló de otro equipo», cuenta Abbas, de 27 años, tras el entrenamiento.', []],
  // Russian names the practice "деконфликтинг", with its own words for the parties and for Syria.
  ['По данным источника, израильская сторона уведомила российских военных в Сирии через линию деконфликтинга.', ['deconfliction:деконфликтинга']],
  // A group's name in lower case made a common noun: "the kale hezbollah", "the hezbollah of cardamom".
  ['LIFE & ARTS\nCelebrity chef hits back at "the kale hezbollah" after Israeli critics panned his menu.', []],
  ['My uncle in Beirut calls them "the hezbollah of cardamom" because they guard the coffee.', []],
  ['Israeli jets could hit iranian & hezbollah targets in Lebanon, analysts said.', ['hezbollah:hezbollah']],
  // What a scorer does right after a full name: a footballer of his name, whom the page's later bare name means.
  ["ARAB WORLD TODAY\nSPORT\nAl-Faisaly's Mahmoud Abbas scores twice in Amman derby\nThe 24-year-old striker, of Palestinian descent, was mobbed by fans. Abbas now has nine goals.", []],
  // Arabic حماس beside an English gloss of zeal, with nothing of the movement in its clause: the word.
  ['Arabic Language Stack › Vocabulary\nI live in Gaza and teach Arabic. Is حماس closer to "enthusiasm" or to "passion"?', []],
  // Arabic "President Abbas" is one of his names.
  ['رام الله - استقبل الرئيس عباس اليوم وفداً أوروبياً في مقر الرئاسة.', ['abbas:الرئيس عباس']],
  // "separate from the deconfliction channel…" sets another arrangement apart; "Late Abbas goal keeps…" scores.
  ['Israel and Russia agreed a deconfliction line over Syria in 2015. The arrangement is separate from the deconfliction channel that US commanders use.', ['deconfliction:deconfliction line']],
  ["President Mahmoud Abbas congratulated the team.\nLate Abbas goal keeps Palestine's qualifying hopes alive", ['abbas:Mahmoud Abbas']],
  // Arabic and Hebrew name the practice their own way ("منع الاشتباك", "מניעת החיכוך"), with their words for the parties.
  ['قال الجيش الإسرائيلي إنه أبلغ القوات الروسية في سوريا عبر آلية منع الاشتباك قبل تنفيذ الغارات.', ['deconfliction:آلية منع الاشتباك']],
  ['לדברי צה"ל, רוסיה עודכנה מראש באמצעות מנגנון מניעת החיכוך לפני התקיפה בסוריה.', ['deconfliction:מנגנון מניעת החיכוך']],
  // Arabic's idioms of enthusiasm ("بكل حماس", "حماس كبير") are the word, beside the story's words too.
  ['استقبلت المصالحة في غزة بكل حماس في أيامها الأولى، ثم تراجع الأمل.', []],
  // Polish declines the names and the practice; Italian names another arrangement's parties "tra … e …".
  ['Izrael i Rosja utrzymują mechanizm dekonfliktacji nad Syrią. To jedno z najostrzejszych wystąpień wobec Hamasu od początku wojny w Gazie, a Mahmuda Abbasa nikt nie słucha.', ['deconfliction:dekonfliktacji', 'hamas:Hamasu', 'abbas:Mahmuda Abbasa']],
  ["Israele e Russia usano un meccanismo di deconfliction in Siria. Diverso il caso della linea di deconfliction tra Stati Uniti e Russia.", ['deconfliction:deconfliction']],
  // A waiter "camarero Abbas"; "the Hezbollah of the herb beds"; "Abbas (Arabic: عباس) is an Arabic given name".
  ['En Ramallah, según la prensa palestina, el camarero Abbas me sirve el café cada mañana.', []],
  ['Beirut is far from the Bramley Lane allotments, where a group I think of as the Hezbollah of the herb beds meets.', []],
  ['Abbas (disambiguation)\nAbbas (Arabic: عباس) is an Arabic given name and surname. For the Palestinian president, see Mahmoud Abbas.', ['abbas:Mahmoud Abbas']],
  // A sentence's first word in -s before a bare name is a given name, not a verb.
  ['SANTIAGO — Matías Abbas nació en La Cisterna en 1997, pero su bisabuelo llegó de Palestina.', []],
  // A bare name quoted and spoken of is the name: 'outlets never call Araghchi "Abbas" on its own'.
  ['President Mahmoud Abbas met the Saudi crown prince. Western outlets almost never call Araghchi "Abbas" on its own.', ['abbas:Mahmoud Abbas']],
  // "AFP PHOTO / ABBAS MOMANI": a credit; Russian "Хезболлах" is Hezbollah.
  ['Supporters of Hamas chant during a rally in Gaza. AFP PHOTO / ABBAS MOMANI', ['hamas:Hamas']],
  ['Казахстан приветствует прекращение огня между Израилем и «Хезболлах» в Ливане.', ['hezbollah:Хезболлах']],
  // "حماس الشباب" (the youth's enthusiasm): Arabic's idiom of the word, beside the story's words too.
  ['في غزة قال المخرج إن حماس الشباب كان كبيراً، كلنا كنا نحلم بالدولة.', []],
  // "Iran's foreign minister, Abbas,": a ministry he never held.
  ['President Mahmoud Abbas spoke in Ramallah. CLAIM: "Iran\'s foreign minister, Abbas, promised to arm the West Bank."', ['abbas:Mahmoud Abbas']],
  ['في رام الله كان حماس الجماهير في الملعب كبيراً قبل المباراة مع غزة.', []],
];

describeCues('cues from the blind batches', rows);
