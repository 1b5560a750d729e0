// Cues found on session 23's blind batches and the corpus (tune halves only). Each row fails without the rule it
// stands for, except the ones marked as what a rule leaves alone. Public figures appear as the news names them; every
// other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // A case form opening a sentence after a capitalised noun: a press gives the group's name its ending, and no other
  // group's ("Delegacja Hamasu", the delegation of Hamas).
  ['KAIR / WARSZAWA. Delegacja Hamasu przekazała mediatorom odpowiedź w sprawie Strefy Gazy.', ['hamas:Hamasu']],
  // (Left alone: Turkish's compound ending follows another group's modifier, "Türk Hizbullahı".)
  ['Türkiye: Türk Hizbullahı ya da halk arasında bilinen yapı ise Sünni bir örgüttür.', []],
  // Polish case forms of his surname, and of the group's (the locative).
  ['Prezydent Autonomii Palestyńskiej Mahmud Abbas spotkał się w Ammanie z królem. Według doradców Abbasa dyplomaci przekazali Abbasowi list. W samym Hamasie w Strefie Gazy trwa spór.', ['abbas:Mahmud Abbas', 'abbas:Abbasa', 'abbas:Abbasowi', 'hamas:Hamasie']],
  // The Turkish press's Abu Mazen.
  ['Filistin Devlet Başkanı, kamuoyunda "Ebu Mazen" olarak da bilinen lider, Gazze için çağrı yaptı.', ['abbas:Ebu Mazen']],
  // A word opening a sentence that the page writes in lower case elsewhere is its language's common word, not a
  // given name ("Ancak", Turkish "however").
  ["Filistin Devlet Başkanı Mahmud Abbas konuştu. Lider, ancak bir gün sonra Ankara'dan ayrıldı. Ancak Abbas, soruyu yanıtsız bıraktı.", ['abbas:Mahmud Abbas', 'abbas:Abbas']],
  // (Left alone: a given name the page writes in lower case only in a handle.)
  ['Palestinian president Mahmoud Abbas spoke in Ramallah.\nHana Abbas @hana_abbas_news · 18:04\nHe has started.', ['abbas:Mahmoud Abbas']],
  // Someone's own one that ends the clause is a metaphor; "its own Hezbollah problem" is the group's (left alone).
  ['Local Matters | Our street has its own Hezbollah. Every neighbourhood has one.', []],
  ['Israel and Lebanon. Lebanon has its own Hezbollah problem, the minister said.', ['hezbollah:Hezbollah']],
  // Another age's words make a bare name someone else's only on a page that has not named him firmly: columnists
  // liken the president to a late Abbasid caliph. (Left alone: a page about the dynasty.)
  ['Palestinian politics. It is hard to watch Mahmoud Abbas today without thinking of those late Abbasids. Abbas, now in his late eighties, was elected in 2005.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['The Abbasids took their name from Abbas, an uncle of the Prophet; the caliphs ruled from Baghdad.', []],
  // A scholar's ayn is the name's first letter: the words before it are before the name.
  ['Palestinian politics. President Mahmoud Abbas spoke. Note on the name: the surname is the common Arabic given name ʿAbbās ("stern").', ['abbas:Mahmoud Abbas']],
  // An age he has not had for decades, ending its sentence, after his full name: a namesake's.
  ['Israel and Syria. "I flew as low as I dared," said Mahmoud Abbas, 49. He now lives in Germany.', []],
  // A firm's words after the surname, in capitals too.
  ['Palestinian President Mahmoud Abbas met Blinken.\nABBAS TEXTILE MILLS Q1 PROFIT RISES 12% ON YARN EXPORTS', ['abbas:Mahmoud Abbas']],
  // Someone giving his own name with "really" in between.
  ["Israël et le Hamas à Gaza. Pour info, je m'appelle vraiment Abbas, je suis de Saint-Denis.", ['hamas:Hamas']],
  // Who set the arrangement up and with whom, right after it, outweigh another pair further back in the sentence.
  ['Israel strikes in Syria. Analysts said any Israel–Turkey channel would borrow from the deconfliction mechanism Israel set up with Russia in 2015.', ['deconfliction:deconfliction mechanism']],
  // His age before the name, in a headline's capitals too.
  ['BANDAR ABBAS WAREHOUSE FIRE CONTAINED, OFFICIALS SAY\n89-YEAR-OLD ABBAS MEETS IRAQI PM ON EVE OF SUMMIT', ['abbas:ABBAS']],
  // A country in brackets after the name, not only a word shaped like a place's: another group.
  ['Israel and Lebanon. Other groups so named:\n• Hezbollah (Venezuela), a small group reported in the 2000s', []],
  // A further name after his full name, with its own years: another man's whole name, in a list's title case too.
  ['Mahmoud Abbas may refer to:\n• Mahmoud Abbas (born 1935), Palestinian president\n- Mahmud Abbas Hamdi (1921–1990), Egyptian Civil Engineer', ['abbas:Mahmoud Abbas']],
  // A list of pages whose titles hold the name speaks of the name, not of him or the group.
  ['Palestinian President Mahmoud Abbas\n• All pages with titles containing Mahmoud Abbas\n• All pages with titles beginning with Hamas', ['abbas:Mahmoud Abbas']],
  // A nickname the sentence gives someone it names, with none of his own words: another man's kunya. (Left alone:
  // his own, and one the sentence explains by his son.)
  ['The Palestinian Authority, headed by President Mahmoud Abbas. KHALIL DARWISH, a/k/a "Abu Mazen," the defendant, is a Jordanian national.', ['abbas:Mahmoud Abbas']],
  ['Mahmoud Abbas, also known as Abu Mazen, spoke in Ramallah.', ['abbas:Mahmoud Abbas', 'abbas:Abu Mazen']],
  ['Palestinian politics. He named his eldest son Mazen, and he has been known throughout Fatah as Abu Mazen ever since.', ['abbas:Abu Mazen']],
  // An age before his full name that he had before 2000 ("At 19,", "the 22-year-old"): a namesake's.
  ['Gaza and the West Bank lead the news. At 19, Mahmoud Abbas has heard every joke there is about his name.', []],
  // The words of a designated group's record back the group: praising it, glorifying it, its financing, proscribed.
  ['Club fined €40,000 after supporters displayed a banner praising Hamas during the Europa League play-off.', ['hamas:Hamas']],
  ['The council asked about flags of proscribed organisations, naming Hizbullah among them.', ['hezbollah:Hizbullah']],
  // A byline in other presses' words ("Por", "Von", "Par"): the writer is no namesake the page's bare name means.
  ['Por Abbas Hamdan\nRamala (Cisjordania), 14 oct (EFE).- El presidente palestino, Mahmud Abás, pidió ayuda a la ONU.\nEn una conversación telefónica, Abás reclamó también la entrada de ayuda.', ['abbas:Mahmud Abás', 'abbas:Abás']],
  // Someone identified as a person of his full name (a casualty report's victim) is a namesake.
  ['Gaza war. Relatives identified the man as Mahmoud Abbas, a father of seven who had gone back to his farm.', []],
];

describeCues('cues from the blind batches (session 23)', rows);
