// The rules that read the shape of the text around a name (core/shape.ts, core/disambiguate.ts): they must hold for
// names on no list, and must not trip on headlines, sentence starts, datelines and lists of names. Every name
// below that is someone else is invented, so no list can be what rejects it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCues, type CueRow } from './cue-rows.ts';
import { inCredit, isAllCaps, isPossessive, lineCase, wordAfter, wordBefore } from '../../core/shape.ts';

describe('shape of the text', () => {
  it('finds the word touching a name, not across punctuation or a line break', () => {
    expect(wordBefore('met Ghulam Abbas', 11)).toMatchObject({ word: 'Ghulam', joiner: 'space' });
    expect(wordBefore('the Putin-Abbas talks', 10)).toMatchObject({ word: 'Putin', joiner: 'hyphen' });
    expect(wordBefore('Netanyahu, Abbas', 11)).toBeNull();
    expect(wordBefore('Sabri\nAbbas', 6)).toBeNull();
    expect(wordBefore('it ended. Abbas', 10)).toBeNull();
    expect(wordAfter('Abbas Tehrani’s son', 5)).toMatchObject({ word: 'Tehrani’s' });
    expect(wordAfter('Abbas’s aide', 5)).toBeNull();
    expect(isPossessive("HAMAS'S", 5)).toBe(true);
  });

  it('tells sentences, title case and capitals apart', () => {
    expect(lineCase('ABBAS URGES CALM AFTER RAID')).toBe('caps');
    expect(lineCase('Abbas Meets Putin in Moscow')).toBe('title');
    expect(lineCase('Nadia Abbas said the clinic would reopen.')).toBe('sentence');
  });

  it('recognises credits and bylines, not "by" inside a sentence', () => {
    const at = (text: string) => inCredit(text, text.search(/abbas/i), text.search(/abbas/i) + 5);
    expect(at('Photo: Abbas Qarib/AFP')).toBe(true);
    expect(at('A crowd in Lahore. ABBAS DURRANI/REUTERS')).toBe(true);
    expect(at('By Abbas Tavakoli and Ana Ruiz\nTEHRAN —')).toBe(true);
    expect(at('Reporting by Abbas Hamdani; editing by Jo Fry')).toBe(true);
    expect(at('(Abbas/Magnum Photos)')).toBe(true);
    expect(at('The decree was signed by Abbas on Monday.')).toBe(false);
  });
});

const rows: CueRow[] = [
  // Someone else: a capitalised name on no list touching "Abbas", before or after, possessive or hyphenated.
  ['Teacher Farida Abbas said the school would reopen.', []],
  ['Abbas Tehrani, a 40-year-old engineer, was hurt. Abbas later left hospital.', []],
  ['The court heard that Rustam Abbas’s lawyer had quit.', []],
  ['Karim Abbas-Nouri scored twice.', []],
  ['a painting by Abbas Yazdi hangs in the hall', []],
  ['Sabri Abbas (Palestinian Authority adviser) denied it.', []],
  ['Shah Abbas I moved the capital to Isfahan.', []],
  // Credits, bylines and captions.
  ['Mourners in Kabul. Photo: Abbas Qarib/AFP', []],
  ['By Abbas Tavakoli\nTEHRAN — Prices rose again.', []],
  ['Palestinian President Mahmoud Abbas speaks in Ramallah. ABBAS MOMANI/AFP via Getty Images', ['abbas:Mahmoud Abbas']],
  // Mahmoud Abbas must survive headlines, sentence starts, datelines, lists and compounds.
  ['Abbas Meets Putin In Moscow As Gaza Talks Stall', ['abbas:Abbas']],
  ['ABBAS URGES PALESTINIAN UNITY', ['abbas:ABBAS']],
  ['RAMALLAH, West Bank (AP) — Palestinian President Mahmoud Abbas said on Monday... Abbas added that talks would go on.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas arrived. Yesterday Abbas said the talks were over.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas arrived. On Monday Abbas said more.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Mahmoud Abbas, Benjamin Netanyahu and Vladimir Putin spoke. Abbas, Netanyahu and Putin agreed.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Mahmoud Abbas flew in for the Putin-Abbas meeting.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Mahmoud Abbas spoke. Mr. Abbas’s speech was long.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['President Abbas said the Palestinian Authority would act.', ['abbas:Abbas']],
  // One sense per page: the last full name decides, listed or not.
  ['Nadia Abbas runs the clinic. Abbas said it needs power.', []],
  ['Nadia Abbas runs the clinic. Later Palestinian President Mahmoud Abbas visited; Abbas praised it.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // Other groups with the name: a proper-name modifier around it, then its bare form on the same page.
  ['Turkish Hizbullah was founded in the 1980s. Hizbullah later turned on the PKK.', []],
  ['Hezbollah al-Hejaz was blamed for the bombing.', []],
  ['The militia called Hezbollah of the Marshes blocked the canal.', []],
  ['Algeria’s Hamas won 65 seats.', []],
  ['In the Hebrew Bible, hamas means violence.', []],
  ['the band Hisbollah Ballett reissued its album', []],
  ['Lebanon’s Hezbollah and the Iran-backed Hezbollah are one; Turkish Hizbullah is not.', ['hezbollah:Hezbollah', 'hezbollah:Hezbollah']],
  ['On Monday Hezbollah fired rockets at Israel, and the Israel Hamas war went on.', ['hezbollah:Hezbollah', 'hamas:Hamas']],
  ['Whatever Hamas and Hezbollah decide, Mahmoud Abbas will not be at the table.', ['hamas:Hamas', 'hezbollah:Hezbollah', 'abbas:Mahmoud Abbas']],
  ['Hezbollah Secretary-General Naim Qassem spoke.', ['hezbollah:Hezbollah']],
  // A group's name alone is its own only where the page says something of it; a headline waits for its story.
  ['The long-jump final was won by Hamas, who cleared 6.81 metres.', []],
  ['Hamas Rejects Latest Truce Draft\nThe group told mediators in Cairo it wanted a full Israeli withdrawal from Gaza.', ['hamas:Hamas']],
  ['ABBAS URGES CALM\nPalestinian President Mahmoud Abbas called for restraint.', ['abbas:ABBAS', 'abbas:Mahmoud Abbas']],
  ['ABBAS STRIKES LATE\nMohammad Abbas took three wickets as Pakistan won.', []],
  // A contrast names what the group is not: its words do not back it.
  ['The Mardin cell, known locally as Hizbullah and unrelated to the Lebanese movement, was broken up.', []],
  // A page that writes the group one way and another group of its name another way keeps the two apart.
  ['Lebanon’s Hezbollah fired rockets at Israel.\nIn Turkey, Kurdish Hizbullah is a different story: Hizbullah cells killed dozens in the 1990s.', ['hezbollah:Hezbollah']],
  ['Lebanon’s Hezbollah fired rockets. Kurdish Hizbullah is another group. A Hizbullah statement from Beirut followed.', ['hezbollah:Hezbollah', 'hezbollah:Hizbullah']],
  // A year before the group existed, in the sentence of its name, dates another group; another cell's year does not.
  ['My grandfather joined the Hizbullah militia as a boy in 1945.', []],
  ['Hezbollah emerged during Lebanon’s 1975–90 civil war.', ['hezbollah:Hezbollah']],
  ['Islamic Jihad | Gaza | 1981 | Closer to Iran than Hamas\nHamas | Gaza | 1987 | Sunni', ['hamas:Hamas', 'hamas:Hamas']],
  // Other deconfliction arrangements, even with Israel nearby.
  ['The US-Russia deconfliction line over Syria stayed open, Israeli officials said.', []],
  ['Washington kept a deconfliction channel with Moscow; Israel watched.', []],
  ['Israel and Russia agreed a deconfliction mechanism over Syria in 2015.', ['deconfliction:deconfliction mechanism']],
  ['Israel and Russia set up a hotline over Syria. Unlike the deconfliction memorandum Russia signed with Washington, it was never published.', []],
  ['Israeli and Turkish officials discussed their own deconfliction arrangement after Russia’s drawdown in Syria.', []],
  // Handles, reference lists and dotted titles are people, whatever page they are on.
  ['@abbas_k92 replied: the ceasefire talks in Gaza are stuck.', []],
  ['Hamas, K., Abbas, R. & Lindqvist, E. (2023). Groundwater recharge in arid basins.', []],
  ['Prospective students: Prof. Hamas is accepting one PhD student.', []],
  ['Dr. Abbas, who runs the clinic, said the Palestinian patients were waiting.', []],
  // Two men of a page that named both: "Abbas and Araghchi" is not Abbas Araghchi twice.
  ['President Mahmoud Abbas and Iran’s Abbas Araghchi both came. Delegates said Abbas and Araghchi did not meet.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A list item's first capital is the item's; a possessive in capitals is an owner all the same.
  ['► Assassinated Hamas members (39 pages)\n► Hamas leaders in Gaza', ['hamas:Hamas', 'hamas:Hamas']],
  ["WRESTLING: ALGERIA'S HAMAS CLAIMS BRONZE IN 74KG", []],
  // A lower-case word is no group's name, even after one of its own words.
  ['Hamas is a Palestinian movement; as an ordinary word, the Arabic hamas means zeal.', ['hamas:Hamas']],
  // Other presses' titles establish him.
  ['Palästinenserpräsident Abbas fordert Rückzug aus Gaza.', ['abbas:Abbas']],
  // Names in Arabic script: his full name and kunya, Hezbollah's name, and another group's (with its own prefix).
  ['Mahmoud Abbas (Arabic: محمود عباس; also أبو مازن) met Putin.', ['abbas:Mahmoud Abbas', 'abbas:محمود عباس', 'abbas:أبو مازن']],
  ['Hezbollah (Arabic: حزب الله, "Party of God") is based in Lebanon.', ['hezbollah:Hezbollah', 'hezbollah:حزب الله']],
  ["Kata'ib Hezbollah (Arabic: كتائب حزب الله) is an Iraqi militia.", []],
  // Compatibility forms fold like plain text.
  ['𝐇𝐚𝐦𝐚𝐬 and 𝑯𝒆𝒛𝒃𝒐𝒍𝒍𝒂𝒉 and Ｈａｍａｓ', ['hamas:𝐇𝐚𝐦𝐚𝐬', 'hezbollah:𝑯𝒆𝒛𝒃𝒐𝒍𝒍𝒂𝒉', 'hamas:Ｈａｍａｓ']],
  ['𝐌𝐚𝐡𝐦𝐨𝐮𝐝 𝐀𝐛𝐛𝐚𝐬 and Abou Mazen', ['abbas:𝐌𝐚𝐡𝐦𝐨𝐮𝐝 𝐀𝐛𝐛𝐚𝐬', 'abbas:Abou Mazen']],
  // Another owner's Abbas, a surname after a title, a given name that looks like a past tense.
  ["4. IRAN'S ABBAS BAIG: \"NO FORCES LEFT IN SYRIA\"", []],
  ['The envoy of the Egyptian President Abbas Farouk arrived in Gaza.', []],
  ["23' Javed Abbas (Al Ahed), after a cross from the left", []],
  // French "M." is Monsieur; a full name is his whatever follows it.
  ["Le président palestinien Mahmoud Abbas est à Paris.\nSelon la même source, M. Abbas s'est engagé à organiser des élections.", ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Nella foto: il presidente palestinese Abu Mazen al Quirinale', ['abbas:Abu Mazen']],
  // What only an armed group has, right after its name, backs it.
  ['Turkey also hosts several senior Hamas leaders in Istanbul.', ['hamas:Hamas']],
  // A page that named another group by its full name means it by the bare name.
  ["Kata'ib Hezbollah claimed the attack near the airport.\nIn Baghdad, Hezbollah fighters set up checkpoints overnight.", []],
  ["Kata'ib Hezbollah claimed the drone strike.\nHezbollah has been accused of rocket attacks on bases hosting US troops.", []],
  // Names spoken of.
  ['Officials used "Hezbollah" as shorthand for any Shia activist in Manama.', []],
  ['The Movement of Society for Peace, the party still called Hamas, met in Algiers.\nIts leader told supporters in Blida that Hamas would campaign on housing and jobs, and that the party stood with the people of Gaza.', []],
  ['The press uses "deconfliction" like a spy word, an Israeli pilot said of the line with Russia.', []],
  // "us" in lower case is a pronoun, not the US.
  ['An Israeli military source tells us Russian forces were notified through the deconfliction mechanism.', ['deconfliction:deconfliction mechanism']],
  ['Israeli jets struck Syria; Russian officers told US diplomats the deconfliction line with us had been busy.', []],
  // A field's practice named before the word; a page whose first arrangement had other parties near.
  ['Israeli and Russian jets fly at the show. The gaps between acts are airspace deconfliction.', []],
  // Other parties written out, or with an initial's full stops.
  ['Israeli jets struck near Damascus. 19 Feb | U.S. and Russian officers use eastern Syria deconfliction line after standoff', []],
  ['Israeli jets struck near Damascus, unlike the United States–Russia deconfliction memorandum covering the east.', []],
  // A place's own arrangement named before it, and a word someone calls a thing by.
  ['Israel keeps striking Iranian sites. The Idlib deconfliction has collapsed into open shelling, Russian officers say.', []],
  ['Israeli and Russian officers never met. My manager calls booking meeting rooms "deconfliction" now.', []],
  ['Israel struck again; Russia was told through the Syria deconfliction line.', ['deconfliction:deconfliction line']],
  ['Israel and Russia have two channels, both routinely described as "deconfliction", built for different jobs.', []],
  ['Israeli jets use Russian-watched skies. Not the same as normal civil deconfliction, that is just air traffic control.', []],
  ['Israel and Russia keep a line over Syria; each side tells the other its plans, also referred to as deconfliction.', []],
  ['Officials said the talks focused on Ukraine and on the Israeli–Russian de-confliction line in Syria.', ['deconfliction:de-confliction']],
  // A civilian or clerical field after it; not the strikes it lets pass.
  ['Israeli and Russian envoys came too. Volunteers spent weeks seeking deconfliction of evacuation routes.', []],
  ['Israel and Russia both sent films. The festival called the lineup a deconfliction exercise in scheduling.', []],
  ['Israel keeps a deconfliction of its strikes with Russia over Syria.', ['deconfliction:deconfliction']],
  [`American and Russian pilots fly over eastern Syria every day. The deconfliction line is busy, officers say.\n${'The weather held over the valley for most of the week. '.repeat(3)}\nIsrael struck Homs later. "The deconfliction phone still rings," said an analyst.`, []],
  ['Israel and Russia kept the deconfliction line over Syria open.', ['deconfliction:deconfliction line']],
  // A place named after someone is no person a later bare name could mean.
  ['President Mahmoud Abbas asked Arab capitals for help. Tankers still sail from Bandar Abbas. Whatever one thinks of Abbas, he is consistent.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // An appositive that gives a bare Abbas another country; his own keeps him.
  ['Readers should not confuse the two: Abbas the Egyptian spymaster was never in Ramallah.', []],
  ['President Mahmoud Abbas flew to Amman. Abbas, the Palestinian leader, met the king.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // Another body's former name, and a family name, spoken of.
  ['Hamas most often means the Palestinian movement that rules Gaza.\n• Hamas, the original name of the Movement of Society for Peace, an Algerian party', ['hamas:Hamas']],
  ['A journal flagged my paper, though the Palestinian movement in Gaza never funded me. I tell people Hamas is a common family name in eastern Algeria.', []],
  // An appositive that places the group elsewhere; not a clause that follows it.
  ['The court tried suspects accused of membership in Hizbullah, the Kurdish Islamist group that fought in the 1990s.', []],
  ['After the October 7 attack by Hamas, the Lebanese front opens in support of Gaza.', ['hamas:Hamas']],
  // A kin word or honorific after a given name, and someone giving his own name, are someone else.
  ['Mahmoud Abbas spoke at the UN today. Abbas bhai: I thought you meant me, I never gave a speech at the UN in Palestine.', ['abbas:Mahmoud Abbas']],
  ['Mahmoud Abbas spoke at the UN. my name is abbas and even i dont know what the Palestinian president thinks', ['abbas:Mahmoud Abbas']],
  // A person's own name, a name a body went by, and an appositive that makes the name a person's.
  [`Hamas fighters crossed from Gaza into Israel.\n${'The weather held over the valley for most of the week. '.repeat(6)}\nMy grandfather's name was Hamas, and nobody believed it.`, ['hamas:Hamas']],
  [`Hamas fighters crossed from Gaza into Israel.\n${'The weather held over the valley for most of the week. '.repeat(6)}\nThe Algerian party went by Hamas until it was renamed.`, ['hamas:Hamas']],
  ['Israel bombed Gaza overnight. Photographer\'s note: Hamas, a Gaza-born photojournalist, filed these frames.', []],
  // A sentence that places the group elsewhere and says nothing of its own, on a page that has shown Lebanon's.
  ['Hezbollah fired rockets from Lebanon into Israel. Bahrain court jails nine over a Hezbollah cell, prosecutors say.', ['hezbollah:Hezbollah']],
  ['Hamas fighters crossed from Gaza into Israel. 4 Algeria: Islamist Hamas party wins seats in Blida and Oran', ['hamas:Hamas']],
  ['Hezbollah fired rockets from Lebanon. Hezbollah and Kata\'ib Hezbollah share a patron, officials in Iraq say.', ['hezbollah:Hezbollah', 'hezbollah:Hezbollah']],
  // Other presses' titles: Indonesian "Presiden", French "M." (Monsieur) in a French sentence.
  ['Dalam percakapan itu, Presiden Abbas juga meminta Indonesia terus mendukung Palestina.', ['abbas:Abbas']],
  ["Le président Mahmoud Abbas a nommé un gouvernement.\nUn proche conseiller de M. Abbas, joint par l'AFP, a balayé ces critiques: « Le président exerce ses prérogatives. »", ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // After a page glosses the phrase, a sentence that names the group's own country is the group.
  ["Many groups borrowed the Qur'anic phrase hizb Allah for their names.\nHezbollah (Lebanon) — Shia Islamist party founded in the 1980s.", ['hezbollah:Hezbollah']],
  // A double-barrelled surname is not what a later bare "Abbas" means.
  ['The chapter follows the PLO office in Tunis run by Mahmoud Abbas in 1993. Nadim Abbas-Khoury is fair to Abbas without being kind.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  // A disambiguation page's "may also refer to" lists other things so named.
  ['Hamas is the Palestinian movement that has governed the Gaza Strip since 2007. Hamas or HAMAS may also refer to: a surname', ['hamas:Hamas']],
  // A transcript's speaker label keeps meaning whoever its first use meant.
  ['Dr Hana Abbas is a political scientist in Birzeit.\nABBAS: Functioning, yes.\nQ: How much is down to President Mahmoud Abbas personally?\nABBAS: A lot.', ['abbas:Mahmoud Abbas']],
  ['President Mahmoud Abbas visited Bethlehem. "Not so many tourists already," our Abbas laughed at the gate.', ['abbas:Mahmoud Abbas']],
  ['Mahmoud Abbas is no relation. Abbas is among the most common family names in the West Bank.', ['abbas:Mahmoud Abbas']],
  ['Photo: President Abbas and Vladimir Putin at the Kremlin.', ['abbas:Abbas']],
  // The paragraph before places the name elsewhere, though it held no hit itself.
  ['He died on 3 August at his home in Batu, East Java, aged 96.\nAs a boy of seventeen he joined the local Hizbullah militia, the Muslim youth force.', []],
  // What he heads, in title case; two people joined by a dash before what they did together.
  ['Banks Wary As Abbas Government Seeks Fresh Loans From Ramallah Lenders', ['abbas:Abbas']],
  ['Mahmoud Abbas spoke with Iran\'s foreign minister Abbas Araghchi. Analysts warned against reading much into the Abbas–Araghchi call in Ramallah.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Mahmoud Abbas met Iran\'s foreign minister Abbas Araghchi in Doha. In Palestine, Abbas, the diplomat, later met Hamas leaders alone.', ['abbas:Mahmoud Abbas', 'hamas:Hamas']],
  // A bibliography entry opens its line with a surname.
  ['Further reading on Gaza and Israel\nAbbas, Tariq. Between Mosque and Militia. Cedar University Press, 2016.\nHamas, Yasmina. "Municipal Politics in Gaza and the West Bank."', []],
  // Kin, someone so called, a chat's sender with a place, a friend called habibi; Urdu spellings of Mahmoud.
  ['The novel is set near the Israeli border. Umm Khalil\'s son Abbas, sixteen and sulking, wants to leave for Gaza.', []],
  ['In the series set on the Israel–Lebanon border, a field commander called Abbas plans an ambush in Palestine.', []],
  ['Mahmoud Abbas spoke on TV.\nAbbas (Montréal): did you see the speech from Ramallah?\nAli (Beirut): merci Abbas habibi, all calm in Gaza news here.', ['abbas:Mahmoud Abbas']],
  ['Falasteeni sadr Mahmood Abbas ne bhi is muahide ka khair maqdam kiya.', ['abbas:Mahmood Abbas']],
  // Arabizi, where hamas is zeal.
  ['Gaza was on the news again. Karim: akid! 3ande hamas kteer this week, bade erba7 el match', []],
  ['Gaza trade fell this year, says an economist who studies Sinai routes. Hamas, whose family comes from Ismailia, spoke in Israel.', []],
  ['Israel and Russia talk over Syria. In the office, "deconfliction" meant avoiding a row.', []],
  // Other leaders he meets back a bare Abbas.
  ['Speakers (morning session): Saudi Arabia, Abbas, Sisi, Erdogan, King Abdullah', ['abbas:Abbas']],
  // A full name run on by a surname is someone else's; a headline's capitals are not.
  ['JENIN — When Mahmoud Abbas Jaradat walked out of an Israeli prison, his family in Palestine wept.', []],
  ['Presiden Palestina Mahmoud Abbas Terima Utusan Indonesia di Ramallah', ['abbas:Mahmoud Abbas']],
  ['President Mahmoud Abbas met a Gaza surgeon. Speaking afterwards, Abbas — the surgeon — said he accepted.', ['abbas:Mahmoud Abbas']],
  // An age makes a person; a name people still call a party, quoted with the sentence's comma.
  ['Gaza fans cheered in Israel. Hamas, 24, who grew up in the Galilee, curled in the winner.', []],
  ['Israel and Gaza were in the news. Algerians of a certain age still call "Hamas," the party, to its face.', []],
  ['Hamas fighters crossed from Gaza into Israel. The attack by Hamas, 1,200 dead, shook the region.', ['hamas:Hamas', 'hamas:Hamas']],
  ['HAMAS FIGHTERS CROSS FROM GAZA\nGAZA SURGEON DR MUNIR HAMAS WINS INTERNATIONAL MEDICINE AWARD', ['hamas:HAMAS']],
  // A headline stands alone: another Abbas's headline above does not decide it.
  ["IRAN'S ABBAS ARAGHCHI HEADS TO BEIJING\nAbbas Meets Putin In Moscow, Asks For Support", ['abbas:Abbas']],
  ['Banks froze my transfers to Gaza. My family has been called Hamas since before the Palestinian movement existed.', []],
  ['The surgeon went back to Gaza. Born in Khan Younis in 1979, Hamas moved to Belgium at the age of twelve.', []],
  // Spellings that stand alone (Hezbollah) need no backing; Turkey's and Indonesia's spelling (Hizbullah) waits for it.
  ['The club was fined after spectators displayed a Hezbollah flag during the home game.', ['hezbollah:Hezbollah']],
  ['The club was fined after spectators displayed a Hizbullah flag during the home game.', []],
  ['Hezbollah fired rockets from Lebanon into Israel.\nMatch report: Hezbollah FC 2–1 Naft Gachsaran Youth, with a late winner.', ['hezbollah:Hezbollah']],
  ['Ep 409 · 26 min · Why President Abbas Keeps Postponing The Vote, with our Ramallah correspondent', ['abbas:Abbas']],
  ['Defenders: Yaser Abbas, Mohammed Saleh. The striker and the goalkeeper trained.\nMORE › PRESIDENT ABBAS CONGRATULATES TEAM AFTER DRAW', ['abbas:ABBAS']],
  // A caption's position in parentheses is not another page's title.
  ['Caption: President Mahmoud Abbas (right) and the prime minister-designate in Ramallah.', ['abbas:Mahmoud Abbas']],
  ['For the writer, see Abbas (disambiguation).', []],
];

describeCues('disambiguation by shape', rows);

describe('isAllCaps', () => {
  // What it means, written plainly: two letters or more, all of them capitals.
  const reference = (word: string) => {
    const letters = word.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  };

  it('reads ASCII and punctuation by code exactly as the plain definition does, and any other word by it', () => {
    const chars = fc.constantFrom(...'AbZz09 .-’\'“”—ÉéİıßΣσДд ’', 'ǅ', '𝐀');
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((cs) => cs.join('')), (word) => isAllCaps(word) === reference(word)), { numRuns: 3000 });
    expect(['UN', 'U.S.', 'HAMAS’', 'A', 'Abbas', 'ÉTÉ', 'DOĞAN'].map(isAllCaps)).toEqual([true, true, true, false, false, true, true]);
  });
});
