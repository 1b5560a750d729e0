// More rules that read the text around a name (core/person-rules.ts, core/namesake.ts, core/sport.ts,
// core/arrangement-rules.ts): namesakes of the topics, sports items, other presses' word order, and the agreement's
// field. Each row fails without the rule it stands for; every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // News about the topics shares words with sports reports: those are no sports item.
  ['President Mahmoud Abbas arrived in Cairo.\nAbbas addressed the Arab League summit on Sunday.\nAbbas, 89, was treated for a bout of pneumonia.\nAbbas has been a fixture of regional diplomacy for decades.\nAbbas ruled out any transfer of power before elections.\nScores of people gathered as Abbas spoke.', ['abbas:Mahmoud Abbas', 'abbas:Abbas', 'abbas:Abbas', 'abbas:Abbas', 'abbas:Abbas', 'abbas:Abbas']],
  // A table cell that writes a person surname first ("Hamas, Yacine |", "Benali, Abbas |").
  ['Top scorers (Gaza relief cup)\n| Hamas, Yacine | MC Oran | 7 |\n| Benali, Abbas | ES Sétif | 6 |', []],
  // Other presses place the group after its name or before it in lower case.
  ["Le procès porte sur des fonds collectés au profit du Hezbollah turc, une organisation islamiste kurde.", []],
  ["L'accusé conteste tout lien avec le Hizbullah de Turquie.", []],
  ['Der Prozess gegen Anhänger der türkischen Hisbollah begann in Stuttgart.', []],
  ["Des frappes israéliennes visent des positions du Hezbollah dans le sud du Liban.", ['hezbollah:Hezbollah']],
  // A word with a full stop ends what came before; no family is anti-itself.
  ['Quiz: the Gaza Strip since 2007\nQ1. Hamas took control of the Gaza Strip in which year?', ['hamas:Hamas']],
  ['ISRAEL STRIKES GAZA AGAIN\nANTI-HAMAS CLAN LEADER KILLED IN GAZA CITY', ['hamas:HAMAS']],
  // A listed name broken over two lines is still one name.
  ["Hezbollah fired rockets from Lebanon.\nMap legend: Red — Kata'ib\nHezbollah (brigades 45, 46)", ['hezbollah:Hezbollah']],
  // His title in an appositive establishes him, on a page that named another Abbas last.
  ['Mahmoud Abbas met Iran\'s Abbas Araghchi in Doha. Abbas, the president, later flew home.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // One Arabizi word beside a lower-case hamas is enough: zeal, not the movement.
  ['Gaza was on the news again. UM KHALED: ana ma 3ad 3andi hamas la siyase.', []],
  // The text says it is someone else: a role in brackets, "no relation", "not the president".
  ['President Mahmoud Abbas wrote the preface. Abbas (the director, no relation) narrates the film.', ['abbas:Mahmoud Abbas']],
  ['President Mahmoud Abbas chaired the meeting. One member said Abbas — the veteran, not the president — walked out.', ['abbas:Mahmoud Abbas']],
  // A product or notice of the practice right after the word.
  ['Israel and Russia both fly jets over Syria. Regulators trial deconfliction software for delivery drones.', []],
  // An appositive with "a" or "an" gives a role too; a job right before a bare name, in any case.
  ['Mahmoud Abbas spoke in Ramallah. At the briefing, Abbas, a journalist from Hebron, asked the first question.', ['abbas:Mahmoud Abbas']],
  ['PRESIDENT ABBAS HOSTS DIRECTOR ABBAS FOR A SCREENING IN RAMALLAH', ['abbas:ABBAS']],
  // Other presses' word for the Iraqi brigades.
  ['Im Irak drohten die Hisbollah-Brigaden mit Vergeltung gegen US-Truppen.', []],
  // An initial before a surname is someone's name, not "U.S." or a French "M." (Monsieur).
  ['Qualifiers | Gaza relief match | A. Abbas | PAK | d. T. Lindqvist (SWE) 6-2 6-3', []],
  ['Mahmoud Abbas spoke at the UN. At the Fatah meeting, Abbas, the spokesman, declined to comment.', ['abbas:Mahmoud Abbas']],
  ["Le président Mahmoud Abbas a nommé un gouvernement. Le conseiller de M. Abbas a balayé ces critiques selon l'AFP.", ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // The parties alone are not enough: one of the field's words must be near (a drone show's crew from Moscow and Israel).
  ['The cinematographer trained in Moscow before moving to Israel. A coordinator handled deconfliction of the twelve drones from a van.', []],
  ['The cinematographer trained in Moscow before moving to Israel. Over Syria, deconfliction lets Israeli jets strike.', ['deconfliction:deconfliction']],
  // A sports item's bare name is an athlete's, unless its clause has the topic's own words.
  ['WORLD: ISRAEL STRIKES GAZA AGAIN ▸ BOXING: HAMAS STAYS UNBEATEN ON SPLIT DECISION ▸ CRICKET: ABBAS TAKES FOUR WICKETS', []],
  ['Hamas fighters crossed from Gaza. Sport: Abbas congratulates the Palestinian football team on its win.', ['hamas:Hamas', 'abbas:Abbas']],
  // A citation: surname, given name and year in brackets; an author-date reference.
  ['Notes on the Gaza war and Israel\n4. Qasim, Hadi; Abbas, Nour (2021). Brokers and Guarantors. Leiden.', []],
  ['Mahmoud Abbas spoke in Ramallah.\n7. Ibid., Abbas (2019), p. 233.', ['abbas:Mahmoud Abbas']],
  ['Palestinian presidents: Arafat (1994–2004), Abbas (2005–).', ['abbas:Abbas']],
  // A job or title he never had right before the full name, or someone giving his own name: a namesake.
  ['Transfer news from Cairo: Egyptian midfielder Mahmoud Abbas has signed a two-year deal. Abbas wears the number 8.', []],
  ['Mahmoud Abbas spoke in Ramallah. In Tanta, winger Mahmoud Abbas came on at half-time. Abbas set up the equaliser.', ['abbas:Mahmoud Abbas']],
  // What a namesake said before the name is what she speaks of, not who she is.
  ['President Mahmoud Abbas postponed the vote. Dr Leila Abbas, a political scientist, studied why.\n"The fear was not losing to Hamas," Abbas said.', ['abbas:Mahmoud Abbas', 'hamas:Hamas']],
  ['Mahmoud Abbas spoke in Ramallah. Screening tools also flag customers surnamed Abbas.', ['abbas:Mahmoud Abbas']],
  ['My name is Mahmoud Abbas and I teach chemistry in Ohio; students ask about Palestine every term.', []],
  ['Palestinian leader Mahmoud Abbas met the Egyptian president in Cairo.', ['abbas:Mahmoud Abbas']],
  ['Mahmoud Abbas spoke in Ramallah on Sunday. At the club, Abbas, the defender, trained alone.', ['abbas:Mahmoud Abbas']],
  // Where capitals tell nothing (a headline in capitals, a title-case table line), a given name beside it is a person's.
  ['CRICKET: QAMAR ABBAS NAMED PAKISTAN A CAPTAIN FOR SERIES\nFANTASY PICKS — DIFFERENTIAL: Tariq Hamas (DEF, £4.9m)', []],
  ['ERDOGAN, ABBAS DISCUSS GAZA TRUCE IN ANKARA\nMAHMOUD ABBAS URGES CALM AS HAMAS TALKS STALL', ['abbas:ABBAS', 'abbas:MAHMOUD ABBAS', 'hamas:HAMAS']],
  // A player-ratings row opens with the player's surname and a mark out of ten.
  ['Hamas officials in Gaza rejected the plan.\nPlayer ratings\nHamas 7 – Won nearly every header.\nAbbas 6.5 – Quiet first half.', ['hamas:Hamas']],
  // A bare Abbas who is someone else backs no Hamas beside him; a page that has established one of the story's
  // subjects needs nothing more for a bare Hamas.
  ['Match report\nAbbas and Hamas both scored in the second half at Eastfield.', []],
  ["The Key Battle: Abbas v Hamas\nEastfield's top scorer Tariq Abbas meets Dockside centre-back Karim Hamas on Saturday.", []],
  [`President Mahmoud Abbas gave a long interview to a weekly.\n${'The weather held over the valley for most of the week. '.repeat(5)}\nThe chapters on the 2007 split with Hamas are the strongest.`, ['abbas:Mahmoud Abbas', 'hamas:Hamas']],
  // Someone surnamed Hamas: the bare name in the next sentence is the person, unless its clause has the group's words.
  ['Hamas officials in Gaza rejected the plan. Defender Karim Hamas signed for Porto this morning. Hamas will wear the number 5 shirt.', ['hamas:Hamas']],
  ['Hamas officials in Gaza rejected the plan. Surgeon Rania Hamas denied the army claim that Hamas fighters used the ward.', ['hamas:Hamas', 'hamas:Hamas']],
  ['Hamas officials in Gaza rejected the plan. Defender Karim Hamas said he has no connection to Hamas at all.', ['hamas:Hamas', 'hamas:Hamas']],
  [`Hamas officials in Gaza rejected the plan. The boxer Nadir Hamas won in Lyon.\n${'The weather held over the valley for most of the week. '.repeat(5)}\nLater that night Hamas gave his belt to a children's charity.`, ['hamas:Hamas']],
  [`Hamas officials in Gaza rejected the plan. Our guest is the historian Leila Hamas.\n${'The weather held over the valley for most of the week. '.repeat(5)}\nQ: What did you find?\nHAMAS: Letters, mostly.`, ['hamas:Hamas']],
  [`Hamas officials in Gaza rejected the plan. Goalkeeper Mirza Hamas signed shirts in Flensburg.\n${'The weather held over the valley for most of the week. '.repeat(5)}\n"I remember who sent us food," Hamas said. Payments to Hamas were frozen.`, ['hamas:Hamas', 'hamas:Hamas']],
  ['Hamas officials in Gaza rejected the plan.\nPhoto: Yusuf Hamas\nHamas spent three winters in the city.', ['hamas:Hamas']],
  // A quotation's closing mark ends a sentence too: the next one's subject is the person, not the quote's places.
  ['Hamas officials in Gaza rejected the plan.\nPhoto: Yusuf Hamas\nHe says "everyone in Ramallah knows this square." Hamas spent three winters there.', ['hamas:Hamas']],
  // The group's founding charter and founding year are its own, beside an interviewee who bears its name.
  ['Historian Samira Hamas, whose new book traces the Islamist movement, talks about names and Hamas\'s founding charter.\nHAMAS: It is an old family name from Nablus. When Hamas appeared in 1987, my father joked about changing it.', ['hamas:Hamas', 'hamas:Hamas']],
  ['Defender Karim Hamas signed on Monday. The league has refused to label Hamas a terrorist organisation.', ['hamas:Hamas']],
  ['Dr Walid Hamas, an epidemiologist, said the figures published by the Hamas-run health ministry held up.', ['hamas:Hamas']],
  ['Gaza figures are disputed. Someone replies that Hamas is my father\'s name, which it is.', []],
  ['Fans in Tunis cheered. Defender Yacine Hamas signed on Monday. Since the Israel-Hamas war began, he said, people ask about his name.', ['hamas:Hamas']],
  // At a row's or sentence's start, a capital before one of the group's roles is the sentence's; a place still names another group.
  ['| Khalil al-Hayya | Chief Hamas negotiator, based in Doha |\nKurdish Hizbullah militants were jailed in Diyarbakir.', ['hamas:Hamas']],
  // Its own modifier right before it, nearer than another party's name; one side named after it, another before.
  ['Russia stayed in Syria. Unlike the American channel, the Israeli deconfliction line ran on personal trust.', ['deconfliction:deconfliction line']],
  ['Israel struck Syria again. A US official told reporters on Tuesday that military deconfliction talks with Russia would resume.', []],
  // One of the group's people named right after it, as other presses write it; "Hamas Hassan," alone is a person.
  ['Le chef politique du Hamas Ismaïl Haniyeh a été tué à Téhéran.\nEl diputado de Hezbolá Hassan Fadlallah afirmó que Israel atacó el sur del Líbano.', ['hamas:Hamas', 'hezbollah:Hezbolá']],
  // A street named after someone names no one the page's bare name could mean; "M." in a short French caption is "Monsieur".
  ["Le président palestinien Mahmoud Abbas est arrivé à Alger, où la foule attendait boulevard Ferhat-Abbas.\nLa visite d'Abbas intervient alors qu'Alger prépare un sommet.", ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['1/4 – Le président palestinien Mahmoud Abbas accueille le ministre.\n3/4 – M. Abbas et son hôte se recueillent.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // "The other Hamas" standing alone is another group; "the other Hamas leaders" are the group's.
  ['Hamas controls Gaza. Then there is the other Hamas, a party that Israeli strikes never touched. The other Hamas leaders stayed in Doha.', ['hamas:Hamas', 'hamas:Hamas']],
  // French "un" is an article, not the UN, unless the UN is written in capitals near.
  ['Israël et la Russie ont mis en place un mécanisme de déconfliction en 2015 pour éviter les incidents en Syrie.', ['deconfliction:déconfliction']],
  ['The UN said Israel and Russia had not told it of a deconfliction line for aid convoys in Syria.', []],
  // A headline's arrangement waits for the story under it to name its parties.
  ['Inside The Deconfliction Hotline\nHow Israel and Russia kept their deconfliction mechanism working over Syria.', ['deconfliction:Deconfliction Hotline', 'deconfliction:deconfliction mechanism']],
  ['Inside The Deconfliction Hotline\nHow American and Russian officers kept their deconfliction line working over Syria.', []],
  // A page that established the arrangement and then named another: its own party in the sentence, no other party.
  [`Israel and Russia kept their deconfliction mechanism over Syria. Washington and Moscow had a deconfliction channel of their own.\n${'The weather held over the valley for most of the week. '.repeat(3)}\nTwo new studies look at the deconfliction line and how Israel used it.`, ['deconfliction:deconfliction mechanism', 'deconfliction:deconfliction line']],
  // A page that also names someone by the surname: a bare form needs the topic's own words beside it, whoever the
  // page named last; "Mr Abbas" keeps the page's usage.
  ['Mahmoud Abbas has ruled for two decades. The historian Rania Abbas disagrees with his critics. Abu Mazen has not replied.\nAbbas said the archive would stay open.\nAbbas told the Palestinian cabinet he would travel.\nMr Abbas later left for Amman.', ['abbas:Mahmoud Abbas', 'abbas:Abu Mazen', 'abbas:Abbas', 'abbas:Abbas']],
  // A person introduced by the name; a list of pages with the name as their title.
  ['Israel fought Hamas in Gaza. In our league a guy called Hamas scores for the Jerusalem side.', ['hamas:Hamas']],
  ['Israel and Gaza are in the news. This index lists pages associated with the title Hamas.', []],
  // Turkish places spelled with a dotless ı are the places the rules list.
  ['Hezbollah fired rockets at northern Israel from Lebanon. A court in Diyarbakır retried a Hizbullah suspect on Monday.', ['hezbollah:Hezbollah']],
  // "Mazen" alone before the surname is a son of his, not "Abu Mazen".
  ['President Mahmoud Abbas has three sons. The eldest, Mazen Abbas, worked in Qatar. Abbas later flew to Doha.', ['abbas:Mahmoud Abbas']],
  // A player's role right before the name, as a title is.
  ['Israel fought Hamas in Gaza. The club said star Hamas would stay.', ['hamas:Hamas']],
  // What only an armed movement has, right after its name, tells a page with nothing else of its own.
  ['Fans chanted about life under Hamas rule.', ['hamas:Hamas']],
  // Other presses' names for Lebanon right before the group are its own, as "Lebanon" is.
  ["İsrail ile Lübnan Hizbullah'ı arasındaki çatışmalar sürüyor.", ['hezbollah:Hizbullah']],
  // Ukraine is what the arrangement is weighed against (arming it would strain the line), not another party to a line.
  ['Since the war in Ukraine began, Israeli ministers have cited the need to preserve the deconfliction mechanism with Russia in Syria.', ['deconfliction:deconfliction mechanism']],
  // A full name on a page that says nothing of his story is someone else of the same name, and so are its bare forms.
  ["2. Mahmoud Abbas (MAR) 1:00:58\nThe story of the morning was Morocco's Mahmoud Abbas, who ran a personal best.\n\"My legs held,\" Abbas said.", []],
  ['Mahmood Abbas was re-elected unopposed as president of the traders’ alliance.', []],
  ['Abu Mazen Grill · Shawarma · $$\nAbu Mazen himself was at the register.', []],
  // …until the story's words come: a headline waits for its article, in any press.
  ['MAHMOUD ABBAS TO VISIT MOSCOW\nThe Palestinian leader will meet Putin on Tuesday.', ['abbas:MAHMOUD ABBAS']],
  ['Mahmoud Abbas se rendra à Tunis jeudi.\nLe chef de l’Autorité palestinienne sera reçu à Carthage.', ['abbas:Mahmoud Abbas']],
  // Two of his names on one page back each other.
  ['Mahmoud Abbas, also known by the kunya Abu Mazen, was born in Safed in 1935.', ['abbas:Mahmoud Abbas', 'abbas:Abu Mazen']],
  // …but his name in another script is the same name, not another ("abu mazen" and "أبو مازن" back nothing).
  ["Anyone know if abu mazen's shop is open? Need eggs.\nيا جماعة دكانة أبو مازن فتحت هلأ\nabu mazen is donating water for the cleanup.", []],
  // A full name the story's words backed later names him, as one backed at once would: his wife's surname after it
  // does not take the page's bare "Abbas" from him.
  ['Mahmoud Abbas\nمحمود عباس\nPresident of the State of Palestine\nSpouse: Amina Abbas\nAbbas is one of the founders of Fatah.', ['abbas:Mahmoud Abbas', 'abbas:محمود عباس', 'abbas:Abbas']],
  // A second full name waiting for the story is no story for the first.
  ['So proud of our boy Mahmoud Abbas, first-class honours!\nRania Abbas: he says thanks for the notes\nMahmoud Abbas: every time at airport security, bro', []],
  // Someone else named by the surname in between leaves a waiting full name waiting, and its sentence decides a bare one.
  ['Headlines include Mahmoud Abbas addressing the UN General Assembly.\nChef Abbas Dehghan travels to the Caspian coast.\nCan the Palestinian Authority reform? Guests discuss Abbas’s succession.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A page that has named him with the story keeps meaning him by the full name after naming a namesake.
  ["Le chef de l'Autorité palestinienne, Mahmoud Abbas, arrive jeudi.\nLe protocole, dirigé par Ridha Abbas, est prêt.\nMahmoud Abbas se rendra au cimetière.", ['abbas:Mahmoud Abbas', 'abbas:Mahmoud Abbas']],
  // A transcript's longer label names its speaker ("SYED ALI ABBAS (HOST):"): its later bare labels are the host.
  ['SYED ALI ABBAS (HOST): Good evening.\nGUEST: President Mahmoud Abbas leads the PLO.\nABBAS: But is that still valid?', ['abbas:Mahmoud Abbas']],
  // …and a label's role in brackets is no page title's ("PRESIDENT ABBAS (through interpreter):").
  ['MODERATOR: The president will speak on Gaza.\nPRESIDENT ABBAS (through interpreter): Thank you.', ['abbas:ABBAS']],
  // An age or a birth year beside the name that his (born 1935) does not fit is someone else's.
  ["Ramallah CC's Mahmoud Abbas, 15, was the best-placed junior.\nAbbas drew with the top seed.", []],
  ['In Ramallah, Mahmoud Abbas (footballer, born 1983) signed for a Gaza club.', []],
  // …in brackets too, when more of the person follows or it is a decade; a bare "(12)" is a tag list's count.
  ['President Mahmoud Abbas spoke in Ramallah.\nABBAS (50s, immaculate moustache) strops a razor.\nAbbas (40s) waved.', ['abbas:Mahmoud Abbas']],
  ['President Mahmoud Abbas spoke in Ramallah.\nTags: Abbas (12), Gaza (40)', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['The Palestinian president, Mahmoud Abbas (born 1935), spoke. Abbas, 89, then left.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A number or a contrast before the word sets it apart from the page's own line ("two deconfliction systems", "the
  // separate deconfliction line"), and so does the general practice judged ("the best deconfliction is…").
  ['Israel and Russia have kept their deconfliction mechanism over Syria open since 2015.\nFor coders the lesson is simpler: the best deconfliction is the call you never need to make.', ['deconfliction:deconfliction mechanism']],
  ['Israel and Russia have kept their deconfliction mechanism over Syria open since 2015.\nAnalysts note that Syria now has two deconfliction systems run from one airbase.', ['deconfliction:deconfliction mechanism']],
  ['Israel and Russia have kept their deconfliction mechanism over Syria open since 2015.\nHe contrasted it with the separate deconfliction line further east.', ['deconfliction:deconfliction mechanism']],
  // On a page that has established the group, its name in quotation marks is its name spelled, and so the group…
  ['Hezbollah fired rockets from Lebanon on Sunday.\nUS officials write "Hizballah", British papers "Hizbollah".', ['hezbollah:Hezbollah', 'hezbollah:Hizballah', 'hezbollah:Hizbollah']],
  // …but not set against another ('never just "Hezbollah"') or given to another group in its sentence.
  ['Hezbollah fired rockets from Lebanon on Sunday.\nStyle note: never shorten it to just "Hezbollah".', ['hezbollah:Hezbollah']],
  ['Hezbollah fired rockets from Lebanon on Sunday.\nIn Diyarbakir, "Hizbullah" meant the Kurdish Sunni group.', ['hezbollah:Hezbollah']],
  // Quotation marks leave another place's modifier the name's ('Algeria's "Hamas"'), not a people who write it so.
  ['Hamas rules Gaza. Were Algeria\'s "Hamas" and the Palestinian one linked?\nThe Algerian "Hamas" was a different party.', ['hamas:Hamas']],
  ['Hezbollah fired rockets from Lebanon. The Spanish write "Hezbolá", the Germans "Hisbollah".', ['hezbollah:Hezbollah', 'hezbollah:Hezbolá', 'hezbollah:Hisbollah']],
  // A results table's row: a surname, a given name, then the row's figures (a rating, a club).
  ['Palestinian Chess Federation, Ramallah: final standings\n2 Abbas, Yazan 2198 Nablus Knights 5.5\n7 Abbas, Rania 1902 Nablus Knights 4.5', []],
  // A lower-case form beside scripture's words is the Quran's phrase ("party of God"), not the group.
  ['Hezbollah fired rockets from Lebanon on Sunday, the army said.\nAt the mosque the imam read the verse from surah al-Mujadilah: the hizbullah are those who succeed.', ['hezbollah:Hezbollah']],
  // An epithet in quotation marks tells a namesake apart ('"Abbas the Lebanese"'); his own title does not.
  ['President Mahmoud Abbas spoke in Ramallah. My father calls our neighbour "Abbas the Lebanese".', ['abbas:Mahmoud Abbas']],
  ['President Mahmoud Abbas spoke in Ramallah. Crowds outside chanted "Abbas the president".', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // His family's names on his page leave his bare surname his.
  ['Mahmoud Abbas (born 1935) is the Palestinian president.\nSpouse: Amina Abbas\nChildren: Yasser Abbas, Tareq Abbas\nAbbas\'s four-year term expired in 2009.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A list of headlines under another Abbas's story: an item that opens with the name and has his story's words.
  ['BASRA — Karrar Abbas scored twice as Al-Quwa Al-Jawiya won.\n"I waited," Abbas said.\nMOST READ\n1. Abbas meets Egyptian envoy in Ramallah on Gaza truce', ['abbas:Abbas']],
  // A script's character cue: the bare name in capitals on a line of its own.
  ['RADIO (V.O.)\n...in Ramallah, President Mahmoud Abbas said elections would wait.\n          ABBAS\nEnough of him. Turn it down.', ['abbas:Mahmoud Abbas']],
  // The Spanish press writes him "Abás" ("Mahmud Abás" folds to a listed spelling already).
  ['Internacional | Oriente Próximo\nAbás pide en la ONU el reconocimiento de Palestina.', ['abbas:Abás']],
  ['El presidente palestino, Mahmud Abás, llegó a Moscú.', ['abbas:Mahmud Abás']],
  // Other presses' "and" before a group's name is no proper-name modifier ("Y Hezbolá en el Líbano tampoco").
  ['El gobierno del Líbano pide el desarme. Y Hezbolá dice que no.', ['hezbollah:Hezbolá']],
  // A firm or a team named after a person ("& Sons", "& Friends"); not "Hamas and co.", said of its allies.
  ['FAISALABAD — Abbas & Sons Textiles said European orders held up.\nRamallah: Palestinian President Mahmoud Abbas met the envoy.', ['abbas:Mahmoud Abbas']],
  ['Hamas and co. fired rockets from Gaza at Israel on Sunday.', ['hamas:Hamas']],
  // A sport's or a trade's word before a name is a person's title: "Sprinter Hamas", "pacer Abbas".
  ['"It\'s Just My Name": Sprinter Hamas On Life After October 7 in Gaza and Israel', []],
  // "Said" opening a sentence is a given name (a reporter introducing himself); after a quote it is the verb.
  ['MS CARTWRIGHT: Yes, in the back.\nQUESTION: Thank you. Said Abbas, Al-Quds Daily. On Gaza and Israel, is there news?', []],
  // Spoken to by name with no title: a guest on a panel, a shopkeeper retiring (a reporter's "Mr Abbas, you" is his).
  ['HOST: The Palestinian Authority faces a cash crunch in Ramallah. Abbas, let me start with you: how bad is it?\nHOST: Abbas, briefly, what happens next?', []],
  ['Comments on "Ramallah bakery closes after 40 years"\nlinda_k: Happy retirement Abbas, you have earned it.', []],
  ['Q: Mr Abbas, you promised elections in Ramallah. When?', ['abbas:Abbas']],
  // "the other Abbas", "another Hamas from the same family": one of the name set apart, used as a noun.
  ['Palestinian President Mahmoud Abbas spoke in Ramallah. The café next door is run by the other Abbas, his namesake.', ['abbas:Mahmoud Abbas']],
  ['Hamas fighters crossed from Gaza. Our readers kept mixing it up with the other “Hamas”, a party of ministers.', ['hamas:Hamas']],
  ['Hamas fighters crossed from Gaza. Another Hamas attack followed at dawn.', ['hamas:Hamas', 'hamas:Hamas']],
  ['Palestinian President Mahmoud Abbas spoke in Ramallah. lol different Abbas! Kiarostami, the Iranian director.', ['abbas:Mahmoud Abbas']],
  // A person's name counted as a noun ("an Abbas in Nablus", "one Abbas,"): anyone so named, and nobody the page's
  // later bare name means; qualifying a noun ("an Abbas decree") it is still his.
  ['Palestinian President Mahmoud Abbas spoke in Ramallah. Growing up as an Abbas in Nablus meant jokes at school. Abbas later flew to Cairo.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Palestinian President Mahmoud Abbas spoke in Ramallah. In this barber shop there is one Abbas, and he has a razor.', ['abbas:Mahmoud Abbas']],
  ['Palestinian President Mahmoud Abbas spoke in Ramallah. An Abbas decree set the vote for May.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // An acronym in capitals spelled out as something else names another body; the movement's own expansion does not.
  ['Gaza talks resumed. After three years as HAMAS — the Hydroacoustic Monitoring of Atlantic Shipping project — our team renamed itself.', []],
  ['Gaza talks resumed. HAMAS (Islamic Resistance Movement) said it had received the proposal.', ['hamas:HAMAS']],
  // A name a group called itself is spoken of; another press's "de Turquie" places the name elsewhere.
  ['Deep in the marshes, a guerrilla force called itself Hizbollah.', []],
  ["Le Hizbullah de Turquie n'a rien à voir avec le mouvement libanais.", []],
  // His own circle beside a bare Abbas (his compound, his deputy, his prime ministers) on a page of two Abbases.
  ['President Mahmoud Abbas met donors in Ramallah. Analyst Karim Abbas said the vote would wait. In 2025, Abbas named Hussein al-Sheikh his deputy.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // Tehran's 1979 slogan ("the only party is the party of God") names no group, and the crowds it named were Iran's.
  ['Crowds in Tehran chanted "Hezb faqat Hezbollah, rahbar faqat Ruhollah" as the shah\'s army melted away.', []],
  // Turkish writes the group with a compound suffix: "Lübnan Hizbullahı" is Lebanon's, "Türk Hizbullahı" Turkey's,
  // whose bare name then means it.
  ["Lübnan Hizbullahı İsrail ile ateşkesi kabul etti.", ['hezbollah:Hizbullahı']],
  ["türk hizbullahı\nlübnan'la bir alakası yok, isim benzerliği.\nhizbullah denince aklıma hâlâ 2000 yılı geliyor.", []],
  // "our Hizbullah", "notre Hamas": the speaker's own group, not the one the news means.
  ['Hezbollah fired rockets from Lebanon. The heirs of our Hizbullah now sit in parliament.', ['hezbollah:Hezbollah']],
  ["Le Hamas de Gaza fait la une, et notre Hamas à nous, c'était une autre histoire.", ['hamas:Hamas']],
  // Another group's name set apart from the bare name in one clause: the bare one is the topic's own.
  ["Kata'ib Hezbollah is not Hezbollah. Here is the difference.\nOne was founded in Lebanon in 1982; the other in Iraq in 2003.", ['hezbollah:Hezbollah']],
  ["Is Kataib Hezbollah part of Hezbollah? Not quite.\nOne was founded in Lebanon in 1982; the other in Iraq in 2003.", ['hezbollah:Hezbollah']],
  // A word of a script without capitals, glossed right after it: the Arabic noun for zeal, not the movement.
  ['Gaza talks resumed in Cairo.\nVocabulary: حماس — ḥamās — enthusiasm, zeal, drive.', []],
  // The name itself with a possessive: "Abbas is his given name" speaks of the name, not of the president.
  ['The cleric Abbas al-Musawi is no relation to the Palestinian president. Abbas is his given name.', []],
  // An appositive that gives him a trade the president never had: an accountant, a tailor, a researcher.
  ['The Ramallah market reopened on Sunday after the Palestinian Authority lifted the closure. Abbas, a retired accountant, sells olive oil there.', []],
  // The movement in Arabic, where its name is also the word for zeal: it needs the story around it.
  ['عاجل: وفد من حماس يصل القاهرة غداً لبحث وقف إطلاق النار في غزة', ['hamas:حماس']],
  ['استقبل الجمهور الفريق بكل حماس بعد الفوز', []],
  // Indonesia's 1940s militias went by twos: Hizbullah beside Sabilillah, the Laskar's.
  ['Hizbullah di Lebanon menembakkan roket ke Israel, kata berita pagi ini.\nKakek saya dulu anggota Hizbullah dan Sabilillah di kabupaten kami.', ['hezbollah:Hizbullah']],
  ['"We will not leave," said Abbas, the Palestinian president, in Ramallah.', ['abbas:Abbas']],
  // A shrine or mosque named for Abbas ibn Ali is no living man's.
  ['RAMALLAH: President Mahmoud Abbas met the envoy on Gaza.\nALSO ON THIS PAGE\nABBAS SHRINE SECURITY PLAN FINALISED FOR MUHARRAM', ['abbas:Mahmoud Abbas']],
  // Russian and Hebrew spellings: ХАМАС and חמאס stand alone (the Hebrew word for violence, חמס, has no aleph).
  ['Делегация палестинского движения ХАМАС прибыла в Москву.', ['hamas:ХАМАС']],
  ['משלחת חמאס הגיעה לקהיר. המילה חמס פירושה אלימות.', ['hamas:חמאס']],
  ['Израиль нанёс удар по позициям Хезболлы на юге Ливана.', ['hezbollah:Хезболлы']],
  // On a page that has named him, his own words by the bare name outweigh another sentence's caliphs.
  ['CAIRO — Palestinian President Mahmoud Abbas arrived on Sunday.\nA tour of an Abbasid-era mosque was dropped.\nAbbas is due to return to Ramallah on Tuesday.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Caliph Harun of the Abbasid dynasty ruled from Baghdad. Abbas, his general, returned to the city.', []],
  // A slash to a place or a partner pairs two actors; to an agency it credits a photographer.
  ['Israel says by now most of its strikes are on Hezbollah/Iran supply lines in Syria.', ['hezbollah:Hezbollah']],
  ['Israel struck Gaza again on Monday. Photo: Yousef Hamas/Reuters', []],
  // A disambiguation page's title lists its other spellings and a gloss before "may also refer to".
  ['This article is about the Lebanese Shia party and militant group. Hezbollah, Hizbullah or Hizb Allah ("Party of God") may also refer to:', []],
  // On a page that has named only another Abbas, and nothing of his own around, "President Abbas" is that man.
  ['Ferhat Abbas (1899–1985) was an Algerian politician and pharmacist.\nIn 1958 he became head of the provisional government in Cairo. President Abbas toured Arab and Asian capitals.', []],
  ['Oday Abbas scored twice for Palestine in the qualifier.\nMORE FROM PALESTINE\nPRESIDENT ABBAS CONGRATULATES TEAM AFTER DRAW IN AMMAN', ['abbas:ABBAS']],
  // Another arrangement named by what it connected, or a zone on a map, on a page that has the Russia–Israel one.
  ['The Israel–Russia deconfliction mechanism was set up in 2015 over Syria. Washington signed a memorandum with Moscow too; its deconfliction line connected the coalition air operations centre in Qatar with Hmeimim.', ['deconfliction:deconfliction mechanism']],
  ['The Israel–Russia deconfliction mechanism was set up in 2015 over Syria. At al-Tanf, the 55km deconfliction zone declared by Washington still stands.', ['deconfliction:deconfliction mechanism']],
  // "called X the …" describes the thing named; "a group called X" names it.
  ['Hezbollah fired rockets at Israel from Lebanon on Sunday.\nThe axis takes in militias from Syria to Yemen, and analysts have sometimes called Hezbollah the "first among equals" of them.', ['hezbollah:Hezbollah', 'hezbollah:Hezbollah']],
  ['In Indonesia in 1944 the Japanese trained a militia called Hizbullah.', []],
  // The movement's own full name beside the word backs it, on a page that also glosses the Hebrew word.
  ['In Hebrew, hamas means violence, as in Genesis. The name Hamas is an acronym of Harakat al-Muqawama al-Islamiya.', ['hamas:Hamas']],
  // On a page about the Hebrew word, the name as an agent is the group: a word borrows nothing.
  ['Hamas, the movement that rules Gaza, often hears of the Hebrew word.\nIn Genesis 6:11 the earth is filled with hamas, the Hebrew word for violence. Hamas did not borrow its name from Genesis.', ['hamas:Hamas', 'hamas:Hamas']],
  // The European Union's spelling of its armed wing backs the name too ("Hamas-Izz al-Din al-Qassem").
  ['The General Court annulled the listing of Hamas, in the form "Hamas (including Hamas-Izz al-Din al-Qassem)".', ['hamas:Hamas', 'hamas:Hamas', 'hamas:Hamas']],
];

describeCues('disambiguation by shape: namesakes, sports, other presses', rows);
