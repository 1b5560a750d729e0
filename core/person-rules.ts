// The shape rules for a person's bare name ("Abbas"): someone else's name touching it, a title the topic does not
// take, another owner, a surname after a title; or a title that establishes the topic ("President Abbas").
import { GIVEN_NAMES } from './given-names.ts';
import type { Hit, Original, ShapeVerdict } from './hit.ts';
import type { CompiledTopic, Shape } from './rules.ts';
import { isAllCaps, isAsciiLetter, isCapitalised, isPossessive, lettersOf, opensLine, QUOTES_OPEN, restOfLine, startsSentence, wordAfter, wordBefore, type LineCase, type Neighbour } from './shape.ts';
import { aliasOfOther, fullNameField, labelledOther } from './labels.ts';
import { otherLife, yearsAfterName } from './life.ts';
import { twinned } from './plain.ts';
import { bracketedCitation, oneOfMany, russianOblique } from './name-around.ts';
import { A_BEFORE, afterModal, APPOINTED_AFTER, speakerAfter, CASE_AFTER, germanProse, JOINING_WORDS, HONORIFIC_AFTER, IS_CALLED, MY_OUR, MY_OUR_LAST, MR_OPENS_LINE, SENDER_AFTER, familyNameAfter, frenchMister, FULL_NAME_JOB, HEADLINE_VERBS, HIS_OFFICE_AFTER, isParticle, isPersonTitle, isVerbLike, keyOf, lowerElsewhere, MINISTER_BEFORE, namesPlace, NOT_NAMES, SHRINE_AFTER, surnameFirst, turkishCase, VOCATIVE } from './shape-words.ts';

// "Abbas is an Arabic given name", and the plain start of it every such text has.
const NAME_ITSELF = /^[ \t]+(?:is|was)[ \t]+(?:a|an|the|among the|one of the|his|her|my|their|our|its)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:names?|surnames?|forenames?)\b/u;
const IS_WAS = /[ \t]+(?:is|was)[ \t]/y;
// "Abbas, the Egyptian spymaster", "Abbas the Iranian foreign minister": an appositive whose country is another's.
const APPOSITIVE = /^[ \t]*[,—–]?[ \t]*the[ \t]+((?:[\p{L}'’-]+[ \t]+){1,3}?)\p{Ll}[\p{L}-]*/u;
const NAME_ITSELF_AFTER = /^[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:given name|surname|family name|first name|forename|masculine name|male name)(?![\p{L}])/u;
// Someone giving his own name in the presses' languages ("my name is", "je m'appelle"…), or identified by it.
const GIVES_OWN_NAME = String.raw`(?:(?:my|his|your)(?:[ \t]+(?:full|real|first|given))?[ \t]+name(?:'s|’s|[ \t]+is)|i[ \t]+am|i['’]m|je m['’]appelle|me llamo|mi chiamo|ich hei(?:ß|ss)e|mein name ist|mon nom est|jag heter|ik heet|mijn naam is|meu nome é|me chamo|chamo-me|benim adım)(?:[ \t]+(?:really|actually|vraiment|realmente|wirklich|davvero))?|identified(?:[ \t]+(?:him|her|the|a|an|man|woman|victim|boy|girl|body|dead|driver|farmer|gunman|attacker)){0,3}[ \t]+as`;
const GIVES_OWN_NAME_LAST = ['s', 'is', 'am', 'm', 'appelle', 'llamo', 'chiamo', 'heisse', 'ist', 'est', 'really', 'actually', 'vraiment', 'realmente', 'wirklich', 'davvero', 'as', 'heter', 'heet', 'chamo', 'me', 'adım'];
// "my name is Abbas", "a commander called Abbas", "her son Abbas": someone giving his own name, so named, or kin.
const OWN_NAME_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${GIVES_OWN_NAME}|(?:sur|family |last |given |first )name(?:[ \t]+(?:is|was))?|(?:called|named|surnamed|nicknamed|llamad[oa]|apodad[oa]|appel[ée]e?|nomm[ée]e?|surnomm[ée]e?|chiamat[oa]|genannt|namens)|(?:son|daughter|brother|sister|cousin|nephew|niece|uncle|grandson|husband|grandfather|granddad|grandpa|fils|fille|frère|soeur|sœur|neveu|hijo|hija|hermano|hermana|sobrino|figlio|figlia|fratello|sorella|nipote|sohn|tochter|bruder|schwester|neffe|filho|filha|irmão|irmã|зовут|по[ \t]+имени|сын|дочь|брат|сестра|племянник|внук|муж))[ \t]+$`,
  'iu',
);
const OWN_NAME_LAST = new Set([...GIVES_OWN_NAME_LAST, ...'surname name llamado llamada apodado apodada appele appelee nomme nommee surnomme surnommee chiamato chiamata genannt namens called named surnamed nicknamed son daughter brother sister cousin nephew niece uncle grandson husband grandfather granddad grandpa fils fille soeur neveu hijo hija hermano hermana sobrino figlio figlia fratello sorella nipote sohn tochter bruder schwester neffe filho filha'.split(' ')]);

/**
 * The ASCII letters that end `s` before its closing spaces or tabs (and a full stop if `dot`), lower-cased: '' when no
 * space or tab ends it or no letter comes before them, null when a character beyond ASCII comes first. The word-before
 * regexes here end in a listed word, so when the word is known and not listed they cannot match.
 */
function lastAsciiWord(s: string, dot: boolean): string | null {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  if (end === s.length) return '';
  if (dot && s[end - 1] === '.') end--;
  let from = end;
  while (from > 0 && isAsciiLetter(s.charCodeAt(from - 1))) from--;
  if (from > 0 && s.charCodeAt(from - 1) >= 0x80) return null;
  return s.slice(from, end).toLowerCase();
}
/** `re.test(s)`, skipped when the word before the closing spaces is plain ASCII and not in `last` (see lastAsciiWord). */
function endsInWord(re: RegExp, last: ReadonlySet<string>, s: string, dot = false): boolean {
  const word = lastAsciiWord(s, dot);
  return word !== '' && (word === null || last.has(word)) && re.test(s);
}

// "Abbas, the diplomat": a role he never had makes the name someone else's.
const JOBS = 'seamer|spinner|scorer|goalscorer|skipper|captain|keeper|wicketkeeper|opener|playmaker|referee|umpire|wrestler|boxer|sprinter|runner|cyclist|swimmer|jockey|fullback|full-back|centre-back|center-back|left-back|right-back|wing-back|substitute|paceman|spokesman|spokeswoman|spokesperson|diplomat|envoy|ambassador|cricketer|batsman|bowler|footballer|player|goalkeeper|midfielder|defender|forward|winger|filmmaker|director|analyst|economist|professor|scholar|poet|novelist|singer|actor|coach|striker|surgeon|doctor|physician|dentist|pharmacist|nurse|engineer|teacher|headmaster|headteacher|student|farmer|lawyer|journalist|reporter|photographer|mayor|researcher|businessman|businesswoman|historian|scientist|lecturer|coordinator|supervisor|manager|consultant|accountant|architect|tailor|barber|baker|butcher|grocer|shopkeeper|trader|merchant|driver|mechanic|ferryman|cleric|imam|pilgrim|anaesthetist|anesthetist|artist|painter|designer|programmer|banker|pilot|chemist|physicist|columnist|editor|blogger|cook|waiter|cashier|clerk|policeman|soldier|militant|gunman|fighter|commander|activist|writer|critic|guide|vendor|owner|camarero|taxista|periodista|vecino|serveur|journaliste|voisin|chauffeur|vendeur|marchand|commerçant|boulanger|épicier|vendedor|comerciante|panadero|tendero|médecin|médico|avocat|abogado|boy|schoolboy|toddler|photographe|cinéaste|réalisateur|écrivain|chanteur|joueur|attaquant|défenseur|gardien|entraîneur|footballeur|fotógrafo|jugador|delantero|portero|entrenador|cantante|jogador|atacante|treinador|goleiro|busfahrer|fahrer|stürmer|torwart|trainer|spieler|fotograf|sänger|regisseur|arzt|lehrer|журналист|корреспондент|студент|врач|нападающий|защитник|вратарь|полузащитник|футболист|тренер|певец|актёр|актер|режиссёр|режиссер|фотограф|художник|писатель|поэт|учитель|водитель|таксист|продавец|повар|блогер|политолог|аналитик|профессор|имам|шейх';
// "Abbas (the director, no relation)", "Abbas — the veteran, not the president": the text says it is someone else.
const NOT_THAT_ONE = String.raw`(?:(?:not|like)|(?:no relation|not related|unrelated) to) (?:the|our|that) (?:[\p{L}-]+ )?(?:president|leader|chairman|one)`;
const NOT_HIM = /* @__PURE__ */ twinned(new RegExp(String.raw`^[ \t]*[,—–(][^.;\n]{0,45}?\b(?:no relation|${NOT_THAT_ONE})\b`, 'iu'));
// After a full name, "no relation" is as often the writer's own ("an interview with Mahmoud Abbas — no relation").
const NOT_HIM_FULL = /* @__PURE__ */ twinned(new RegExp(String.raw`^[ \t]*[,—–(?][^.;\n]{0,45}?\b${NOT_THAT_ONE}\b`, 'iu'));
const TITLE_APPOSITIVE = /^[ \t]*[,—–(][ \t]*the[ \t]+((?:[\p{L}-]+[ \t]+){0,2}?)(\p{L}+)(?![\p{L}])/u;
// How every appositive above and APPOSITIVE start: a cheap test first, as most names are followed by neither.
const APPOSITION_START = /^[ \t]*(?:[,—–(]|the[ \t])/;
const JOB_WORDS = new Set(JOBS.split('|').map(keyOf)); // keyed as words are: "left-back" is "left back"
const ROLE_APPOSITIVE = new RegExp(`^[ \\t]*[,—–(][ \\t]*(?:the|an?|le|la|un|une|el|una|il|lo|um|uma)[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,2}?(?:${JOBS})s?\\b`, 'u');
// Offices he never held ("said council member Mahmoud Abbas", "Governor Mahmoud Abbas").
const OFFICES = 'council member|councilmember|councillor|councilor|councilman|governor|senator|lawmaker|mp|mk|colonel|lieutenant|brigadier|general|admiral|sergeant|prosecutor|commissioner';
// "Egyptian midfielder Mahmoud Abbas", "Dr Mahmoud Abbas": a job or title he never had, before his full name.
const NAMESAKE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${JOBS}|${OFFICES}|dr|prof|${GIVES_OWN_NAME})\\.?[ \\t]+$`, 'iu');
const NAMESAKE_LAST = new Set([...[...JOB_WORDS].map((job) => job.split(' ').at(-1)!), ...OFFICES.split('|').map((office) => office.split(' ').at(-1)!), 'dr', 'prof', ...GIVES_OWN_NAME_LAST]);

const OTHER_BEARER_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])(?:the[ \t\u00A0]+other|another|(?:a|the)[ \t\u00A0]+second|a[ \t\u00A0]+different)[ \t\u00A0]+["“'‘]?$/iu);

// Nouns after a pair of names ("the Abbas-Beilin understanding") or heading a compound ("Abbas-Regierung"): no surname.
const PAIR_NOUNS = new Set(
  'talks meeting meetings summit agreement accord accords understanding plan deal channel initiative declaration letter letters framework document negotiations track rivalry feud split handshake call calls government governments administration presidency cabinet camp loyalists decree era years regierung vertrauter vertraute vertrauten lager berater sprecher behörde nachfolger nachfolge besuch rede kabinett ära regering kamp toespraak'.split(' '),
);

const PAIR_AFTER = /^[-–—]\p{L}+ (\p{L}+)/u;
/** "the Abbas–Araghchi call": two people joined by a dash before what they did together, not one person's name. */
export function pairOfTwo(norm: string, end: number): boolean {
  if (norm[end] !== '-' && norm[end] !== '–' && norm[end] !== '—') return false;
  const noun = PAIR_AFTER.exec(norm.slice(end, end + 40))?.[1];
  return noun !== undefined && PAIR_NOUNS.has(noun);
}

/**
 * Whether a word touching a person's bare name is another part of someone else's name: capitalised, not one of the
 * topic's own words, not a common word. In capitals nothing can be told; in title case a verb-like word
 * ("Meets", "Named") is the headline's verb, anything else a name.
 */
function isOtherName(n: Neighbour, shape: Shape, text: string, caseOf: () => LineCase, side: 'before' | 'after', end: number): boolean {
  const key = keyOf(n.word);
  // His own owner before the name ("Fatah's Abbas", "the PA's Abbas"); "That's Abbas" still is no owner of his.
  const owner = side === 'before' && /['’][sS]$/u.test(n.word) ? keyOf(n.word.slice(0, -2)) : '';
  if (shape.own.has(owner) || shape.partners.has(owner)) return false;
  if (n.joiner === 'hyphen') {
    const noun = wordAfter(text, side === 'after' ? n.at : end);
    if (noun && noun.joiner === 'space' && PAIR_NOUNS.has(noun.word.toLowerCase())) return false;
  }
  // "Abbas I", "Shah Abbas II": a regnal number.
  if (side === 'after' && /^(?:I|II|III|IV)$/.test(n.word)) return true;
  // "Thank you. Said Abbas, Al-Quds Daily.": opening a sentence, "Said" is a given name (the verb follows a quote).
  if (side === 'before' && n.word === 'Said' && n.joiner === 'space' && startsSentence(text, n.at) && !/["”’][ \t]*$/u.test(text.slice(Math.max(0, n.at - 3), n.at))) return true;
  // (Nor is a Turkish word in a case, "Erdoğan'ın Abbas'a" (Erdoğan's to Abbas), nor a contraction, "Didn't Abbas".)
  if (!isCapitalised(n.word) || NOT_NAMES.has(key) || shape.own.has(key) || shape.establishing.has(key) || /n['’]t$/iu.test(n.word) || (side === 'before' && turkishCase(n.word, text, n.at))) return false;
  // "Abbas Government Seeks Loans" in title case: what he heads, not a surname; so is German's "Abbas-Äußerung".
  if (side === 'after' && (n.joiner === 'space' || n.joiner === 'hyphen') && (PAIR_NOUNS.has(key) || (n.joiner === 'hyphen' && germanProse(text, end, n.at)))) return false;
  if (n.joiner === 'hyphen' && shape.partners.has(key)) return false;
  if (shape.partners.has(key) && side === 'before' && n.joiner === 'space') return false;
  // "SARA ABBAS (periodista):": a transcript's speaker label names a person, in any case.
  if (side === 'before' && n.joiner === 'space' && opensLine(text, n.at) && speakerAfter(text, end)) return true;
  const lc = caseOf();
  // In capitals only a given name tells a person: "QAMAR ABBAS NAMED CAPTAIN".
  if (lc === 'caps') return GIVEN_NAMES.has(key);
  // An acronym in prose ("UN") is an organisation; beside a surname in capitals ("MANSOUR ABBAS (UAL):"), a given name.
  if (isAllCaps(n.word) && lettersOf(n.word).length > 1) return isAllCaps(text.slice(Math.max(0, end - 3), end)) && GIVEN_NAMES.has(key);
  // "Hamas Would Praise Abbas": after a modal, a headline's capitalised word is its verb (a given name stays one).
  if (lc === 'title') return !isVerbLike(n.word) && !(side === 'after' && HEADLINE_VERBS.has(key)) && !(side === 'before' && !GIVEN_NAMES.has(key) && afterModal(n.word, text, n.at));
  // Opening a sentence in prose, a word in -s is a given name ("Elias Abbas said"), not a verb; one the page writes in
  // lower case elsewhere is a common word of its language ("Ancak Abbas", Turkish "however").
  if (side === 'before' && startsSentence(text, n.at)) return (!isVerbLike(n.word) || /[^s]s$/.test(key)) && !lowerElsewhere(n.word, text);
  return true;
}

/** Whether a capitalised possessive before a person's name is an owner the topic's person never has. */
function isOtherOwner(n: Neighbour, shape: Shape, topic: CompiledTopic): boolean {
  if (n.joiner !== 'space' || !/\p{L}['’][sS]$/u.test(n.word) || !isCapitalised(n.word)) return false;
  return notHis(n.word.slice(0, -2), shape, topic);
}

/** Whether a word names nothing of the topic's person: none of his own words, partners, titles or story, no common word. */
function notHis(word: string, shape: Shape, topic: CompiledTopic): boolean {
  const key = keyOf(word);
  return !NOT_NAMES.has(key) && !shape.own.has(key) && !shape.partners.has(key) && !shape.establishing.has(key) && !(topic.supportNearby?.test(word) ?? false);
}

const SIGNED_BEFORE = /(?:^|[.!?"”)][ \t\u00A0]+|\n[ \t\u00A0]*)[—–][ \t\u00A0]*$/u;
const VOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:thanks|thank you|thx|hi|hey|hello|dear|cheers|congrats|sorry),?[ \t\u00A0]+$/iu;
const CALLER_AFTER = /^(?:[ \t\u00A0]+is)?[ \t\u00A0]+(?:calling|on the line|joining us) from(?![\p{L}])|^,[ \t\u00A0]+(?:go ahead|you['’]?re on the air|you are on the air)(?![\p{L}])/iu;
const CITED_AFTER = /^(?:['’]s)?[ \t]*(?:(?:(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*|et[ \t]+al\.?[ \t]*)?\((?:1[89]|20)\d\d[a-z]?(?:[,:][ \t]*(?:pp?\.[ \t]*)?\d+(?:[–-]\d+)?)?\)|(?:&[ \t]+(\p{Lu}[\p{L}'’-]+)|et[ \t]+al\.?),?[ \t]+(?:1[89]|20)\d\d[a-z]?(?![\p{L}\p{N}]))/u;

const ARTICLES = /^(?:el|la|los|las|le|les|o|a|os|as|il|lo|del|al|do|da|dos|das|du)$/iu;
/** "las palabras de Abás", "Äußerungen von Abbas": "of" by a common noun, not a particle ("Abbas de Souza"). */
function romanceOf(text: string, particle: Neighbour, side: 'before' | 'after'): boolean {
  if (!/^(?:d[aei]|von)$/u.test(particle.word)) return false;
  const other = side === 'before' ? wordBefore(text, particle.at) : wordAfter(text, particle.at);
  // Capitalised nouns ("die Äußerungen von Abbas", "el Gobierno de Abás" after its article): no given name's particle.
  if (side === 'before') return !!other && other.joiner === 'space' && (/^\p{Ll}/u.test(other.word) || (particle.word !== 'da' && !GIVEN_NAMES.has(keyOf(other.word)) && (particle.word === 'von' || ARTICLES.test(wordBefore(text, other.at)?.word ?? ''))));
  return !other || !/^\p{Lu}/u.test(other.word);
}

/**
 * The person rules for a bare form: another name touching it, a title it does not take, a credit's or a case's
 * order, or a title that establishes the topic.
 */
export function byPersonShape(topic: CompiledTopic, shape: Shape, orig: Original, after: Neighbour | null, lc: () => LineCase): ShapeVerdict {
  const { text, start, end } = orig;
  if (surnameFirst(text, start, end) || otherLife(shape, orig) || labelledOther(orig, shape)) return 'other-name-touching';
  // "Iran's foreign minister, Abbas,": a ministry he never held.
  if (MINISTER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return 'other-name-touching';
  // "Abbas (Arabic: عباس) is an Arabic given name": the name itself.
  if (NAME_ITSELF_AFTER.test(text.slice(end, end + 90)) || oneOfMany(text, start, end)) return 'named-as';
  // '"Abbas the small"', '"Abbas the Lebanese"': an epithet in quotation marks, as people tell namesakes apart.
  const epithet = QUOTES_OPEN.includes(text[start - 1] ?? 'x') ? /^[ \t]+the[ \t]+([\p{L}-]+)["”’']/u.exec(text.slice(end, end + 30))?.[1] : undefined;
  if (epithet && !shape.own.has(keyOf(epithet)) && !shape.establishing.has(keyOf(epithet))) return 'other-name-touching';
  // "Abbas the driver rolls his eyes": a job he never had, in apposition.
  const role = /^[ \t\u00A0]the[ \t\u00A0]([\p{L}-]+)(?![\p{L}'’-])/u.exec(text.slice(end, end + 30))?.[1];
  if (role && JOB_WORDS.has(keyOf(role))) return 'other-name-touching';
  // A script's character cue: the bare name in capitals on a line of its own, over the lines the character speaks.
  if (opensLine(text, start) && restOfLine(text, end).trim() === '' && isAllCaps(text.slice(start, end))) return 'credit';
  // A case caption: "Abbas v. City of Dearborn Heights", "Meridian Health v. Abbas".
  if (CASE_AFTER.test(text.slice(end, end + 6)) || /(?:^|[ \t])v\.?[ \t]+$/u.test(text.slice(Math.max(0, start - 4), start))) return 'other-name-touching';
  // An author-date citation: "Abbas (2019), p. 233", "Abbas (2016: 41)", "Abbas and Haddad (2020)" (not "2005–").
  // (Not "Abbas & Olmert 2007" under a photo: a partner of his and a year, no co-author.)
  const cited = CITED_AFTER.exec(text.slice(end, end + 50));
  if ((cited && !(cited[1] && shape.partners.has(keyOf(cited[1])))) || bracketedCitation(text, start, end, shape.partners)) return 'credit';
  // "Abbas is an Arabic given name": the text speaks of the name itself.
  IS_WAS.lastIndex = end;
  if (IS_WAS.test(text) && NAME_ITSELF.test(text.slice(end, end + 60))) return 'named-as';
  if (endsInWord(OWN_NAME_BEFORE, OWN_NAME_LAST, text.slice(Math.max(0, start - 30), start)) && !russianOblique(text, start, end) && !APPOINTED_AFTER.test(text.slice(end, end + 40)) && !isPossessive(text, end)) return 'other-name-touching';
  // A sender opening a line ("Abbas (Leeds) wrote:", "Mr. Abbas (Lebanon):", "Reply by Abbas (Beirut):"), not from his.
  const from = SENDER_AFTER.exec(text.slice(end, end + 60));
  if (from && !(from[1] ?? '').split(/[^\p{L}]+/u).some((word) => shape.own.has(keyOf(word))) && (opensLine(text, start) || MR_OPENS_LINE.test(text.slice(Math.max(0, start - 12), start)) || /(?:^|[^\p{L}])by[ \t\u00A0]+$/iu.test(text.slice(Math.max(0, start - 4), start)))) return 'other-name-touching';
  // "Abbas is calling from Dearborn", "Abbas, go ahead": a phone-in's caller.
  if (CALLER_AFTER.test(text.slice(end, end + 30))) return 'other-name-touching';
  // "— Abbas, Tyre": a post's or a letter's signature, who wrote it and from where.
  const signedFrom = SIGNED_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ? /^,[ \t\u00A0]*(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30))?.[1] : undefined;
  if (signedFrom && notHis(signedFrom, shape, topic)) return 'credit';
  // "Thanks Abbas.", "Hi Abbas,": a reply to someone on the page.
  if (VOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^[ \t]*(?:[,.!?:;)]|$)/mu.test(text.slice(end, end + 3))) return 'other-name-touching';
  if (endsInWord(MY_OUR, MY_OUR_LAST, text.slice(Math.max(0, start - 30), start)) && !russianOblique(text, start, end)) return 'other-name-touching';
  if (after && after.joiner === 'space' && HONORIFIC_AFTER.has(keyOf(after.word))) return 'other-name-touching';
  // "the Abbas shrine", "ABBAS MOSQUE": a saint's place of prayer, named for Abbas ibn Ali, not a living man's.
  if (after && after.joiner === 'space' && SHRINE_AFTER.has(keyOf(after.word))) return 'other-name-touching';
  // "M. Abbas" in a French sentence is "Monsieur Abbas", a title, not an initial.
  const before = frenchMister(text, start) ? null : wordBefore(text, start);
  // "Dr Abbas", "Coach Abbas": a title the topic does not take; "MR HAWKAR ABBAS": a title before another given name.
  if (before && ((isPersonTitle(before.word, text, before.at) && !shape.own.has(keyOf(before.word))) || (before.joiner === 'space' && !shape.own.has(keyOf(before.word)) && /^(?:mr|mrs|ms|dr)$/u.test(keyOf(wordBefore(text, before.at)?.word ?? ''))))) return 'other-name-touching';
  // "striker Abbas", "DIRECTOR ABBAS": a job he never had, in any case.
  if (before && before.joiner === 'space' && JOB_WORDS.has(keyOf(before.word)) && !russianOblique(text, start, end)) return 'other-name-touching';
  if ((before && isParticle(before) && !romanceOf(text, before, 'before')) || (after && isParticle(after) && !romanceOf(text, after, 'after'))) return 'other-name-touching';
  // "Iran's Abbas Araghchi", "PAKISTAN'S ABBAS": another country's or body's Abbas ("Palestine's Abbas" is his own).
  if (before && isOtherOwner(before, shape, topic)) return 'other-name-touching';
  if (before && shape.establishing.has(keyOf(before.word))) {
    // "Egyptian President Abbas Farouk": a title followed by a surname is someone else's.
    return after && lc() === 'sentence' && !isVerbLike(after.word) && isOtherName(after, shape, text, lc, 'after', end) ? 'other-name-touching' : 'titled';
  }
  if (before && isOtherName(before, shape, text, lc, 'before', end)) return 'other-name-touching';
  if (after && isOtherName(after, shape, text, lc, 'after', end)) return 'other-name-touching';
  // "Abbas Mahmoud Hamdan", "Abbas Mahmoud al-Aqqad": his given name after the bare one, then a family name.
  if (after && after.joiner === 'space' && isCapitalised(after.word) && shape.own.has(keyOf(after.word)) && familyNameAfter(text, after.at, (word) => notHis(word, shape, topic))) return 'other-name-touching';
  // "Abbas's government", "Abbas's resignation": what only the head of an administration has makes the name his.
  if (HIS_OFFICE_AFTER.test(text.slice(end, end + 24))) return 'titled';
  // "Abbas, let me start with you": someone spoken to by name, with no title before it ("Mr Abbas, you promised" is his).
  if (VOCATIVE.test(text.slice(end, end + 40)) && !(before && isCapitalised(before.word))) return 'other-name-touching';
  if (!APPOSITION_START.test(text.slice(end, end + 60))) return null;
  if (ROLE_APPOSITIVE.test(text.slice(end, end + 40)) || NOT_HIM.test(text.slice(end, end + 60))) return 'other-name-touching';
  // "Abbas, the president, has…", "Abbas, the Palestinian leader": his title in an appositive establishes him.
  const title = TITLE_APPOSITIVE.exec(text.slice(end, end + 50));
  if (title && shape.establishing.has(keyOf(title[2]!)) && (title[1] ?? '').split(/[ \t]+/u).every((word) => !word || shape.own.has(keyOf(word)))) return 'titled';
  const placed = APPOSITIVE.exec(text.slice(end, end + 50))?.[1]?.split(/[ \t]+/u).filter((word) => isCapitalised(word) && !isAllCaps(word));
  if (placed?.some((word) => namesPlace(word) && !shape.own.has(keyOf(word)))) return 'other-name-touching';
  return null;
}

/**
 * Whether the hit is joined by "and", "&", "or" or "with", in any press ("und", "et", "y"…), to another part of the
 * referent's name ("Abbas and Araghchi" where the page's other Abbas is Abbas Araghchi): a second person, not him.
 */
export function besideNamesake(norm: string, hit: Hit, label: string): boolean {
  const surface = norm.slice(hit.start, hit.end);
  const others = label.split(/[ -]+/).filter((word) => word.length > 2 && word !== surface && /^\p{L}+$/u.test(word));
  const after = norm.slice(hit.end, hit.end + 40);
  const before = norm.slice(Math.max(0, hit.start - 40), hit.start);
  // Compiling the two tests costs more than the rest of a judgement, and most bare names have none of these words beside them.
  if (!others.some((word) => after.includes(word) || before.includes(word))) return false;
  const names = others.join('|');
  return new RegExp(`^(?: (?:${JOINING_WORDS}|met|meets|vs|versus) (?:[\\p{L}.]+ )?|-)(?:${names})(?![\\p{L}])`, 'u').test(after) || new RegExp(`(?<![\\p{L}])(?:${names}) (?:${JOINING_WORDS}) $`, 'u').test(before);
}

/** Whether the hit is a transcript's speaker label: first on its line, a colon right after ("ABBAS: A lot."). */
export function speakerLabel({ text, start, end }: Original): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== ':') return false;
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), -1) + 1;
  return text.slice(lineStart, start).trim() === '';
}

/**
 * Whether the hit ends a longer speaker label, its name's other words before it and maybe a role after it
 * ("SYED ALI ABBAS (HOST):"): whoever that is, the transcript's later bare labels are.
 */
export function namedSpeakerLabel({ text, start, end }: Original): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), -1) + 1;
  return /^[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+[\p{L}.'’-]+){0,3}[ \t]+$/u.test(text.slice(lineStart, start)) && /^[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?:/u.test(text.slice(end, end + 26));
}

/** "Mahmoud Abbas, an economist at…": a job he never had, unless "of" something ("architect of Oslo") or his body's. */
function fullNameRole(after: string, shape: Shape): boolean {
  const role = /^[ \t]*[,—–(]/.test(after) ? ROLE_APPOSITIVE.exec(after) : null;
  return !!role && !/^[ \t]+of(?![\p{L}])/u.test(after.slice(role[0].length)) && !role[0].split(/[^\p{L}]+/u).some((word) => shape.own.has(keyOf(word)) || shape.establishing.has(keyOf(word)));
}
/** A full name run on by a surname ("Mahmoud Abbas Jaradat walked out") or owned by a club ("Ismaily's"): another's. */
export function byFullNameShape(topic: CompiledTopic, shape: Shape, orig: Original, after: Neighbour | null, lc: () => LineCase): ShapeVerdict {
  const first = wordBefore(orig.text, orig.start);
  if ((first && isOtherOwner(first, shape, topic)) || otherLife(shape, orig) || labelledOther(orig, shape) || fullNameField(orig) || aliasOfOther(orig, shape) || FULL_NAME_JOB.test(orig.text.slice(orig.end, orig.end + 50)) || fullNameRole(orig.text.slice(orig.end, orig.end + 60), shape)) return 'other-name-touching';
  // "…a Cairo taxi driver, is called Mahmoud Abbas": a name someone is given, unless it is his kunya ("is called Abu Mazen").
  if (endsInWord(NAMESAKE_BEFORE, NAMESAKE_LAST, orig.text.slice(Math.max(0, orig.start - 40), orig.start), true) || (IS_CALLED.test(orig.text.slice(Math.max(0, orig.start - 20), orig.start)) && [...shape.bare].some((bare) => orig.text.slice(orig.start, orig.end).toLowerCase().includes(bare)))) return 'other-name-touching';
  // "Meet Mahmoud Abbas (no, not that one)", "our Mahmoud Abbas", "a Mahmoud Abbas who delivers bread", "also a Mahmoud Abbas, and" (not "than"), "the other Mahmoud Abbas".
  if (NOT_HIM_FULL.test(orig.text.slice(orig.end, orig.end + 60)) || endsInWord(MY_OUR, MY_OUR_LAST, orig.text.slice(Math.max(0, orig.start - 30), orig.start))) return 'other-name-touching';
  if (A_BEFORE.test(orig.text.slice(Math.max(0, orig.start - 12), orig.start)) && /^(?:[ \t]+(?:who|whose|that|and|too)(?![\p{L}])|[ \t]*[,;!?])/u.test(orig.text.slice(orig.end, orig.end + 8))) return 'other-name-touching';
  if (OTHER_BEARER_BEFORE.test(orig.text.slice(Math.max(0, orig.start - 16), orig.start))) return 'other-name-touching';
  // "Syria's Ali Mahmoud Abbas", "Khalil Mahmoud Abbas": a given name before his full name makes another man's.
  if (first && first.joiner === 'space' && (isCapitalised(first.word) || /\p{Script=Arabic}/u.test(first.word)) && GIVEN_NAMES.has(keyOf(first.word)) && !shape.own.has(keyOf(first.word))) return 'other-name-touching';
  if (after && yearsAfterName(orig.text, after, shape)) return 'other-name-touching';
  // The cheap tests first: most full names are followed by a lower-case word or none, and the line's case costs more.
  if (!after || after.joiner !== 'space' || !isCapitalised(after.word) || lc() !== 'sentence' || germanProse(orig.text, orig.start, orig.end) || !isOtherName(after, shape, orig.text, lc, 'after', orig.end)) return null;
  // Not a headline that capitalises its words ("Mahmoud Abbas Terima Utusan"; "Mr Mahmoud Abbas Hama Amin, claims").
  const next = wordAfter(orig.text, after.at);
  return next && isCapitalised(next.word) && isCapitalised(wordAfter(orig.text, next.at)?.word ?? 'x') ? null : 'other-name-touching';
}

/** Whether the hit is a surname after a given name ("Karim Abbas"; not "Abbas Araghchi", "Abbas's", "Defender Abbas"). */
export function surnameOf(orig: Original): boolean {
  const before = wordBefore(orig.text, orig.start);
  return !!before && before.joiner === 'space' && isCapitalised(before.word) && !/['’]s$/u.test(before.word) && !JOB_WORDS.has(keyOf(before.word));
}

/** Whether one of the topic's own words ("Mr", "Palestinian") stands right before the hit. */
export function ownWordBefore(topic: CompiledTopic, orig?: Original): boolean {
  const before = orig && wordBefore(orig.text, orig.start);
  return !!before && before.joiner === 'space' && !!topic.shape?.own.has(keyOf(before.word));
}

/** The name around a person's hit as the page writes it, lower-cased: "Amna Abbas Baloch" → "amna abbas baloch". */
export function fullNameAt(orig: Original): string {
  const before = wordBefore(orig.text, orig.start);
  const after = wordAfter(orig.text, orig.end);
  return [before?.word, orig.text.slice(orig.start, orig.end), after?.word].filter(Boolean).join(' ').toLowerCase();
}
