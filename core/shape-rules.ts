// The rules that read the shape of the text around a hit (core/shape.ts): another name touching a person's bare
// name, a proper-name modifier around an organisation's, other parties of an arrangement, credits, names spoken of
// rather than used. Each says only whether the hit is someone or something else; disambiguate.ts weighs the rest.
import { spelledOutOtherwise } from './acronym.ts';
import { byPractice, definedWord, placeBefore } from './arrangement-rules.ts';
import type { Hit, Original, ShapeVerdict } from './hit.ts';
import { ARABIC, LOWER_START, wordSense } from './word-sense.ts';
import { GIVEN_NAMES } from './given-names.ts';
import { beforeFounding } from './life.ts';
import { citedTitle } from './labels.ts';
import { lowerCaseMetaphor, MEANT, spelledHere } from './spelled.ts';
import { backedNearby, groupRoleAfter, namesItsParties, ownPlaceBefore } from './nearby.ts';
import type { PageContext } from './page-context.ts';
import { byFullNameShape, byPersonShape } from './person-rules.ts';
import { ACRONYMS, citedAuthorBefore, frenchMister, germanProse, dotBefore, DOTTED_TITLE, FAMILY, FIRM_AFTER, HANDLE, isPersonTitle, isVerbLike, joinedAt, keyOf, namesCountry, namesPlace, NOT_NAMES, PERSON_TITLES, ROLES, SHIRT_BEFORE, surnameFirst, turkishCase } from './shape-words.ts';
import { twinned } from './plain.ts';
import type { CompiledTopic, Shape } from './rules.ts';
import { inCredit, inPhotoCredit, isAllCaps, opensLine, QUOTES_OPEN, isCapitalised, isPossessive, localCase, startsSentence, wordAfter, wordBefore, type LineCase, type Neighbour } from './shape.ts';
export type { Hit, Original, ShapeVerdict } from './hit.ts';

// A naming phrase right before a name: the text is saying what something is called.
const NAMING = /(?:\b(?:known|called|call (?:it|them|the [\p{L}]+)|calling itself|calls itself|called itself|named|dubbed|styled|the name|the title|(?:its|their|his|her) (?:original |old |former |full |short )?name|the label|the acronym|acronym|abbreviated|abbreviation|(?:went|goes|go|going) by|(?:sur)?name (?:is|was))(?:\s+(?:until \d{4}|since \d{4}|in the \d{4}s|formerly|previously|originally|simply|locally|widely|also|often|sometimes|commonly|usually|in [\p{L}]+|by its [\p{L} ]+?|as|to|it))*,?\s+["'“‘]?)$/u;
const REPORTED_LABEL = /\bwhat (?:[\p{L}'’-]+ ){1,3}(?:called|calls|described as|describes as|termed|terms)\s+["'“‘]?$/u;
const NAMING_WORD = /known|call|nam|dub|styl|label|title|acronym|abbrevia| by /;
const describedAs = (lead: string, norm: string, hit: Hit) => /\bcall(?:s|ed)? $/u.test(lead) && /^ (?:the|a|an) /u.test(norm.slice(hit.end, hit.end + 5));

/** Whether a word right before an organisation's name makes it another group ("Turkish Hezbollah", "Kataib Hezbollah"). */
function isOtherModifier(n: Neighbour, shape: Shape, caseOf: () => LineCase, text: string, roleAfter: boolean, caseForm: boolean): boolean {
  const owner = /['’][sS]?$/u.test(n.word) || turkishCase(n.word, text, n.at) ? n.word.replace(/['’]\p{L}*$/u, '') : null;
  const key = keyOf(owner ?? n.word);
  // A word with a full stop ends what came before ("Q1. Hamas took control").
  if (n.joiner !== 'space' || n.word.endsWith('.') || !isCapitalised(n.word) || NOT_NAMES.has(key) || shape.own.has(key) || shape.partners.has(key)) return false;
  // "Iran-backed", "Iran-Backed", "Tehran-aligned": an adjective, not part of a name ("Ansar-e" is).
  if (/-(?:\p{Ll}{3,}|\p{L}+(?:ed|ing))$/u.test(n.word)) return false;
  // A short acronym in prose: a club's or unit's prefix ("PS Hizbullah") unless it is a state or body nearby.
  const lc = caseOf();
  if (isAllCaps(n.word) && lc !== 'caps') return n.word.length <= 3 && !ACRONYMS.has(key) && owner === null;
  // "Algeria's Hamas", "Turkey's Hizbullah" are other groups, "Lebanon's Hezbollah" and "Biden's Hamas" (a person's) not.
  if (owner !== null) return namesCountry(key);
  // Capitals tell nothing in a headline or a table: there a place, or a given name before a surname ("Tariq Hamas").
  if (lc !== 'sentence') return namesPlace(key) || (!!shape.familyName && GIVEN_NAMES.has(key));
  // At a sentence or list item's start the capital is the sentence's: "Assassinated Hamas members"; before one of
  // the group's roles only a place makes another group ("Chief Hamas negotiator", not "Kurdish Hizbullah militants"),
  // and outside the Latin script (Russian presses write other groups' modifiers in lower case: "Делегация ХАМАС"),
  // nor before a case form, which a press gives the group's name and no other group's ("Delegacja Hamasu").
  if (startsSentence(text, n.at)) return roleAfter || caseForm || !/\p{Script=Latin}/u.test(n.word) ? namesPlace(key) : !isVerbLike(n.word);
  return true;
}

const QUOTE_AFTER = /["”“’»]/u;
const BRIGADES_OF = /(?<![\p{L}-])(?:Brigades|Bataillons|Brigadas|Batallones|Brigate|Brigaden)[ \t]+(?:du|de la|de|del|della|der)[ \t]+$/u;

function afterNames(orig: Original, after: Neighbour | null, shape: Shape, caseOf: () => LineCase): boolean {
  // "Hizbullah (Indonesia)": a parenthesised place that is not the topic's own.
  if (charAfterSpaces(orig.text, orig.end) === '(') {
    const paren = /^[ \t]*\((\p{Lu}\p{L}+)\)/u.exec(orig.text.slice(orig.end, orig.end + 40))?.[1];
    if (paren && !shape.own.has(keyOf(paren)) && (namesPlace(keyOf(paren)) || namesCountry(keyOf(paren)))) return true;
  }
  if (!after) return false;
  if (joinedAt(after.word, 2) && /^(?:al|el)[-'’]\p{L}/iu.test(after.word)) return true;
  // "Hamas-Iraq": a place joined after the name, not its own, a partner's ("Hamas-Israel war") or German's -en nouns.
  if (after.joiner === 'hyphen' && isCapitalised(after.word) && namesPlace(keyOf(after.word)) && !/en$/iu.test(after.word) && !shape.own.has(keyOf(after.word)) && !shape.partners.has(keyOf(after.word))) return true;
  // "Hezbollah FC Kazerun": a sports club's name, whatever the case.
  if (after.joiner === 'space' && /^(?:FC|F\.C\.|SC|CF|AC|Club|United|Athletic|Sporting)$/u.test(after.word)) return true;
  // In sentence case a capitalised word after the name is more of the name ("Hisbollah Ballett", "Hezbollah
  // Bahrain"), unless it is a role the group has ("Hezbollah Secretary-General", "Hamas MP") or one of its people's
  // full names ("le chef du Hamas Ismaïl Haniyeh"), or a place in a Turkish case ("Hamas Kahire'de görüştü"), or a
  // noun of German prose (not one a quotation ends with: „Hisbollah Süd“, a fan club).
  const next = keyOf(after.word);
  if (after.joiner === 'space' && isCapitalised(after.word) && !isAllCaps(after.word) && caseOf() === 'sentence' && !turkishCase(after.word, orig.text, after.at) && !(germanProse(orig.text, orig.start, orig.end) && !QUOTE_AFTER.test(orig.text[after.at] ?? ''))) {
    if (!ROLES.has(next.split(/[ -]/)[0] ?? '') && !NOT_NAMES.has(next) && !shape.own.has(next) && !shape.partners.has(next) && !personAfter(orig, after, next)) return true;
  }
  if (next !== 'of') return false;
  // "Hamas of Iraq", "Hezbollah of the Marshes": a name after "of" that is not the topic's own (nor "of UN-delivered aid",
  // nor Dutch "Hamas of Hezbollah", "or", before a partner's).
  let place = wordAfter(orig.text, after.at);
  if (place && keyOf(place.word) === 'the') place = wordAfter(orig.text, place.at);
  return !!place && isCapitalised(place.word) && !shape.own.has(keyOf(place.word)) && !shape.partners.has(keyOf(place.word)) && !NOT_NAMES.has(keyOf(place.word)) && !/-\p{Ll}/u.test(place.word);
}

/** A given name and a surname right after the group's name: one of its people ("du Hamas Ismaïl Haniyeh"). */
function personAfter(orig: Original, after: Neighbour, key: string): boolean {
  if (!GIVEN_NAMES.has(key)) return false;
  const surname = wordAfter(orig.text, after.at);
  return !!surname && surname.joiner === 'space' && isCapitalised(surname.word);
}

/** The first character after `end` past spaces and tabs ('' at the end). */
function charAfterSpaces(text: string, end: number): string {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] ?? '';
}

const SPOKEN_OF = /\b(?:the (?:label|name|word|term|acronym|spelling|title|banner|heading)|seeing|reads?|spelled|spelt|written|uses?|used|using|(?:know|knew|known) (?:it |them |him )?as|described as|referred to as|termed|labell?ed)\W{0,3}$/u;
// "Hamas, the original name of the Movement of Society for Peace": another body's former name, spoken of.
const FORMER_NAME_OF = /^\s*[,—–(]\s*(?:the|an?)\s+(?:original|former|old|earlier|first|previous|founding)\s+name\s+(?:of|for|used by)\b/u;
// "Hamas is a common family name in eastern Algeria": the name itself, a person's.
// "Hamas is my father's name", "Hamas is literally my grandfather's surname": someone's own name.
const PERSONAL_NAME = /^[ \t]+(?:is|was)[ \t]+(?:(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:(?:family|given|first|personal|last)[ \t]+name|surname|forename)|(?:(?:also|literally|just|simply)[ \t]+)?(?:my|his|her|our|their)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}?(?:name|surname))\b/u;
const FAMILY_CALLED = /* @__PURE__ */ twinned(/\b(?:family|surname|name) (?:has been |have been |is |was )?(?:called|named) \W{0,2}$/u);
const BORN_BEFORE = /* @__PURE__ */ twinned(/(?:^|[.!?] )born (?:in|on) [^.;!?]{1,60}, $/u);
// How the appositives and PERSONAL_NAME begin: a cheap test first, as most names are followed by none of them.
const APPOSITION_START = /^(?:\s*[,—–(]|[ \t]+(?:is|was)[ \t])/;
const PERSON_APPOSITIVE = /^\s*[—–,]\s*(?:the|a|an)\s+(?:(?!(?:is|was|were|are|has|had|have)\s)[\p{L}-]+\s+){0,2}?(?:scholar|professor|academic|author|writer|novelist|poet|athlete|runner|sprinter|player|striker|midfielder|defender|goalkeeper|coach|boxer|wrestler|cyclist|swimmer|doctor|surgeon|nurse|lawyer|judge|singer|rapper|musician|composer|actor|actress|filmmaker|artist|painter|photographer|photojournalist|journalist|reporter|student|teacher|engineer|architect|designer|chef|entrepreneur|businessman|businesswoman|economist|historian|linguist|chemist|physicist)s?\b/u;
// "Hizbullah, the Kurdish Islamist group that…": an appositive whose modifiers place the group (group modifiers read
// by the caller). The head noun ends it, then a clause's end or a relative: not "by Hamas, the Lebanese front opens".
const GROUP_APPOSITIVE = /^\s*[,—–(]\s*(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){1,3}?)(?:group|movement|party|militia|organi[sz]ation|faction|network|outfit|insurgents|rebels|fighters)(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|who|based|from|in|of|founded|active|known|once|formed)\b)/u;
const QUOTES_AFTER = '"”’\'»';
/** Whether the hit stands in quotation marks of its own: '"Hamas"', '«Hezbollah»'. */
// (Not a possessive's apostrophe, '"Hezbollah's welfare…"', nor the guillemets the Arabic press sets group names in.)
const quoted = ({ text, start, end }: Original, punctuated = false) =>
  QUOTES_OPEN.includes(text[start - 1] ?? 'x') && (QUOTES_AFTER.includes(text[end] ?? 'x') || (punctuated && ',.'.includes(text[end] ?? 'x') && QUOTES_AFTER.includes(text[end + 1] ?? 'x'))) && !POSSESSIVE_AFTER.test(text.slice(end, end + 3)) && !(text[start - 1] === '«' && ARABIC.test(text[start] ?? ''));
/** The Russian press sets every group's name in guillemets («Хезболла»): quoted so, it is spoken of only when said so. */
const russianGuillemets = ({ text, start }: Original) => text[start - 1] === '«' && /\p{Script=Cyrillic}/u.test(text[start] ?? '');
// Russian's words for speaking of a name: "название «Хезболла»", "«Хамас» означает".
const RU_SPOKEN_OF = /(?:^|[^\p{L}])(?:название|названием|слово|словом|термин|имя)\W{0,3}$/iu;
const RU_MEANT = /^\W{0,3}(?:означает|означало|переводится|значит)(?![\p{L}])/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
// "The pro-Hezbollah Al-Manar channel": a name made an adjective qualifies the name after it, which is no more of it.
const PRO_ANTI_BEFORE = /(?:^|[^\p{L}])(?:pro|anti)-$/iu;
/** Whether the words right before the hit speak of a word: 'the label "…"', 'the press uses "…"'. */
const spokenOf = (hit: Hit, norm: string) => SPOKEN_OF.test(norm.slice(Math.max(0, hit.start - 24), hit.start));

// 'my manager calls booking rooms "deconfliction"': a word someone calls a thing by.
const CALLS_IT = /* @__PURE__ */ twinned(/\bcall(?:s|ed|ing)?(?: [\p{L}'’]+){0,4} ?\W{0,2}$/u);
/** Whether a quoted hit's sentence speaks of the word: 'the label "…"', '"…" meant', 'calls booking rooms "…"'. */
const speaksOfWord = (hit: Hit, norm: string) =>
  spokenOf(hit, norm) || MEANT.test(norm.slice(hit.end, hit.end + 24)) || CALLS_IT.test(norm.slice(Math.max(0, hit.start - 50), hit.start)) ||
  RU_SPOKEN_OF.test(norm.slice(Math.max(0, hit.start - 24), hit.start)) || RU_MEANT.test(norm.slice(hit.end, hit.end + 24));

/** Whether the name is followed by a slash and a place or one of its partners ("Hezbollah/Iran", "Hamas/Gaza"). */
function slashPair(text: string, end: number, shape: Shape): boolean {
  const next = /^\/[ \t]*(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 24))?.[1];
  return !!next && !isAllCaps(next) && (namesPlace(next) || shape.partners.has(keyOf(next)) || shape.own.has(keyOf(next)));
}
const RATING_AFTER = /^[ \t]*\d{1,2}(?:[.,]5)?(?:[ \t]*\/[ \t]*10)?[ \t]*[–—:-][ \t]/u;
// A disambiguation page's title, maybe with its other spellings and a gloss: 'Hezbollah, Hizbullah or Hizb Allah
// ("Party of God") may also refer to', 'Abás puede referirse a'.
const MAY_REFER = /^(?:(?:,|[ \t]+or)[ \t]+[\p{L}.'’-]+(?:[ \t]+[\p{L}.'’-]+)?){0,3}(?:[ \t]*\([^()\n]{0,40}\))?[ \t]+(?:(?:may|can|might)[ \t]+(?:also[ \t]+)?refer[ \t]+to|puede[ \t]+referirse[ \t]+a|pode[ \t]+referir-se[ \t]+a|peut[ \t]+(?:aussi[ \t]+)?(?:désigner|faire[ \t]+référence[ \t]+à)|steht[ \t]+für|kan[ \t]+verwijzen[ \t]+naar|può[ \t]+riferirsi[ \t]+a)(?![\p{L}])/iu;
const TITLES_WITH = /* @__PURE__ */ twinned(/titles?[ \t]+(?:containing|beginning[ \t]+with|starting[ \t]+with)[ \t]+["“]?$/iu);
// Tested first (any case): "may refer to" and other presses' "puede referirse a", "peut désigner", "steht für".
const REFER = /refer|référence|désigner|steht für|verwijzen/i;
const PAGE_TITLE_AFTER = /^[ \t]*\((?!(?:left|right|centre|center|middle|top|bottom|front|back|rear|second|third|far|pictured|inset|above|below|file|archive|tengah|kiri|kanan|centro|izquierda|derecha|sinistra|destra|esquerda|direita|links|rechts|ortada|solda|sağda|à|au|al|a)(?![\p{L}]))\p{Ll}+(?: \p{Ll}+)?\)/u;
const SEE_BEFORE = /(?:^|[^\p{L}])(?:see|see also|siehe|voir|véase|vedi)[ \t]+$/iu;
const SEE_TITLE_AFTER = /^[ \t]*\([\p{L}][\p{L} .'’-]{0,30}\)/u;
const REFERRED_AS = /* @__PURE__ */ twinned(/\b(?:referred to|known|described) as\W{0,3}$/u);

/** An arrangement's word: spoken of, a place's own, given to a practice, or else judged by the parties it names. */
function byArrangementShape(hit: Hit, topic: CompiledTopic, shape: Shape, orig: Original, norm: string, lc: () => LineCase): ShapeVerdict {
  // 'the press uses "deconfliction" like a spy word': the word spoken of, not an arrangement.
  if (quoted(orig) && speaksOfWord(hit, norm)) return 'named-as';
  if (placeBefore(topic, shape, orig, lc)) return 'other-parties';
  // "…, also referred to as deconfliction": the word given to a practice, quoted or not.
  if (REFERRED_AS.test(norm.slice(Math.max(0, hit.start - 24), hit.start))) return 'named-as';
  if (definedWord(hit, quoted(orig), norm, topic)) return 'named-as';
  // '"Deconfliction" has become a fashionable word', 'supply-chain "deconfliction"': the bare word quoted, its parties not both near.
  if (quoted(orig, true) && !norm.slice(hit.start, hit.end).includes(' ') && !namesItsParties(topic, norm.slice(Math.max(0, hit.start - 200), hit.end + 100))) return 'named-as';
  return byPractice(hit, topic, shape, orig, norm);
}

// A capital and a full stop standing alone before the name, not the end of "U.S." or "Dr.".
const INITIAL_BEFORE = /* @__PURE__ */ twinned(/(?:^|[\s(|·•▸,;:])\p{Lu}\.[ \t]+$/u);
// A lower-case demonym right after the name, or "de/du/d'" and a place ("Hezbollah turc", "Hizbullah de Turquie").
const FOREIGN_PLACED_AFTER = /* @__PURE__ */ twinned(/^[ \t]+(?:(?:de|du|d['’])[ \t]*(\p{Lu}\p{L}+)|(\p{Ll}+|[\u0621-\u064A]+))/u);

// A person, then "called" or "named", right before the name; a name spoken of as a name; a shirt number.
const PERSON_CALLED = /* @__PURE__ */ twinned(/(?:\b(?:guys?|man|men|wom[ae]n|boys?|girls?|kids?|blokes?|lads?|players?|footballers?|students?|colleagues?|neighbou?rs?|friends?|teachers?|doctors?|person|people|someone|somebody|anyone|fellows?|chaps?|writers?|poets?|artists?|singers?|boxers?|wrestlers?|users?|namesakes?|sons?|daughters?|brothers?|sisters?|cousins?|uncles?|aunts?)[ \t]+(?:(?:actually|also|literally|simply|just)[ \t]+)?(?:called|named)|\b(?:given|first|middle|family|last)[ -]?name[ \t]+(?:is|was))[ \t]+["'“‘]?$/iu);

/** The shape rules for one hit: a rejection, a title that establishes the topic, or nothing to say. */
export function byShape(hit: Hit, topic: CompiledTopic, shape: Shape, orig: Original, norm: string, page: PageContext): ShapeVerdict {
  const { text, start, end } = orig;
  // How the words around are written, worked out only when a rule needs it (most hits have no capitalised neighbour).
  let known: LineCase | undefined;
  const lc = () => (known ??= localCase(text, start, end));
  // A credit names who made the page ("Photo: Yousef Hamas/Reuters"; his full name only a picture's: he takes none).
  const fullPerson = shape.kind === 'person' && hit.alias.kind !== 'ambiguous';
  if (fullPerson ? inPhotoCredit(text, start, end) : shape.kind !== 'arrangement' && (hit.alias.kind === 'ambiguous' || shape.kind === 'organisation') && inCredit(text, start, end) && !slashPair(text, end, shape)) return 'credit';
  // "Hamas 7.5 – Won every header": a player-ratings row opens with the player's name and a mark out of ten.
  if ((hit.alias.kind === 'ambiguous' || shape.familyName) && RATING_AFTER.test(text.slice(end, end + 16)) && opensLine(text, start)) return 'other-name-touching';
  // "Hamas or HAMAS may also refer to:": a disambiguation page's list of other things so named.
  if (shape.kind !== 'arrangement' && REFER.test(text.slice(end, end + 100)) && MAY_REFER.test(text.slice(end, end + 100))) return 'named-as';
  // "All pages with titles containing Mahmoud Abbas": the name as a string of letters, on a list of pages.
  if (TITLES_WITH.test(text.slice(Math.max(0, start - 40), start))) return 'named-as';
  // "see Abbas (disambiguation)", "Hamas (word)": the title of another page, not a mention; a caption's "(right)" says
  // where its subject stands in the photo.
  // (Not a speaker's label: "PRESIDENT ABBAS (through interpreter):".)
  if (charAfterSpaces(text, end) === '(' && PAGE_TITLE_AFTER.test(text.slice(end, end + 30)) && !/^[ \t]*\([^()]*\)[ \t]*:/u.test(text.slice(end, end + 30))) return 'credit';
  // A hatnote's "see Hamas (Hebrew word)": after "see", any bracketed qualifier makes it another page's title.
  // (Not its own qualifier: "see Hezbollah (Lebanon)".)
  if (charAfterSpaces(text, end) === '(' && SEE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && SEE_TITLE_AFTER.test(text.slice(end, end + 40)) && !topic.supportNearby?.test(norm.slice(hit.end, hit.end + 40).split(')')[0] ?? '')) return 'credit';
  if (shape.kind === 'arrangement') return byArrangementShape(hit, topic, shape, orig, norm, lc);
  // "a guy called Hamas", "two men named Abbas", "whose first name is Abbas", "our number 8 Abbas": someone introduced.
  // (Not what is his: "the man named Abbas's deputy".)
  if ((PERSON_CALLED.test(text.slice(Math.max(0, start - 50), start)) && !isPossessive(text, end)) || SHIRT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 'other-name-touching';
  // "@abbas_k92", "hamas_fan", "abbas@example.org", "abbas.m": an account's handle or an address, not a name in the text.
  if ('@_'.includes(text[start - 1] || ' ') || '@_'.includes(text[end] || ' ') || HANDLE.test(text.slice(start, end + 2))) return 'credit';
  // "Prof. Hamas", "Dr. Abbas": a person's title with its full stop, which hides it from wordBefore.
  const dot = dotBefore(text, start);
  const dotted = dot ? DOTTED_TITLE.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase() : undefined;
  if (dotted && PERSON_TITLES.has(dotted) && !shape.own.has(dotted)) return 'other-name-touching';
  // "A. Abbas | PAK", "M. ABBAS LEADS BY 1'10\"", "T. HAMAS": an initial before a surname ("M. Abbas" in French is his).
  if ((hit.alias.kind === 'ambiguous' || shape.familyName) && dot && INITIAL_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && !frenchMister(text, start) && !citedAuthorBefore(text, start)) return 'other-name-touching';
  const after = wordAfter(text, end);
  // "the Abbas family", "the Hamas brothers": a family name.
  // (Not "ANTI-HAMAS CLAN LEADER": no family is anti-itself.)
  if (after && FAMILY.has(after.word.toLowerCase()) && !/(?:anti|pro)-$/iu.test(text.slice(Math.max(0, start - 5), start))) return 'other-name-touching';
  // "Abbas & Sons Textiles", "HAMAS BROTHERS' garage": a firm named after a family.
  if (FIRM_AFTER.test(text.slice(end, end + 16))) return 'other-name-touching';
  // A bare name quoted and spoken of ('call Araghchi "Abbas"') is the name, not a mention.
  if (shape.kind === 'person') return hit.alias.kind !== 'ambiguous' ? byFullNameShape(topic, shape, orig, after, lc) : quoted(orig) && speaksOfWord(hit, norm) ? 'named-as' : byPersonShape(topic, shape, orig, after, lc);
  return shape.kind === 'organisation' ? byOrganisationShape(hit, topic, shape, orig, norm, page, after, lc) : null;
}

/** An organisation's name: another group's modifier or a person's name around it, a name spoken of, or a word. */
function byOrganisationShape(hit: Hit, topic: CompiledTopic, shape: Shape, orig: Original, norm: string, page: PageContext, after: Neighbour | null, lc: () => LineCase): ShapeVerdict {
  const { text, start, end } = orig;
  if (lowerCaseMetaphor(text, start, end, (word) => shape.own.has(keyOf(word)) || !!topic.supportNearby?.test(word))) return 'word-sense';
  const before = wordBefore(text, start);
  // 'Algeria's "Hamas"', 'the Iraqi "Hamas"': quotation marks leave the modifier the name's (not a people who
  // write it so: 'the Germans "Hisbollah"').
  const quotedAfter = !before && QUOTES_OPEN.includes(text[start - 1] ?? 'x') ? wordBefore(text, start - 1) : null;
  const modifier = before ?? (quotedAfter && !/[^'’]s$/u.test(quotedAfter.word) ? quotedAfter : null);
  if (modifier && isOtherModifier(modifier, shape, lc, text, groupRoleAfter(hit, norm), shape.caseForms.has(norm.slice(hit.start, hit.end)))) return 'other-name-touching';
  // "Hamas, who has covered Gaza", "Hamas, 24,": a person; a group is "which" or "that". "Dr Hamas": a person too.
  // (Not "the founder of Hamas, who returned": the clause is the founder's.)
  if (text[end] === ',' && (/^,\s*\d{1,2},[ \t]+\p{L}/u.test(text.slice(end, end + 8)) || (/^,\s*(?:who\b|whose (?:family|parents|father|mother|wife|husband)\b)/u.test(text.slice(end, end + 24)) && !/(?: of| and| by|['’]s) $/u.test(norm.slice(Math.max(0, hit.start - 5), hit.start))))) return 'other-name-touching';
  if (spelledOutOtherwise(orig, topic)) return 'other-name-touching';
  // "Hamas — the scholar, not the movement", "Hamas, the sprinter": an appositive that makes it a person.
  if (shape.kind === 'organisation' && /\p{Lu}/u.test(text.slice(start, end)) && ownPlaceBefore(text, start, shape)) return 'titled';
  const apposed = APPOSITION_START.test(text.slice(end, end + 60));
  if (apposed && PERSON_APPOSITIVE.test(text.slice(end, end + 30))) return 'other-name-touching';
  if (apposed && (FORMER_NAME_OF.test(text.slice(end, end + 50)) || PERSONAL_NAME.test(text.slice(end, end + 60)))) return 'named-as';
  // "My family has been called Hamas", "Born in Khan Younis in 1979, Hamas moved": a family's name, a life's story.
  if (FAMILY_CALLED.test(norm.slice(Math.max(0, hit.start - 40), hit.start)) || BORN_BEFORE.test(norm.slice(Math.max(0, hit.start - 70), hit.start))) return 'other-name-touching';
  const placed = (apposed ? GROUP_APPOSITIVE.exec(text.slice(end, end + 60)) : null)?.[1]?.split(/\s+/u).filter((word) => isCapitalised(word));
  if (placed?.length && placed.some((word) => namesPlace(word) && !shape.own.has(keyOf(word)) && !shape.partners.has(keyOf(word)))) return 'other-name-touching';
  // "a different Hizbullah from the Lebanese one", "another Hamas than the one in Gaza": set apart from the topic.
  if (/\b(?:different|another|separate|other)\s+$/u.test(norm.slice(Math.max(0, hit.start - 12), hit.start))) {
    // "a different Hamas from…", and "The other Hamas: In Algeria…" with nothing of its own after it ("the other
    // Hamas leaders" are the group's).
    if (/^\s+(?:from|than)\b|^\s*(?:[:;,.)—–]|$|\s(?:in|of)\s)/u.test(norm.slice(hit.end, hit.end + 8))) return 'other-name-touching';
  }
  if (before && isPersonTitle(before.word, text, before.at)) return 'other-name-touching';
  // "les Brigades du Hezbollah", "las Brigadas de Hezbolá": other presses' Kata'ib Hezbollah, a group of its own.
  if (BRIGADES_OF.test(text.slice(Math.max(0, start - 24), start))) return 'other-name-touching';
  // "DR MUNIR HAMAS": a title before a given name, which capitals hide.
  if (before && before.joiner === 'space' && !shape.own.has(keyOf(before.word))) {
    const title = wordBefore(text, before.at);
    if (title && title.joiner === 'space' && isPersonTitle(title.word, text, title.at)) return 'other-name-touching';
  }
  if (surnameFirst(text, start, end)) return 'other-name-touching';
  // "HAMAS Inès": a surname in capitals before a given name, as results tables and rolls write people.
  const next = after;
  if (next && next.joiner === 'space' && isCapitalised(next.word) && !isAllCaps(next.word) && isAllCaps(text.slice(start, end)) && lc() !== 'caps') {
    const key = keyOf(next.word);
    if (!isVerbLike(next.word) && !ROLES.has(key) && !NOT_NAMES.has(key) && !shape.own.has(key) && !shape.partners.has(key)) return 'other-name-touching';
  }
  // "Lebanese Hezbollah", "the Lebanese party Hezbollah": its own modifier. Not "the Arabic hamas" (zeal).
  if (before && /\p{Lu}/u.test(text.slice(start, end)) && [before, /^(?:party|group|movement|militia|organi[sz]ation)$/u.test(before.word) ? wordBefore(text, before.at) : null].some((w) => !!w && shape.own.has(keyOf(w.word.replace(/['’][sS]?$/u, ''))))) return 'titled';
  if (!isPossessive(text, end) && !PRO_ANTI_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && afterNames(orig, after, shape, lc) && !(shape.kind === 'organisation' && citedTitle(text, start, end))) return 'other-name-touching';
  // Other presses place it after the name: "le Hezbollah turc", "le Hizbullah de Turquie", "حزب الله التركي".
  const placedAfter = shape.otherContext ? FOREIGN_PLACED_AFTER.exec(text.slice(end, end + 30)) : null;
  if (placedAfter && shape.otherContext?.test((placedAfter[1] ?? placedAfter[2] ?? '').toLowerCase())) return 'other-name-touching';
  if (shape.otherContext && before && LOWER_START.test(before.word) && before.joiner === 'space' && shape.otherContext.test(before.word)) return 'other-name-touching';
  // "known locally simply as Hizbullah": a name given to something, the topic's only if its own words are nearby.
  const lead = norm.slice(Math.max(0, hit.start - 45), hit.start);
  // Not "struck what it called Hezbollah launch sites": the speaker's label for targets, about the group itself.
  // (Not "analysts called Hezbollah the 'first among equals'": the group itself, given a description.)
  if (NAMING_WORD.test(lead) && NAMING.test(lead) && !REPORTED_LABEL.test(lead) && !describedAs(lead, norm, hit) && !backedNearby(hit, topic, norm)) return 'named-as';
  // "the Hizbullah of 1945", "joined the Hizbullah militia in 1944": a year before the group existed.
  if (shape.founded && beforeFounding(norm, hit, shape.founded) && !backedNearby(hit, topic, norm)) return 'other-name-touching';
  // "the "Hamas" there meant Nahnah's party": a name in quotation marks is spoken of, not used.
  // (A group's name quoted with its sentence's comma inside the marks too: 'still call "Hamas," the party'.)
  if (quoted(orig, true) && !spelledHere(hit, shape, norm, page, topic)) {
    // …even beside the group's own words when the sentence speaks of the word: 'the label "Hezbollah"', '"Hamas" meant'.
    if (speaksOfWord(hit, norm) || (!russianGuillemets(orig) && !backedNearby(hit, topic, norm))) return 'named-as';
  }
  return wordSense(hit, topic, shape, orig, norm, page, lc);
}
