// Cues found on session 24's blind batches (x420–x427, tune halves only). Each row fails without the rule it stands
// for, except the ones marked as what a rule leaves alone. Public figures appear as the news names them; every other
// person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // A transcript's speaker with a note in brackets ("through interpreter") is not a sender writing from a place.
  ['Interview with Palestinian President Mahmoud Abbas in Ramallah.\n\nHOST: Thank you for seeing us.\n\nABBAS (through interpreter): You are welcome.', ['abbas:Mahmoud Abbas', 'abbas:ABBAS']],
  // (Left alone: a sender's place in brackets.)
  ['Palestinian president Mahmoud Abbas spoke on Sunday.\n\nAbbas (Leeds) wrote: my shop was busy all day.', ['abbas:Mahmoud Abbas']],
  // A given name beside the surname, both in capitals, in a line that is not: a speaker label, someone else's.
  ['Abu Mazen sits in the Muqata\'a and signs decrees.\n\nWALID ABBAS (Joint List): For quiet, MK Cohen!', ['abbas:Abu Mazen']],
  // (Left alone: his own title in capitals before the surname.)
  ['Abu Mazen sits in the Muqata\'a and signs decrees.\n\nPRESIDENT ABBAS (through interpreter): We want elections.', ['abbas:Abu Mazen', 'abbas:ABBAS']],
  // A military rank before the full name, and a footballer's position written with its hyphen: namesakes.
  ['Palestinian politics. Syria says strikes hit Masyaf. Brigadier General Mahmoud Abbas, who led a radar battalion, was among the dead. Brig. Gen. Abbas was 52.', []],
  ['Palestinian football. Eastfield sign Egyptian-born full-back Mahmoud Abbas from Harwick Town. Abbas played 40 games last season.', []],
  // A trade in apposition with "the" after the full name, as with "a": a namesake's.
  ['Palestinian families of Dearborn. Remembering Mahmoud Abbas, the grocer who fed half of Warren Avenue. Abbas ran the shop for forty years.', []],
  // Someone's relative, client or constituent: "My nephew is Abbas", "My constituent, Mr Mahmoud Abbas".
  ['Baby names forum\n\nMy nephew is Abbas and he is nine. Nobody ever mentioned the Palestinian president to him.', []],
  ['Visa delays debate in Parliament about Palestinian families. My constituent, Mr Mahmoud Abbas, applied for his wife to join him in March. Mr Abbas has heard nothing.', []],
  // "Like the president?" after the full name in a question: the page says it is someone else.
  ['Palestinian names at the hotel desk. "Mahmoud Abbas? Like the president?" Yes, I say, like the president.', []],
  // A list of parties before the verb ("Pentagon, Moscow sign"): another arrangement, even in capitals.
  ['Archive: Israel, Russia and Syria\nOCT 2015\nPENTAGON, MOSCOW SIGN DECONFLICTION DEAL FOR SYRIAN SKIES', []],
  // Two sides of the practice that are no parties, in lower case.
  ['Israel and Russia over Syria. Officials said deconfliction between large national drills and the alliance\'s own exercises was resolved.', []],
  ['Israel and Russia over Syria. Poland has added procedures for deconfliction between airliners and military drones near the border.', []],
  // (Left alone: the two sides named by the people who lead them, and "the two militaries".)
  ["Israël et la Russie en Syrie : le mécanisme de déconfliction négocié entre Benyamin Nétanyahou et Vladimir Poutine en 2015 tient toujours.", ['deconfliction:déconfliction']],
  ['Israel and Russia over Syria: the deconfliction mechanism between the two militaries still works, officials say.', ['deconfliction:deconfliction mechanism']],
  // "airspace and the deconfliction arrangement": a domain joined by "and the" does not qualify the next noun.
  ['Hezbollah says the border has not changed. The paper writes about Israel\'s freedom of action in Syrian airspace and the deconfliction arrangement that lets Israeli jets fly alongside Russian forces.', ['hezbollah:Hezbollah', 'deconfliction:deconfliction']],
  // A photo caption's place in other presses' words ("(tengah)", "(centro)") is no disambiguator of a page title.
  ['Presiden Palestina Mahmoud Abbas (tengah) berbicara kepada wartawan di Jakarta. Abbas berterima kasih kepada Indonesia.', ['abbas:Mahmoud Abbas', 'abbas:Abbas']],
  ['Presidente palestino Mahmoud Abbas (centro) habla con periodistas en Madrid.', ['abbas:Mahmoud Abbas']],
  // Malay and Indonesian nouns set before a group's name are no given names ("Pegawai Hamas", its officials).
  ['13:40 – Israel menyerang Gaza lagi pagi ini.\n13:45 – Pegawai Hamas di Doha berkata delegasi mereka akan ke Kaherah.', ['hamas:Hamas']],
  // The Italian press's word for the arrangement.
  ['Ore 10.40 – Mosca: «Con Israele il meccanismo di deconflitto resta attivo» sui cieli della Siria.', ['deconfliction:deconflitto']],
  // "Hebrew" glosses only a lower-case hamas as the word: the group's name in Hebrew script, quoted from a tabloid.
  ['Press review.\nTEL AVIV — The best-selling Hebrew tabloid: "חמאס משחק על זמן" ("Hamas is playing for time").', ['hamas:חמאס']],
  // A job he never had in apposition after the full name, with "the" or "a" and any two words before it…
  ['Palestinian economy. "Tourism is not enough," said Mahmoud Abbas, an economist at Cairo University. Abbas expects more cuts.', []],
  // …but not a metaphor's "of" nor his own body's title (left alone).
  ["Arafat relied on senior aides, among them Mahmoud Abbas, the PLO's chief architect of the Oslo channel.", ['abbas:Mahmoud Abbas']],
  // With whom, in other presses' words ("avec les Américains", "mit der israelischen Armee").
  ['Israël et la Russie en Syrie. « La déconfliction avec les Américains est technique et froide », dit un officier.', []],
  ['In Moskau hieß es aus dem Verteidigungsministerium, der sogenannte Deconfliction-Mechanismus mit der israelischen Armee funktioniere weiterhin.', ['deconfliction:Deconfliction']],
  // Ground deconfliction is a domain's practice, not the air arrangement.
  ['Israel and Russia over Syria: a thick web of ground deconfliction keeps the rival militias apart.', []],
  // Someone's surname given ("our surname is Abbas"), and a full name someone "is called" (not his kunya, left alone).
  ['Palestinian politics. Is it a bad idea to name our son Mahmoud if our surname is Abbas?', []],
  ['Palestinian satire. The premise of the novel is simple: its hero, a Cairo taxi driver, is called Mahmoud Abbas, and he is sick of it.', []],
  ['The later Palestinian president is called Abu Mazen, after his eldest son.', ['abbas:Abu Mazen']],
  // A bibliography entry after a label on its line ("Reading: Abbas, Nour."), as at the line's start.
  ['Palestinian politics reading list.\n  Reading: Abbas, Nour. "Ballots without a state." Comparative Elections 12 (2019).', []],
  // German nouns set before a group's name ("die Miliz Hisbollah") and Turkish sentence openers ("Peki") are no names.
  ['Israel und Libanon. Die schiitische Miliz Hisbollah machte Israel verantwortlich.', ['hezbollah:Hisbollah']],
  ['Lübnan ve İsrail. Peki Hamas hangisine yakın?', ['hamas:Hamas']],
  // "a driver called Mahmoud Abbas": a name someone is given, as with "is called".
  ['Travel forum: Palestinian and Egyptian sites. We used a driver called Mahmoud Abbas last February and he was excellent. +1 for Abbas.', []],
  // Its own side's two-word places before the word ("Moscow–Tel Aviv") are no other place's arrangement.
  ['Israel and Russia over Syria. The old Moscow–Tel Aviv deconfliction channel never stopped an Israeli strike.', ['deconfliction:deconfliction']],
  // The bare word in quotation marks, with its two parties not both near: the word spoken of.
  ['Since 2015 Israel and Russia have kept a deconfliction mechanism over Syria. Officers at Hmeimim and in Tel Aviv warn each other of flights, and the line has survived several crises, including the loss of a Russian plane in 2018 and years of strikes near Damascus.\nA final word of caution about the vocabulary, though. "Deconfliction" has become a fashionable word; aid agencies and project managers use it for anything.', ['deconfliction:deconfliction mechanism']],
  // (Left alone: both parties near the quoted word.)
  ['Netanyahu spoke with Putin on Thursday, his office said, and the two agreed to keep up military "deconfliction" over Syria.', ['deconfliction:deconfliction']],
];

describeCues("cues from session 24's blind batches", rows);
