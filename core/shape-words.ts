// The words the shape rules know (core/shape-rules.ts, core/person-rules.ts): what is not a name, titles a person
// takes, particles, roles and acronyms beside a group's name, and the small tests built on them.
import { phraseKey } from './phrase.ts';
import { twinned } from './plain.ts';
import { isAllCaps, wordAfter, type Neighbour } from './shape.ts';

// Capitalised words that are not names: sentence openers, days and months, pronouns. A name touching a hit is
// any other capitalised word (in ordinary sentences), so this list only has to hold what is not a name.
export const NOT_NAMES = new Set(
  (
    'a an the and or but nor so yet if as at by for from in into of off on onto over per than then to up upon with ' +
    'without within via after before since until while when where whether why how what who whom whose which that ' +
    'this these those there here now today tonight yesterday tomorrow earlier later meanwhile still also even only ' +
    'just again once twice both either neither each every all some many most more much such no not nor never ever ' +
    'he she it we they i you his her its our their my your him them us me one two three four five several ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'said says told asked added according like unlike under amid among against between beyond despite during ' +
    'however instead indeed thus hence therefore although though because unless whereas ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr sir his hers new old former late current acting interim first last next top senior ' +
    'anti pro post pre ex non neo mid whatever whichever whenever wherever whoever perhaps maybe clearly certainly ' +
    'ultimately eventually finally initially originally officially reportedly apparently recently currently ' +
    'together unless yes no oh well why let lets although everyone nobody somebody nothing everything ' +
    'inside outside across beneath behind above below near around through throughout toward towards another other ' +
    'others die der das den dem le la les el los las il lo gli des du un une una y e o u et ou und oder ' +
    // Other presses' words that open a sentence: "Aber Hamas…", "Porque Hezbolá…", "Sedangkan Hizbullah…".
    'aber denn doch auch noch schon wie wenn weil dass ob als nach vor mit ohne gegen für über seit bis bei ' +
    'warum wieso weshalb solange sobald obwohl während laut trotz wegen według podczas zdaniem gdy ' +
    'sondern zwar pero porque aunque cuando como si ni tampoco también sin contra para por según tras desde ' +
    'hasta entre sobre pues mientras mais donc car quand comme aussi sans pour après avant depuis selon puis ' +
    'lorsque alors ma perché anche senza dopo prima mentre però mas também sem após enquanto porém maar want ' +
    'omdat ook toen volgens tegen zonder de het een deze dit sedangkan memang tetapi namun karena jika bahkan juga bagi untuk ' +
    'sementara menurut ein eine einen einem einer eines que qué quien donde ahora hoy ayer esto eso este esta ese esa ' +
    'cette ces che chi questo questa oggi ieri hoje ontem isso isto ' +
    // Malay and Indonesian nouns set before a group's name: "Pegawai Hamas" (officials), "Gerakan Hamas" (movement).
    'pegawai gerakan kelompok kumpulan pemimpin anggota pejuang pasukan sayap juru pihak delegasi tokoh pejabat petinggi ketua ' +
    // German nouns the press sets before a group's name ("die Terrormiliz Hisbollah"), and Turkish sentence openers ("Peki").
    'miliz terrormiliz schiitenmiliz organisation terrororganisation bewegung gruppe gruppierung peki ama fakat yani çünkü hatta oysa ' +
    // Russian sentence openers before a name: "Позже Аббас встретился…" (later), "Однако Аббас…" (however); and
    // his titles, "Глава Аббас", "Господин Аббас".
    'и а но или что как когда где после до при по для без с со в во на о об от из за под также тоже ещё еще уже позже ' +
    'ранее затем потом сегодня вчера завтра однако кроме ведь хотя если пока лишь только даже тогда теперь здесь там ' +
    'это этот эта эти тот та те он она они мы вы я сам сама лидер глава господин'
  ).split(' '),
);

// Name particles in lower case: "al-Abbas", "Abbas ibn Ali", "Abbas al-Musawi".
export const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'abd', 'bani', 'ben', 'de', 'da', 'di', 'van', 'von']);

// Demonyms and the like: a proper-name modifier of an organisation that survives title case ("TURKISH HEZBOLLAH").
export const DEMONYM = /(?:ish|ian|ean|i|ese|an|ic)$/u;
// Country-shaped names ("Turkey", "Algeria", "Iraq", "Bahrain", "Afghanistan") for owners and "(Indonesia)".
export const PLACE = /(?:ia|stan|ey|aq|ain|an|ait|en|land)$/u;
// Countries by their English names (one word, or the last of two: "Saudi Arabia's"): an owner that makes a
// group another ("Algeria's Hamas"), where a surname of the same shape does not ("Erdogan's Hamas", "Biden's").
const COUNTRIES = new Set(
  (
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas ' +
    'bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia botswana brazil brunei bulgaria ' +
    'burma burundi cambodia cameroon canada chad chile china colombia comoros croatia cuba cyprus czechia ' +
    'denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon ' +
    'gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india ' +
    'indonesia iran iraq irak ireland israel italy jamaica japan jordan kenya kiribati kosovo kuwait laos latvia ' +
    'lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives ' +
    'mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique ' +
    'namibia nauru nepal netherlands nicaragua niger nigeria norway oman palau palestine panama paraguay peru ' +
    'philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore ' +
    'slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tanzania thailand togo ' +
    'tonga tunisia turkey turkiye tuvalu uganda ukraine uruguay vanuatu venezuela vietnam yemen zambia ' +
    'zimbabwe arabia lanka africa korea emirates sahara'
  ).split(' '),
);
/** Whether a word (its key) is a country's name, or a land's in -stan ("Kurdistan's"). */
export const namesCountry = (key: string) => COUNTRIES.has(key) || /stan$/u.test(key);
// Turkish writes a name's case ending after an apostrophe ("Erdoğan'ın", "Türkiye'nin", "Erdoğan'dan"): such a word
// is a whole name of its own, an owner or a source, not part of the name after it. Only on a page with Turkish letters.
const TURKISH_CASE = /\p{L}['’](?:n?[ıiuü]n|[yn]?[ae]|n?[dt][ae]n?|[yn]?[ıiuü]|y?l[ae]|[dt][ae]ki)$/u;
export const turkishCase = (word: string, text: string, at: number) => TURKISH_CASE.test(word) && /[ğışİ]/u.test(text.slice(Math.max(0, at - 300), at + 300));
// For the person rules (person-rules.ts): "Iran's foreign minister, Abbas", "the Abbas shrine", "Abbas's government".
// (And the spymasters and security chiefs of other states: "Egypt's spymaster Abbas", "security chief Abbas".)
export const MINISTER_BEFORE = /(?:^|[^\p{L}])(?:(?:foreign|interior|defen[cs]e|finance|health|oil|economy|justice|education)[ \t\u00A0]+minister|spymaster|spy[ \t\u00A0-]chief|(?:intelligence|security|police|army)[ \t\u00A0]+chief),?[ \t\u00A0]+$/iu;
export const SHRINE_AFTER = new Set(['shrine', 'shrines', 'mosque', 'mausoleum', 'masjid', 'imambargah', 'dargah']);
export const HIS_OFFICE_AFTER = /^['’]s?[ \t]+(?:government|administration|presidency|cabinet|resignation|successor|succession|decrees?)(?![\p{L}])/u;
// "Abbas v. City of Dearborn Heights": a case caption; "Abbas, let me start with you": someone spoken to.
export const CASE_AFTER = /* @__PURE__ */ twinned(/^[ \t]+v\.?[ \t]+\p{Lu}/u);
export const VOCATIVE = /^,[ \t\u00A0]+(?:you|your|you['’]ve|you['’]re|please|briefly|thank you|let me|over to you)(?![\p{L}'’])/iu;
// "our number 8 Abbas", "No. 10 Hamas" after a word: a player by his shirt.
export const SHIRT_BEFORE = /* @__PURE__ */ twinned(/\p{L}[ \t]+(?:number|no\.)[ \t]*\d{1,2}[ \t]+$/iu);
// A lower-case name with a full stop and a letter right after it: a handle or an address ("abbas.m", "hamas.org").
export const HANDLE = /* @__PURE__ */ twinned(/^\p{Ll}+\.[\p{Ll}\p{N}]$/u);
/** Whether a word reads as a people's or a place's name ("Kurdish", "Egyptian", "Turkey"). */
export const namesPlace = (word: string) => DEMONYM.test(word) || PLACE.test(word);

/**
 * "HAMAS, Yasmine", "ABBAS, Yusuf Qasim;", "State v. Hamas, Youssef K.": a surname, a comma, then given names, as
 * results tables, sanctions lists and court dockets write people ("Abbas, Netanyahu and Putin" is a list).
 */
export function surnameFirst(text: string, start: number, end: number): boolean {
  // …and the given name in such a cell: "Benali, Abbas | ES Sétif".
  if (/^[ \t]*(?:\||\t)/u.test(text.slice(end, end + 4)) && /(?:^|[|\t])[ \t]*\p{Lu}\p{Ll}+,[ \t]*$/u.test(text.slice(Math.max(0, start - 30), start))) return true;
  // …and an index's entry "Araghchi, Abbas – Foreign minister of Iran": the line opens with the surname, a dash follows.
  if (/^[ \t]+[–—][ \t]/u.test(text.slice(end, end + 4)) && /(?:^|\n)[ \t]*\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?,[ \t]*$/u.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (text[end] !== ',') return false;
  const rest = text.slice(end, end + 40);
  if (isAllCaps(text.slice(start, end)) && /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}\.)?[ \t]*(?:$|[;|(\t\n—–-])/u.test(rest)) return true;
  // A printed dictionary's headword in capitals and its dates: "ABBAS, FERHAT (1899–1985)".
  if (isAllCaps(text.slice(start, end)) && /^,[ \t]*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})?[ \t]*\((?:1[5-9]|20)\d\d/u.test(rest)) return true;
  // A reference list's "Hamas, K., Abbas, R. & Lindqvist, E. (2023)": a surname and initials.
  if (/^,[ \t]*\p{Lu}\.(?:[ \t-]*\p{Lu}\.)*(?:,|[ \t]+(?:&|and)[ \t]|[ \t]*\()/u.test(rest)) return true;
  // A bibliography entry opens its line: "Abbas, Tariq. Between Mosque and Militia.", "Hamas, Yasmina. \"Municipal…", "Abbas, Rania. 2021.",
  // German's "Abbas, Samira: Die Hisbollah…".
  if (/(?:^|\n)[ \t]*(?:[-•*·]|\d{1,3}[.)]|\p{L}+:)?[ \t]*$/u.test(text.slice(Math.max(0, start - 30), start)) && /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[.:][ \t]+(?:["“]?\p{Lu}|(?:1[89]|20)\d\d\.)/u.test(rest)) return true;
  // A table's cell "Hamas, Yacine | MC Oran": a surname and a given name, then the cell ends.
  if (/^,[ \t]*\p{Lu}\p{Ll}+[ \t]*(?:\||\t)/u.test(rest)) return true;
  // A results table's row "Abbas, Yazan 2198 Nablus Knights 5.5": a surname and a given name, then its figures.
  if (/^,[ \t]*\p{Lu}\p{Ll}+[ \t]+\d{3,4}[ \t]+\p{Lu}/u.test(rest)) return true;
  // A citation's "Abbas, Yusuf (2019)", "Qasim, Hadi; Abbas, Nour (2021a)": given names, then the year in brackets.
  if (/^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]*\((?:1[89]|20)\d\d[a-z]?\)/u.test(rest)) return true;
  // "Hamas, Youssef K.", and a docket's "Abbas, Nadir v. Meridian Health".
  return /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:\p{Lu}\.(?:[ \t]|$)|v\.?[ \t])/u.test(rest);
}

// "Mahmoud Abbas, a professor of chemical engineering": a job he never had, in apposition to his full name.
export const FULL_NAME_JOB = /* @__PURE__ */ twinned(/^[ \t]*[,—–][ \t]+(?:an?|the)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,2}?(?:professor|lecturer|engineer|footballer|midfielder|striker|goalkeeper|defender|student|surgeon|doctor|physician|dentist|pharmacist|nurse|farmer|chemist|physicist|cricketer|actor|singer|agronomist|grocer|barber|tailor|baker|butcher|shopkeeper|mechanic|taxi driver|bus driver)s?(?![\p{L}])/u);

// Titles that only a person takes: "Dr Hamas", "Coach Hamas".
export const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sgt', 'sergeant', 'capt', 'captain', 'judge', 'coach', 'sir', 'lady', 'madame', 'mme', 'monsieur', 'herr', 'frau', 'rabbi', 'imam', 'sheikh', 'father', 'star', 'striker', 'winger', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'skipper', 'teammate', 'playmaker', 'boxer', 'wrestler', 'sprinter', 'runner', 'swimmer', 'cyclist', 'athlete', 'fencer', 'jockey', 'bowler', 'batter', 'batsman', 'pacer', 'spinner']);
// Offices someone else holds ("Governor Abbas", "SENATOR ABBAS"): titles only when capitalised, since "the governor
// Abbas appointed" is a clause.
const OFFICE_TITLES = new Set(['governor', 'senator', 'councillor', 'councilor', 'councilman', 'councilwoman', 'colonel', 'col', 'lieutenant', 'brigadier', 'prosecutor', 'commissioner', 'lawmaker', 'mp', 'mk']);
const FRENCH_WORDS = /(?<![\p{L}])(?:(?:le|la|les|des|du|est|une|qui|que|selon|avec|pour|dans|sur|été|aux|au|par|et|ce|il|son|sa|ses|se|sont|ont|à|où|mais|leur|devrait)(?![\p{L}])|[dl]['’](?=\p{L}))/giu;
const MISTER = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])M\.[ \t\u00A0]+$/u);
/** Whether "M." right before `start` is French prose's "Monsieur" ("M. Abbas"), a title, not an initial. */
export function frenchMister(text: string, start: number): boolean {
  if (!dotBefore(text, start) || !MISTER.test(text.slice(Math.max(0, start - 5), start))) return false;
  return (text.slice(Math.max(0, start - 120), start + 120).match(FRENCH_WORDS)?.length ?? 0) >= 3;
}

// A speaker's label after a name, maybe its role or place in brackets: "SARA ABBAS (periodista):" (not an age,
// "ABBAS (89):"). Without the brackets, only in a transcript: another line opens with a speaker's label.
const SPEAKER_AFTER = /^[ \t]*(\(\p{L}[^()\n]{0,39}\)[ \t]*)?:/u;
const SPEAKER_LINE = /^[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:[ \t]/gmu;
// The last text read for speakers' labels, and whether it had two: a transcript's every label asks of the same page.
let labelled = { text: '', transcript: false };
/** Whether a name ending at `end`, on a line of its own words, is a transcript's speaker label ("NADIA ABBAS:"). */
export function speakerAfter(text: string, end: number): boolean {
  const label = SPEAKER_AFTER.exec(text.slice(end, end + 44));
  if (!label) return false;
  if (label[1]) return true;
  if (labelled.text !== text) {
    SPEAKER_LINE.lastIndex = 0;
    let lines = 0;
    while (lines < 2 && SPEAKER_LINE.exec(text)) lines++;
    labelled = { text, transcript: lines >= 2 };
  }
  return labelled.transcript;
}
// "would judge Abbas", "won't judge Abbas", "Hamas Would Judge Abbas": titles that are verbs too, and are verbs after
// a modal or an auxiliary (maybe with an adverb between), written in the same case. Not after "to": "sent to judge Abbas".
const VERB_TITLES = new Set(['judge', 'coach', 'star', 'father', 'captain', 'skipper']);
const MAKES_VERB = /(?:^|[^\p{L}])(would|will|could|should|must|can|cannot|may|might|shall|not|did|does|do|(?:wo|would|ca|could|should|did|does|do|must)n['’]t)(?:[ \t]+\p{L}+ly)?[ \t]+$/iu;
/** Whether the word at `at` follows a modal or an auxiliary written in its case, so is a verb ("Would Praise Abbas"). */
export function afterModal(word: string, text: string, at: number): boolean {
  const modal = MAKES_VERB.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return !!modal && (/^\p{Lu}/u.test(word) === /^\p{Lu}/u.test(modal)) && (isAllCaps(word) === isAllCaps(modal));
}
const verbUse = (word: string, text: string, at: number) => VERB_TITLES.has(keyOf(word)) && afterModal(word, text, at);
/**
 * Whether a word right before a name is a title someone other than the topic's person takes (the caller checks his
 * own); the word starts at `at` in `text`.
 */
export const isPersonTitle = (word: string, text = '', at = 0) =>
  (PERSON_TITLES.has(keyOf(word)) && !verbUse(word, text, at)) || (OFFICE_TITLES.has(keyOf(word)) && /^\p{Lu}/u.test(word));

export const DOTTED_TITLE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])(Mrs|Mr|Ms|Dr|Prof|Sgt|Capt)\.[ \t\u00A0]+$/u);

/** Whether spaces and a full stop come right before `start`: what DOTTED_TITLE needs, tested without a regex. */
export function dotBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  return i < start - 1 && text[i] === '.';
}

// What only an actor does, right after a name (text folded): "Hamas did not borrow its name", "Hamas chose it".
export const AGENT_VERB_AFTER = /^ (?:did|does|chose|chooses|picked|borrowed|took|signed|denied|won|fired|launched|claimed|announced|agreed|rejected|accepted|released|ruled|rules|controls|governs|seized)\b/;
// A firm, a team or a shop named after a person: "& Sons", "and Partners", "& Friends" (not "Hamas and co.", said of
// allies), "Abu Mazen Grill", "Abbas Sweets".
export const FIRM_AFTER = /* @__PURE__ */ twinned(/^[ \t]*(?:(?:&|and|AND)[ \t]+(?:Sons?|SONS?|Daughters|DAUGHTERS|Partners|PARTNERS|Associates|ASSOCIATES|Bros|BROS|Brothers|BROTHERS)|&[ \t]+(?:Friends|FRIENDS)|(?:Grill|Restaurant|Café|Cafe|Bakery|Sweets|Shawarma|Falafel|Kebab|Kitchen|Diner|Bistro|Imbiss|Pharmacy|Salon|Barbershop|Butchery|Patisserie|Pâtisserie|Supermarket|Properties|PROPERTIES|Holdings|HOLDINGS|Industries|INDUSTRIES|Enterprises|ENTERPRISES|Contracting|CONTRACTING|Realty|REALTY|Textiles?|TEXTILES?|Mills|MILLS|Traders|TRADERS|Motors|MOTORS|Garments|GARMENTS|Jewellers|JEWELLERS|Pvt|PVT)(?![\p{L}'’]))(?![\p{L}])/u);
export const FAMILY = new Set(['family', 'families', 'brothers', 'sisters', 'clan', 'household', 'siblings', 'twins']);

// Acronyms that sit next to a group's name without being part of it ("US Hezbollah sanctions", "the IDF Hamas front").
export const ACRONYMS = new Set(['us', 'uk', 'un', 'eu', 'idf', 'pa', 'plo', 'cia', 'isw', 'ap', 'bbc', 'cnn', 'afp', 'nyt']);

// Capitalised roles that may follow an organisation's name: "Hezbollah Secretary-General", "Hamas Political Bureau".
export const ROLES = new Set(
  ('secretary deputy chief leader leaders commander commanders spokesman spokesperson spokeswoman official officials mp mps ' +
    'member members minister ministers political politburo bureau council shura executive media fighters militants ' +
    'government parliament bloc movement party tv radio operatives delegation envoy representative social services ' +
    'relations office offices forces fighters supporters loyalists militia external internal security military intelligence wing unit ' +
    'investment finance financial economic health interior foreign affairs committee department ministry youth students ' +
    // Turkish: "Hamas Siyasi Büro", "Hamas Sözcüsü", "Hizbullah Heyeti".
    'siyasi lideri liderleri sözcüsü heyeti yetkilileri üyeleri').split(' '),
);

// "Mr." is "Mr"; "Lebanon’s" keeps its possessive (the caller decides what an owner means).
export const keyOf = (word: string) => {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  // Plain ASCII words (nearly all) need only lower case; the rest the full fold the word sets were built with.
  return /^[A-Za-z]+$/.test(w) ? w.toLowerCase() : phraseKey(w);
};

// A joined particle's separator comes after its two or three letters: tested first, as most words have none.
export const joinedAt = (word: string, ...at: number[]) => at.some((i) => "-'’".includes(word[i] ?? 'x'));
export const isParticle = (n: Neighbour) => PARTICLES.has(keyOf(n.word)) || (joinedAt(n.word, 2, 3) && /^(?:al|el|ul|ibn|bin)[-'’]\p{L}/iu.test(n.word));

// A headline's verbs after a name that no ending tells: plurals ("Erdogan, Abbas Discuss"), short pasts, irregular forms.
export const HEADLINE_VERBS = new Set(['discuss', 'meet', 'met', 'hold', 'held', 'say', 'said', 'agree', 'vow', 'vowed', 'urge', 'urged', 'back', 'backed', 'slam', 'reject', 'call', 'called', 'ask', 'asked', 'warn', 'warned', 'visit', 'sign', 'signed', 'win', 'won', 'lead', 'led', 'seek', 'sought', 'tell', 'told', 'host', 'pledge', 'press', 'face', 'fly', 'flew', 'head', 'open', 'offer', 'deny', 'denied', 'defend', 'sworn', 'swear', 'swore', 'quit', 'resign', 'return', 'arrive', 'leave', 'left', 'hail', 'hailed', 'praise', 'condemn', 'welcome', 'receive', 'appoint', 'sack', 'sacked', 'order', 'insist', 'dismiss', 'address', 'attend', 'skip', 'reach', 'renew', 'extend', 'approve', 'veto', 'rule', 'ruled', 'pick', 'chose', 'gave', 'took', 'made', 'sent', 'spoke', 'wrote', 'went']);

export function isVerbLike(word: string): boolean {
  const w = keyOf(word);
  // Short "-ed" words are more often given names ("Javed", "Ahmed", "Khaled") than a verb before a name.
  return /(?:[^s]s|ing)$/.test(w) || (/ed$/.test(w) && w.length >= 8);
}

// "Hroub, K. Hamas: Political Thought…": a reference list's author, surname first, before the title of a work.
const CITED_AUTHOR_BEFORE = /\p{Lu}[\p{L}'’-]+,[ \t]+(?:\p{Lu}\.[ \t]*){1,3}$/u;

/** Whether an initial right before the hit ends a cited author's name, so the hit opens a work's title. */
export const citedAuthorBefore = (text: string, start: number) => CITED_AUTHOR_BEFORE.test(text.slice(Math.max(0, start - 40), start));

/** Whether a capitalised name that `notHis` says is someone else's follows the word at `at` ("al-Aqqad", "Hamdan"). */
export function familyNameAfter(text: string, at: number, notHis: (word: string) => boolean): boolean {
  const next = wordAfter(text, at);
  return !!next && next.joiner === 'space' && /^(?:(?:al|el)-)?\p{Lu}\p{Ll}/u.test(next.word) && notHis(next.word.replace(/^(?:al|el)-/u, '')) && !isVerbLike(next.word);
}

// An appointment after "named" ("Arafat named Abbas prime minister", 'named Abbas "President of the State"', "named
// Abbas to it"): the verb gives an office, not a name.
export const APPOINTED_AFTER = /^[ \t]+(?:as[ \t]+)?["“‘]?(?:(?:the|his|its|their)[ \t]+)?(?:(?:first|new|interim|acting)[ \t]+)?(?:palestinian[ \t]+)?(?:prime[ \t]+minister|premier|president|chairman|successor|deputy|head|leader|envoy|negotiator)(?![\p{L}])|^[ \t]+to[ \t]+(?:head|lead|succeed|replace|it|the[ \t]+(?:post|job|role|cabinet|government))(?![\p{L}])/iu;

// A sender's line after a name: where he writes from, then a colon ("(Leeds) wrote:", "(Lebanon) (spoke in Arabic):").
export const SENDER_AFTER = /^[ \t]*(?:\((\p{Lu}[^()\n]{0,29})\)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:(?:wrote|posted|replied|commented)[ \t]*)?:|(?:wrote|posted|replied|commented)[ \t]*:[ \t]*$)/mu;
// A title opening a record's line before the name ("Mr. Abbas (Pakistan):").
export const MR_OPENS_LINE = /(?:^|\n)[ \t]*(?:Mr|Ms|Mrs|Dr)\.?[ \t]+$/u;

/**
 * Whether a word that opens a sentence is written in lower case elsewhere in the text: a common word of the page's
 * language ("Ancak Abbas", Turkish "however"), not a given name, whatever language it is.
 */
export function lowerElsewhere(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || lower.length < 3) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    // In prose, between spaces and punctuation: a handle or an address ("@hana_abbas") writes names in lower case.
    if (/^\s?$/u.test(text[at - 1] ?? '') && /^[\s,;:.!?]?$/u.test(text[at + lower.length] ?? '')) return true;
  }
  return false;
}

// A kin word or honorific after a given name ("Abbas bhai", "Abbas ji", "Abbas uncle"): a relative or a friend.
export const HONORIFIC_AFTER = new Set('bhai bhaiya bhaijaan bhaijan bhaiyya sahib sahab saheb saab ji jee jaan jan bey efendi effendi agha aga uncle chacha chachu mamu mamoo dada nana habibi habibti khay akhi'.split(' '));
// "my Abbas", "our friend Abbas", "my nephew is Abbas", "my constituent, Mr Mahmoud Abbas": someone the writer knows.
export const MY_OUR = /(?:^|[^\p{L}])(?:my|our)[ \t]+(?:(?:(?:old|best|good|dear|late)[ \t]+)?(?:friend|neighbou?r|colleague|classmate|flatmate|roommate|mate|buddy|pal)[ \t]+|(?:son|daughter|nephew|niece|cousin|brother|grandson|husband|uncle|constituent|client|patient|tenant|landlord)(?:,|[ \t]+(?:is|was))[ \t]+(?:(?:mr|mrs|dr)\.?[ \t]+)?)?$|(?:^|[^\p{L}])(?:мой|моя|наш|наша|твой)[ \t]+(?:(?:старый|лучший|добрый)[ \t]+)?(?:друг|сосед|коллега|одноклассник|однокурсник)[ \t]+$/iu;
export const MY_OUR_LAST = new Set(['my', 'our', 'friend', 'neighbour', 'neighbor', 'colleague', 'classmate', 'flatmate', 'roommate', 'mate', 'buddy', 'pal', 'is', 'was', 'mr', 'mrs', 'dr']);
// "…a Cairo taxi driver, is called Mahmoud Abbas", "a driver called Mahmoud Abbas": a name someone is given.
export const IS_CALLED = /(?:^|[^\p{L}])(?:is|was|an?[ \t]+\p{L}+)[ \t]+(?:called|named)[ \t]+$/iu;
// "a Mahmoud Abbas who delivers bread": the article before a full name (plain text reads the ASCII twin).
export const A_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])an?[ \t]+$/iu);

// German writes every noun with a capital: in German prose a capitalised word after a group's name is a noun of the
// sentence ("der Hamas Verstöße vorwerfen", "sagt Hisbollah Unterstützung zu"), not more of the name.
// (Only German has the first kind; English, Dutch and the Nordic languages also write "die", "den", "hat", "im".)
const ONLY_GERMAN = 'und|nicht|sich|auf|für|über|wurde|wird|zur|zum|vom|ist|sagt|gegen|bei|nach|auch|oder|eine[mnr]?';
const GERMAN_ONLY = new RegExp(`(?<![\\p{L}])(?:${ONLY_GERMAN})(?![\\p{L}])`, 'iu');
const GERMAN_WORDS = new RegExp(`(?<![\\p{L}])(?:${ONLY_GERMAN}|der|die|das|den|dem|mit|zu|hat|im|vor)(?![\\p{L}])`, 'giu');

/** Whether the text within 100 characters of a hit reads as German: two of its function words, one only German has. */
export function germanProse(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 100), end + 100);
  return GERMAN_ONLY.test(near) && (near.match(GERMAN_WORDS)?.length ?? 0) >= 2;
}

// Words that join two names, in the presses the matcher reads ("Abbas and Araghchi", "Abbas und Araghtschi", "Abbas y
// Araghchi"): person-rules.ts besideNamesake.
export const JOINING_WORDS = 'and|&|or|with|und|oder|mit|et|ou|avec|y|o|con|e|ve|en|i';
