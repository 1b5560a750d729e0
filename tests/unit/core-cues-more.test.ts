// Cues found on session 20's blind batches (tune halves only): how other presses join words to the names, and how
// scholars cite a namesake. Each row fails without the rule it stands for, except the two that show what a rule leaves
// alone ("Hamas-Iraq", "with zeal"); every other person named here is invented.
import { describeCues, type CueRow } from './cue-rows.ts';

const rows: CueRow[] = [
  // German joins nouns to a name with a hyphen; their plural -en is no place's ("Hamas-Iraq" still is).
  ['Nordgrenze: Israel meldet Angriffe auf Hisbollah-Stellungen im Südlibanon', ['hezbollah:Hisbollah']],
  ['Claimed by Hamas-Iraq, the attack hit a convoy near Fallujah.', []],
  // Arabic joins "and", "so", "to" and "as" to the name after them; not "with" (بحماس, "with zeal") or the article.
  ['قالت مصادر محلية إن المستودعات تابعة لحزب الله اللبناني.', ['hezbollah:حزب الله']],
  ['وقال الوسطاء إن إسرائيل وحماس وافقتا على تمديد الهدنة.', ['hamas:حماس']],
  ['استقبل الجمهور اللاعبين بحماس كبير، وكان الحماس واضحاً في المدرجات.', []],
  // Russian's adjectives for Israel and its names for the Syrian places back the group and the arrangement.
  ['Израильские ВВС нанесли удары по складам, которые, по данным израильской армии, использовались движением «Хезболла».', ['hezbollah:Хезболла']],
  ['Источник сообщил, что израильская сторона уведомила командование на авиабазе Хмеймим по механизму деконфликтинга.', ['deconfliction:деконфликтинга']],
  // Italian's Moscow.
  ['Raid israeliani vicino a Latakia, Mosca avverte: "Il meccanismo di deconfliction va rispettato"', ['deconfliction:deconfliction']],
  // Romance "de" after a common noun is "of": "las palabras de Abás" are his; "Ricardo de Abbas" is a surname's particle.
  ['El presidente Mahmud Abás habló en la ONU. Un portavoz de Hamás calificó las palabras de Abás de "irresponsables".', ['abbas:Mahmud Abás', 'hamas:Hamás', 'abbas:Abás']],
  ['O presidente Mahmoud Abbas falou. O gabinete de Abbas criticou o Hamas, e o atacante Ricardo de Abbas marcou dois gols.', ['abbas:Mahmoud Abbas', 'abbas:Abbas', 'hamas:Hamas']],
  // German "von" after a noun is "of/by" too; German capitalises its nouns, so only a given name makes it a particle.
  ['Präsident Mahmud Abbas traf den Kanzler in Berlin. Die Hamas wies die Äußerungen von Abbas zurück.', ['abbas:Mahmud Abbas', 'hamas:Hamas', 'abbas:Abbas']],
  // An author-date citation with pages, a possessive or a co-author cites a scholar, not the president.
  ['President Abbas postponed the vote. As Abbas (2016: 41) observes, decree-laws had long been the rule; Abbas and Haddad (2020) stress donors, and Abbas\'s (2016) data remain the best.', ['abbas:Abbas']],
  // A bibliography's line in German: "Surname, Given name: Title".
  ['Präsident Mahmoud Abbas regiert per Dekret.\nLiteratur\nAbbas, Samira: Die Hisbollah im libanesischen Konfessionssystem. Berlin 2011.', ['abbas:Mahmoud Abbas', 'hezbollah:Hisbollah']],
  // The group's own bodies right after its name are no other group's name ("Hizballah External Security Organisation",
  // "Hamas Izz al-Din al-Qassam Brigades").
  ['Proscribed organisations\nThe Hizballah External Security Organisation was proscribed in 2001.', ['hezbollah:Hizballah']],
  ['Its armed wing, the Hamas Izz al-Din al-Qassam Brigades, was proscribed in 2001; Hamas as a whole followed in 2021.', ['hamas:Hamas', 'hamas:Hamas']],
  // A transcript's label whose head is a caller or another country's seat names someone else.
  ['HOST: Next caller, go ahead.\n\nCALLER (MAHMOUD ABBAS): Same name as the Palestinian president, yes.', []],
  ['PRESIDENT: I give the floor to the representative of Pakistan.\n\nPAKISTAN (MR. ABBAS): Thank you. The situation in Gaza and the fate of President Mahmoud Abbas\'s authority concern us all.', ['abbas:Mahmoud Abbas']],
  // Other presses' jobs in apposition, with their articles; a shop named after someone.
  ['À manger\nLe matin, achetez un kaak chez Abbas, le vendeur ambulant installé devant la mosquée, puis lisez les nouvelles de Ramallah.', []],
  ['Abu Mazen Grill — Sonnenallee, Berlin\nThe owner left Gaza in 2009; Hamas, Israel and the war are never far from the talk at the counter.', ['hamas:Hamas']],
  // "of" and an adjective made of a name and a participle is no "Hamas of Iraq".
  ['SPOKESPERSON: We have no evidence of systematic diversion by Hamas of UN-delivered aid in Gaza.', ['hamas:Hamas']],
  // Hebrew joins "the", "and", "to"… to a name as Arabic does; Hebrew and Persian write Kata'ib before another group.
  ['דיון סוער במליאה: "הרשות לא תחליף את החמאס בעזה".', ['hamas:חמאס']],
  ['22:31 | ארגון המיליציות העיראקי כתאאב חיזבאללה טוען כי שיגר כטב"ם לעבר אילת.', []],
  ['اسرائیل به مواضع کتائب حزب‌الله در سوریه حمله کرد.', []],
  // Arabic names of Lebanon's south back Hezbollah as their English names do.
  ['النبطية – أحيا حزب الله، أمس، ذكرى اغتيال أمينه العام في بلدة النبي شيت في البقاع.', ['hezbollah:حزب الله']],
  // Its own modifier before a word for a group is its own too, on a page that named another group first.
  ['Kataib Hezbollah (KH) is a militia founded in 2007.\nDespite the shared name, KH is organisationally separate from the Lebanese party Hezbollah.', ['hezbollah:Hezbollah']],
  // A news agency's picture credit, "REUTERS/" and the photographer's name, as the photo line after a caption has it.
  ['PALESTINIAN PRESIDENT MAHMOUD ABBAS MEETS EU ENVOY IN RAMALLAH\nREUTERS/ABBAS SALEM', ['abbas:MAHMOUD ABBAS']],
  // A title before another given name, as a court's caption writes the parties in capitals.
  ['UPPER TRIBUNAL\nBetween\nMR HAWKAR ABBAS\nAppellant\nThe appellant says he fled the Palestinian Authority of President Mahmoud Abbas.', ['abbas:Mahmoud Abbas']],
  // Someone's own little one is a metaphor, capitalised or not.
  ['Post #216 by Marco\nThe ultras decide who may sign. They\'re our own little Hezbollah, a state inside the state.', []],
  // A job he never had, in apposition to his full name ("a professor", "an engineer"; not "the president").
  ['Desalination pilot in Gaza\nThe research group is led by Mahmoud Abbas, a professor of chemical engineering who has spent a decade on brackish water.', []],
  // An arrangement "of their own" is another one than the page's.
  ['Israel has kept its deconfliction mechanism with Russia over Syria since 2015. Two of Syria\'s other neighbours met in Baku this spring to discuss a deconfliction mechanism of their own.', ['deconfliction:deconfliction mechanism']],
];

describeCues('cues from the blind batches (session 20)', rows);
