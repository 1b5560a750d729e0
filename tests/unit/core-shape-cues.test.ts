// Cues right by a name that say who or what it is (core/person-rules.ts, core/sport.ts, core/shape-rules.ts,
// core/disambiguate.ts): an age, an office, a scorer's noun or verb, a phone-in's caller, a headline's verb, a list of
// places. Each row fails without the rule it stands for; every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // His age as a page of recent years gives it names him, on a page that named another Abbas last; another age does not.
  ['President Mahmoud Abbas has not called a vote since 2006. "We are ready," commission spokesman Fadi Abbas told reporters. Abbas, 89, last issued an election decree in 2021.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas has not called a vote since 2006. "We are ready," commission spokesman Fadi Abbas told reporters. Abbas, 61, has run the commission since 2019.', ['abbas:Mahmoud Abbas']],
  ['President Mahmoud Abbas was seen at the hospital. "Nothing unusual," its director, Dr Khaled Abbas, said. Rumours about the health of Abbas, who turns 90 this year, persist.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas was seen at the hospital. "Nothing unusual," its director, Dr Khaled Abbas, said. The 89-year-old Abbas left on foot.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas was seen at the hospital. "Nothing unusual," its director, Dr Khaled Abbas, said. The 52-year-old Abbas left on foot.', ['abbas:Mahmoud Abbas']],
  ['Mahmoud Abbas, the 22-year-old student from Ramallah, won the regional spelling contest on Sunday.', []],
  ['The port is named after Shah Abbas, not after the president. The president, Abbas, was born in 1935 in Safed.', ['abbas:Abbas']],
  ['President Mahmoud Abbas unveiled a plaque in Algiers. Abbas was born in 1899 near Jijel and trained as a pharmacist.', ['abbas:Mahmoud Abbas']],
  // Another office right before the name, in capitals too: someone else.
  ['President Mahmoud Abbas spoke in Ramallah on Monday.\nLATEST HEADLINES\nHEBRON GOVERNOR ABBAS: CLAN TRUCE HOLDS\nSENATOR ABBAS WINS PRIMARY IN DEARBORN', ['abbas:Mahmoud Abbas']],
  // A capital at a sentence's start in Cyrillic is the sentence's: Russian writes other groups' modifiers in lower case.
  ['Делегация ХАМАС прибыла в Москву.\nПредставитель ХАМАС заявил журналистам, что переговоры продолжатся.', ['hamas:ХАМАС', 'hamas:ХАМАС']],
  // "an Abbas too": the name counted as a noun, whoever the page named.
  ['President Mahmoud Abbas met the mediators in Cairo. The man Egypt sent to run the talks was an Abbas too.', ['abbas:Mahmoud Abbas']],
  // A scorer's noun right after the bare name ("Abbas double", "Late Abbas header"): a footballer, however Palestinian
  // the clause; not "a Hamas double agent".
  ['President Mahmoud Abbas thanked Jordan on Monday.\nASIAN QUALIFIERS: Abbas double keeps Palestine\'s hopes alive\nIraq 2-1 Palestine: Late Abbas header breaks Palestinian hearts', ['abbas:Mahmoud Abbas']],
  ['Israeli officials said a Hamas double agent had passed on the plans.', ['hamas:Hamas']],
  ['1. President Mahmoud Abbas Calls for "National Unity"\nSPORT\nAbbas Strikes Twice as Pakistan Take Early Grip', ['abbas:Mahmoud Abbas']],
  ['Israel said Hamas strikes twice a week on the border had stopped.', ['hamas:Hamas']],
  // Another group's country in a list of places is geography, not the name's modifier.
  ['Sanctions weekly\nUS Treasury designated four people accused of managing a Hamas investment portfolio spread across Turkey, Algeria and Sudan.\nThe European Union extended its listing of the military wing of Hamas in Gaza.', ['hamas:Hamas', 'hamas:Hamas']],
  // A phone-in's caller, and the labels of what he then says.
  ["HOST: Today, President Mahmoud Abbas and the succession. Let's go to the phones. Abbas is calling from Dearborn. Abbas, go ahead.\nABBAS: Hi, thanks for taking my call.", ['abbas:Mahmoud Abbas']],
  // A title-case headline's verb after the name that no ending tells ("Discuss", "Sworn"): no surname.
  ['Erdoğan, Abbas Discuss Gaza Truce, Reconstruction\nANKARA — Turkish President Recep Tayyip Erdoğan hosted Palestinian President Mahmoud Abbas on Tuesday.', ['abbas:Abbas', 'abbas:Mahmoud Abbas']],
  ['Archive: January 2005\nJan 10 - Abbas Wins Palestinian Presidential Election\nJan 15 - Abbas Sworn In, Calls For End To Violence', ['abbas:Abbas', 'abbas:Abbas']],
  // "deconfliction of" anything but its own parties' operations is the practice, not the agreement.
  ['Israel and Russia both fly jets over Syria. Air-show organisers asked for deconfliction of the display box with the airport.', []],
  ['The Israeli–Russian deconfliction of flights over Syria has held since 2015.', ['deconfliction:deconfliction']],
  // A title-case headline that leaves a long preposition in lower case ("through") is still title case.
  ['PRESS RELEASES\nTreasury Sanctions Hamas Financial Facilitators Operating through Charities and Exchange Houses\nThe individuals raised or transferred funds for Hamas, including through sham charities in Gaza.', ['hamas:Hamas', 'hamas:Hamas']],
  // A job in apposition without quotation marks ("Abbas the driver"): someone else, and the page's Abbas from then on.
  ['On the radio, President Mahmoud Abbas promises elections "soon." Abbas the driver rolls his eyes and turns it off.', ['abbas:Mahmoud Abbas']],
  ['Palestinian Prime Minister Mahmoud Abbas was sworn in on Tuesday. In Baghdad, Abbas the militant was detained by American troops.', ['abbas:Mahmoud Abbas']],
  // A reply to someone on the page ("Thanks Abbas.", "Hi Abbas,").
  ['Comments on: President Mahmoud Abbas meets Lebanese leaders\nabbas_k_72: The group in Iraq is a different one.\nmikeyT_Ohio replied: Thanks Abbas. Why does everyone use the same name?', ['abbas:Mahmoud Abbas']],
  // A place joined after the group's name by a hyphen ("Hamas-Iraq"): another group.
  ['The Islamic Resistance Movement in Iraq, often written Hamas-Iraq, was a Sunni armed group. Hamas-Iraq claimed attacks on US forces in 2008.', []],
  // "the founder of Hamas, who returned": the relative clause is the founder's, not a person called Hamas.
  ['Israeli agents tried to poison a Hamas official in Amman. Israel freed Sheikh Ahmed Yassin, founder of Hamas, who returned to Gaza.', ['hamas:Hamas', 'hamas:Hamas']],
  // "Reply by Abbas (Beirut):": a thread's sender, where he writes from.
  ['Forum › Politics: President Mahmoud Abbas has his own leaders to worry about.\nReply by Abbas (Beirut): Also watch out for the Iraqi groups.', ['abbas:Mahmoud Abbas']],
  // A given name before his full name: another man ("Syria's Ali Mahmoud Abbas"), and the page's Abbas after it.
  ['Palestinian and Israeli diplomats watched as Ali Mahmoud Abbas, Syria\'s defence minister, met Russian generals in Moscow.', []],
  // "The other Mahmoud Abbas", "the second Mahmoud Abbas in our family": another bearer of his full name.
  ['AFRICAN FOOTBALL\nThe other Mahmoud Abbas: Egypt\'s left-back with the famous name, after a Palestinian headline.', []],
  // A post's signature: who wrote it and from where.
  ['Forum › Middle East › Who comes after President Mahmoud Abbas?\nNobody in my family is called that. — Abbas, Nablus\nlevant_watcher wrote: the succession is decided in Ramallah.', ['abbas:Mahmoud Abbas']],
  // Its parties in brackets right after the word: another arrangement.
  ['The Israel–Russia deconfliction mechanism has held over Syria since 2015.\nSee also\n• Deconfliction line (United States–Russia), a separate channel', ['deconfliction:deconfliction mechanism']],
  // Where those cues stop: every place in the list the other group's, a group's double or volley, a strike again, an
  // office in lower case opening a clause, its own parties earlier in the clause or "of their", a job's possessive,
  // an age after "mother of".
  ['Police detained suspected Hizbullah members in Diyarbakir, Batman and Mardin.\nIn Beirut, Lebanon\'s Hezbollah said it was not involved.', ['hezbollah:Hezbollah']],
  ['Gaza talks resume in Cairo, Hamas says.\nSPORT\nCup: Hamas double sends CR Belouizdad into the final', ['hamas:Hamas']],
  ['A Hamas double suicide bombing in Beersheba killed 16 Israelis. Israel intercepted most of the Hamas volley of rockets fired from Gaza.', ['hamas:Hamas', 'hamas:Hamas']],
  ['President Mahmoud Abbas spoke in Ramallah. Abbas strikes again, firing his security chiefs.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas named new governors on Monday. Protesters in Jenin rejected the governor Abbas appointed.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Israeli and Russian officers agreed on the deconfliction of their flights over Syria.', ['deconfliction:deconfliction']],
  ['Israeli and Russian officers in Syria agreed this week on the deconfliction of flights near Latakia.', ['deconfliction:deconfliction']],
  ['President Mahmoud Abbas met Egyptian mediators. The plan hands Abbas the driver’s seat in Gaza.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Gaza medics said the boy was shot at a checkpoint. The mother of Hamas, 24, said her son was unarmed.', []],
];

describeCues('disambiguation by cues right by the name', rows);
