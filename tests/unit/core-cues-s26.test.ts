// Cues found in session 26 on the tune halves (the corpus's and new blind batches'). Each row fails without the rule
// it stands for, except the ones marked as what a rule leaves alone. Public figures appear as the news names them;
// every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // The home country's adjective in any press's inflection is the group's own ("Leban*", "Liban*" stems):
  // Swedish, Czech and Finnish forms no list held.
  ['Libanesiska Hizbollah skrev i ett uttalande att motståndet fortsätter.', ['hezbollah:Hizbollah']],
  ['Libanonský Hizballáh oznámil, že jeden z jeho velitelů zahynul při izraelském útoku.', ['hezbollah:Hizballáh']],
  // (Left alone: another country's modifier still makes it another group.)
  ['Irakiska Hizbollah tog på sig attacken mot basen.', []],
  // The Czech and Romanian presses' words for the two parties, Syria and the arrangement itself.
  ['Moskva obvinila Izrael, že při náletu v Sýrii porušil mechanismus dekonflikce dohodnutý v roce 2015.', ['deconfliction:dekonflikce']],
  ['Moscova a acuzat Israelul că a folosit linia de deconflictare cu un minut înainte de atacul din Siria.', ['deconfliction:deconflictare']],
  // (Left alone: an American party in the same words makes it the other line.)
  ['Statele Unite și Rusia au semnat un memorandum de deconflictare pentru Siria, fără Israelul.', []],
  // A hyphenated or accented job before a bare name ("left-back Abbas", "le médecin Abbas") is a job as much as
  // "striker Abbas" is: the job list is looked up by the same keys the words get.
  ['Palestine qualifier, match thread.\nOur left-back Abbas is having a nightmare, that is twice he has been skinned.', []],
  // A quotation mark that is a possessive's apostrophe closes no quotation: '"Hezbollah's welfare…"' is a title
  // that uses the name, not the name spoken of.
  ['Seminar series. 23 Oct: "Hezbollah\'s welfare institutions after 2006", with a visiting speaker from Beirut.', ['hezbollah:Hezbollah']],
  // The Arabic press sets a group's name in guillemets as a matter of style: «حزب الله» is used, not spoken of.
  ['بيروت - شنّ الطيران الإسرائيلي فجر اليوم غارات على عدد من البلدات في جنوب لبنان، ما أدى إلى سقوط قتيلين بحسب وزارة الصحة في تقرير مسائي مفصل.\nوقال مصدر مقرّب من «حزب الله» إن الحزب «لن يبقى مكتوف الأيدي» إذا استمرت الاعتداءات على القرى الحدودية.', ['hezbollah:حزب الله']],
  // (Left alone: the name in quotation marks as a word, 'spells it "Hizballah"'.)
  ['Some government documents still spell it "Hizballah", a reader notes.', []],
  // "pro-Hezbollah Al-Manar": a name made an adjective qualifies the name after it, which is not more of its own.
  ['In Beirut, the pro-Hezbollah Al-Manar channel broadcast the ceremony live.', ['hezbollah:Hezbollah']],
  ['Pro-Hamas Arabic-language channels have described the council in Gaza as illegitimate.', ['hamas:Hamas']],
  // Other presses' sentence openers are no given names ("Warum Abbas…", "Solange Abbas lebt", "Według Abbasa"), and
  // their words for "Mr" are his titles as "Mr" is ("Herr Abbas", Indonesian "Pak Abbas").
  ['Palästinenser. Kommentar: Warum Abbas keinen Nachfolger aufbaut', ['abbas:Abbas']],
  ['Palestina. "Kami ingin Pak Abbas tahu bahwa Indonesia bersama Palestina," katanya.', ['abbas:Abbas']],
  // Romance presses capitalise institutions: "el Gobierno de Abás" is the government of Abbas, not a "de" in a name.
  ['El Gobierno de Abás, con sede en Ramala, coordina la ayuda a los palestinos.', ['abbas:Abás']],
  // (Left alone: a given name before "de" makes it one, "Yasmina de Abás".)
  ['La ganadora fue Yasmina de Abás, de Valencia.', []],
  // The group's own people acting where another group's country is named ("Hezbollah fighters fired at a base in
  // Iraq") are its people, on a page that has not yet established either group.
  ['A letter to the editor. The writer said that Hezbollah fighters had fired rockets at an American base in Iraq.', ['hezbollah:Hezbollah']],
  // A lower-case form beside the words for what the Arabic word means (enthusiasm, hype, passion) is that word.
  ['Wedding video comments\nmira: the guy on the drum has unreal energy, hamas = hype!\nkarim: my dad left early to watch the news about the Hamas ceasefire deal in Gaza', ['hamas:Hamas']],
  // (Left alone: the group's own words in its clause, whatever the case.)
  ['lol the energy in this thread. anyway hamas said it accepted the gaza ceasefire proposal', ['hamas:hamas']],
  // A disclaimer with a word inside it ("no organisational link to the Lebanese …") sets the name apart as the plain
  // "no link to" did: its words back no mention.
  ['Police operations in Diyarbakir. The group, known in Turkish simply as Hizbullah, has no organizational link to the Shiite Lebanese organization.', []],
  // (…but where the name is the disclaimer's object, the words after it are its own: "no link to Hamas in Gaza".)
  ['In 2007 an Iraqi armed faction announced itself as Hamas of Iraq. It had no organisational link to Hamas in Gaza; the name was chosen for its prestige.', ['hamas:Hamas']],
  // Other presses' words for his title and story: Arabic "للرئيس" (to the president, with its proclitic), Russian
  // "Палестинской" (the Palestinian administration's), Arabic "منظمة التحرير" (the PLO), Persian "کرانه باختری".
  ['على الجدار خلفه صورة قديمة للرئيس محمود عباس إلى جانب صورة للمسجد الأقصى.', ['abbas:محمود عباس']],
  ['Фото 1 из 4. Председатель Палестинской национальной администрации Махмуд Аббас выступает на заседании.', ['abbas:Махмуд Аббас']],
  // A German or Dutch compound headed by a common noun ("Abbas-Regierung", "Abbas-Vertrauter") is no double surname.
  ['Palästinenser. Umfragen zeigen seit Jahren, dass die Abbas-Regierung vielen Palästinensern als korrupt gilt.', ['abbas:Abbas']],
  // (Left alone: a surname after the hyphen, "Lina Abbas-Meyer".)
  ['Palästinenser. Lina Abbas-Meyer, Abgeordnete der Grünen, sprach im Plenum.', []],
  // A lifespan right after the name whose first year is not his birth year: someone else ("Abbas (1944–2018)").
  ['A portrait of Palestinian President Mahmoud Abbas opens the sale.\nLot 12\nAbbas (1944–2018)\nTehran, demonstrators, 1978. Gelatin silver print.', ['abbas:Mahmoud Abbas']],
  ['Mahmoud Abbas may refer to:\n• Mahmoud Abbas (born 1935), Palestinian president since 2005\n• Mahmud Abbas (1913–1979), Iraqi poet and translator', ['abbas:Mahmoud Abbas']],
  // (Left alone: a term of office in a list of presidents, "Mahmoud Abbas (2005–)".)
  ['Presidents of the Palestinian Authority: Yasser Arafat (1994–2004) · Mahmoud Abbas (2005–)', ['abbas:Mahmoud Abbas']],
  // Other presses' jobs before a bare name: French "le photographe Abbas", German "Busfahrer Abbas".
  ['Israël et Gaza en une. Exposition à Paris : le photographe Abbas, membre de l\'agence Magnum, signait ses images d\'un seul nom.', []],
  ['NAHOST: ISRAEL GREIFT IM GAZASTREIFEN AN\nHELD VON HAGEN: BUSFAHRER ABBAS RETTET 23 KINDER AUS BRENNENDEM SCHULBUS', []],
  // The group's own part in another group's country ("Hezbollah's role in … Iraq") is the group's, as its fighters are.
  ['The council declared Lebanon\'s Hezbollah a terrorist organisation.\nIts head said the decision reflected Hezbollah\'s role in conflicts in Syria, Yemen and Iraq.', ['hezbollah:Hezbollah', 'hezbollah:Hezbollah']],
  // A bare Arabic عباس on a page that has firmly named him, with grammar on either side ("وقال عباس في كلمة")…
  ['رام الله - قال الرئيس محمود عباس إن لا دولة في غزة ولا دولة من دون غزة.\nوقال عباس في كلمة متلفزة إن حماس مطالبة بتسليم سلاحها.', ['abbas:محمود عباس', 'abbas:عباس', 'hamas:حماس']],
  // (…but not beside another name or a place's word, which no capital shows: "عباس عراقجي", "بندر عباس".)
  ['رام الله - قال الرئيس محمود عباس إن لا دولة في غزة ولا دولة من دون غزة.\nوصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط. حريق في ميناء بندر عباس.', ['abbas:محمود عباس']],
  // A headline opening with the bare Arabic name and its verb waits for the page, which names him below it…
  ['عباس يدعو حماس إلى الحوار في القاهرة\nرام الله - دعا الرئيس الفلسطيني محمود عباس حركة حماس إلى الحوار.', ['abbas:عباس', 'hamas:حماس', 'abbas:محمود عباس', 'hamas:حماس']],
  // …and after his own verb, what follows is its object, not another name ("أقال عباس حكومة…", he dismissed the government).
  ['كان محمود عباس من مؤسسي حركة فتح في الخمسينيات ثم انتخب رئيساً للسلطة الفلسطينية.\nوبعد سيطرة حماس على قطاع غزة عام 2007 أقال عباس حكومة إسماعيل هنية.', ['abbas:محمود عباس', 'hamas:حماس', 'abbas:عباس']],
  // (Left alone: a given name the lists lack before it, on a page that has not named him: "هيام عباس".)
  ['Hiam Abbass\nهيام عباس\nBorn 1960 in Nazareth. She is not related to the Palestinian president Mahmoud Abbas.', ['abbas:Mahmoud Abbas']],
  // Other languages' "my name is": Swedish "Jag heter Abbas", Dutch "Ik heet", Portuguese "Me chamo", Turkish "Benim adım".
  ['Tråd om Gaza och Ramallah. PS. Jag heter Abbas men är inte släkt med presidenten, innan någon frågar.', []],
];

describeCues('cues from session 26', rows);
