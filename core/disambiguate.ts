// Decides whether one regex hit is a mention of its topic, using the words around it and what the page has
// established. Runs only on hits (a handful per page), so it may afford a few small regex tests each.
import { storyEstablished, type PageContext } from './page-context.ts';
import { fullNameBacked, namedBoth, othersNameAgain, waitForStory } from './full-name.ts';
import { twinned } from './plain.ts';
import type { Alias, CompiledTopic } from './rules.ts';
import { isCapitalised, listHeadline, localCase, wordAfter, wordBefore } from './shape.ts';
import { namesakeNear, noteNamesake } from './namesake.ts';
import { contextAround, firmlyTopic, groupSense } from './group-sense.ts';
import { backedNearby, clauseOf, namesItsParties, rejectedBy, relatedTo, sentenceAround, withoutContrast, withoutPlaceLists, ownPlaceBefore } from './nearby.ts';
import { ownLife } from './life.ts';
import { uncased, uncasedBare } from './uncased.ts';
import { besideNamesake, fullNameAt, namedSpeakerLabel, ownWordBefore, pairOfTwo, speakerLabel, surnameOf } from './person-rules.ts';
import { byShape, type Hit, type Original } from './shape-rules.ts';
import { athleteHere, scorerBeside } from './sport.ts';
import { CONFIDENCE, type Verdict } from './verdict.ts';

export type { Hit, Original } from './shape-rules.ts';
export { CONFIDENCE, MIN_CONFIDENCE, type RejectReason, type Verdict } from './verdict.ts';

/** `test` of the block being scanned, or of the block before it (a heading, the paragraph before): asked once per block and topic. */
function inBlock(page: PageContext, norm: string, key: string, test: (text: string) => boolean): boolean {
  if (page.block?.text !== norm) page.block = { text: norm, answers: new Map(), before: new Map() };
  let answer = page.block.answers.get(key);
  if (answer === undefined) page.block.answers.set(key, (answer = test(norm)));
  if (answer) return true;
  let before = page.block.before.get(key);
  if (before === undefined) page.block.before.set(key, (before = test(page.previous)));
  return before;
}

function readsWindow(topic: CompiledTopic, kind: Alias['kind']): boolean {
  if (topic.rejectNearby || topic.fieldNearby || topic.requireNearby.length > 0) return true;
  return kind === 'ambiguous' && (topic.ambiguousRejectNearby !== null || topic.ambiguousEraNearby !== null || topic.supportNearby !== null);
}

/** Whether the hit stands in a headline or another line not in sentence case. */
const inHeadline = (orig?: Original) => !!orig && localCase(orig.text, orig.start, orig.end) !== 'sentence';

/** Whether a hatnote's "see (also) …" leads up to the hit: a pointer to another page. */
const seeBefore = (hit: Hit, norm: string) => /\bsee (?:also )?[^.;,:()]{0,25}$/.test(norm.slice(Math.max(0, hit.start - 35), hit.start));

// A place named after someone ("Bandar Abbas", "Abbas Street"): no person the page's later bare name could mean.
const PLACE_NAME = /* @__PURE__ */ twinned(/^(?:bandar|bander|port)\s|\s(?:street|st|road|rd|avenue|square|port|airport|province|county|district|bridge|dam|mosque|hospital|school|stadium)\.?$/iu);
// "boulevard Ferhat-Abbas", "lycée Ferhat Abbas": a street or an institution named after someone (text folded).
const PLACE_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])(?:boulevard|bd|rue|avenue|av|place|lycee|ecole|universite|stade|aeroport|hopital|cite|quartier|street|road|school|university|hospital|stadium|airport)\.?\s+(?:[\p{L}'’]+[\s-]+)?$/u);

// A surname after a given name: a capitalised word, not a ruler's number ("Abbas II").
const SURNAME_AFTER = /^(?![IVX]+$)\p{Lu}\p{Ll}/u;
// A kin word before a name, in its clause ("Spouse: Amina", "their sons Yasser Abbas and Tareq"): a family's member.
const KIN_BEFORE = /\b(?:wife|husband|spouse|sons?|daughters?|children|child|brothers?|sisters?|nephews?|nieces?|grandsons?|granddaughters?)\b[^.;!?\n]{0,50}$/u;

// "Abbas, the Palestinian Authority president": a title after the name, each word before it one of his story's or
// his own (norm is lower case); not "Abbas, a Gaza-born club president".
const OFFICE_AFTER = /^,? (?:the |a )?((?:\p{L}+ ){1,3}\p{L}+)(?![\p{L}-])/u;
function officeAfter(topic: CompiledTopic, norm: string, hit: Hit): boolean {
  const words = OFFICE_AFTER.exec(norm.slice(hit.end, hit.end + 50))?.[1]?.split(' ') ?? [];
  const title = words.findIndex((word, i) => i > 0 && topic.shape?.establishing.has(word));
  return title > 0 && words.slice(0, title).every((word) => topic.shape?.own.has(word) || topic.supportNearby?.test(word));
}

// The established group's own people, right after its name ("Hezbollah trainers", "Hezbollah's leader").
const AGENTS_AFTER = /^(?:['’]s)? (?:trainers?|instructors?|operatives?|commanders?|advisers?|advisors?|fighters?|leader|leadership|chief)(?![\p{L}])|^['’]s (?:role|involvement|presence|influence|expertise|backing)(?![\p{L}])/u;

// Another group's dealings with the established one: "trained by Hezbollah", "weapons for Hezbollah", "allying with Hezbollah",
// "the Iraqi branch of Hezbollah", "on behalf of Hezbollah"; and a state's designation of it, "Bahrain designated Hezbollah", "does not list Hezbollah".
const RELATION_BEFORE = /(?:^|[^\p{L}])(?:from|to|for|with|by|branch of|behalf of|founders of|designated|declared|lists?|listed|resupply|reaches)[ \t]+$/u;

// A hatnote's line ("Not to be confused with Kata'ib Hezbollah…") names what the page is not about.
const HATNOTE = /^[\s"“]*(?:not to be confused with|for other uses|this article is about|for the [^.;:]{1,60}, see)/u;

/** Whether the bare form is another's given name before his surname ("Abbas Araghchi") on a page that has named the topic. */
function givenNameOf(hit: Hit, topic: CompiledTopic, page: PageContext, orig?: Original): boolean {
  if (topic.shape?.kind !== 'person' || hit.alias.kind !== 'ambiguous' || !orig) return false;
  return SURNAME_AFTER.test(wordAfter(orig.text, orig.end)?.word ?? '') && firmlyTopic(page, topic);
}

/** A listed other name ("Kata'ib Hezbollah", "Abbas Araghchi"): what it tells the page of its later bare forms. */
function namedOtherwise(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, other: string, orig?: Original): Verdict {
  if (topic.shape?.kind === 'person' && (PLACE_NAME.test(other) || PLACE_BEFORE.test(norm.slice(Math.max(0, hit.start - 40), hit.start)))) return { accept: false, reason: 'named-otherwise' };
  // "Kata'ib Hezbollah", then "Hezbollah fighters": a page that named another group first means it by the bare
  // name too, unless it had named the topic's own already; "see Hezbollah al-Hejaz" points elsewhere.
  const otherGroup = topic.shape?.kind === 'organisation' && !firmlyTopic(page, topic) && !seeBefore(hit, norm);
  // ("Growing up as an Abbas": anyone so named, nobody a later bare name means.)
  // "Abbas Kamel" on a page that has named Mahmoud Abbas: the news calls him Kamel, so its bare "Abbas" stays his.
  if (!other.startsWith('one ') && (hit.alias.kind === 'ambiguous' || topic.shape?.kind === 'arrangement' || otherGroup) && !givenNameOf(hit, topic, page, orig) && !HATNOTE.test(norm)) page.referents.set(topic.id, { isTopic: false, label: other, otherGroup });
  return { accept: false, reason: 'named-otherwise' };
}

/**
 * A name spoken of ("known as Hamas"): no mention, and mostly nothing said of later uses; but a name given to
 * another group with that group's home or name in its sentence ("the Movement of Society for Peace, still called
 * Hamas") is what the page's bare name means until it names the topic's own.
 */
function namedAs(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext): Verdict {
  const otherHome = topic.shape?.otherContext;
  const sentence = norm.slice(Math.max(0, hit.start - 150), hit.start).split(/[.!?] /).at(-1) ?? '';
  const hatnote = /^[^.;]{0,30}\bsee\b/.test(norm.slice(hit.end, hit.end + 40));
  if (topic.shape?.kind === 'organisation' && otherHome && !hatnote && !firmlyTopic(page, topic) && otherHome.test(sentence)) {
    page.referents.set(topic.id, { isTopic: false, label: norm.slice(hit.start, hit.end) });
  }
  return { accept: false, reason: 'named-as' };
}

/** Someone (or something) else's full name around the hit: what it tells the page of its later bare forms. */
function namedElsewhere(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, shaped: 'other-name-touching' | 'other-parties', spelling: string, orig?: Original): Verdict {
  const kindOfName = topic.shape?.kind;
  // "Spouse: Amina Abbas", "their sons Yasser Abbas and Tareq Abbas" on a page that names him: his family, whose
  // surname leaves his bare one his; one so introduced stays family when named again ("Yasser Abbas rejected…").
  if (kindOfName === 'person' && namedBoth(page, topic)) {
    const kin = orig ? `${wordBefore(orig.text, orig.start)?.word ?? ''} ${norm.slice(hit.start, hit.end)}`.toLowerCase() : '';
    if (page.kin.has(kin) || KIN_BEFORE.test(norm.slice(Math.max(0, hit.start - 60), hit.start))) {
      page.kin.add(kin);
      return { accept: false, reason: 'other-name-touching' };
    }
  }
  if (kindOfName === 'organisation') page.spellings.other.add(spelling);
  if (shaped === 'other-name-touching') noteNamesake(hit, topic, orig, page);
  // Later bare forms on this page mean them. A page that has already named the group itself keeps meaning it
  // ("Hezbollah … unlike Turkish Hizbullah … Hezbollah").
  const label = kindOfName === 'person' && orig ? fullNameAt(orig) : norm.slice(hit.start, hit.end);
  if (kindOfName === 'person' && hit.alias.kind === 'name') page.othersNamed.add(`${topic.id} ${norm.slice(hit.start, hit.end)}`);
  // A place named after someone, or a double-barrelled surname ("Abbas-Khoury"), which no one shortens to "Abbas".
  const noOneCalledSo = kindOfName === 'person' && (PLACE_NAME.test(label) || (orig !== undefined && /^-\p{Lu}/u.test(orig.text.slice(orig.end, orig.end + 2))));
  const bare = kindOfName === 'person' && hit.alias.kind === 'ambiguous' ? orig : undefined;
  const surname = !!bare && surnameOf(bare);
  if (!noOneCalledSo && surname) page.surnamed.add(topic.id);
  // A given name before another's surname ("Foreign Minister Abbas Araghchi") is one the news shortens to the surname:
  // a page that has named him keeps its bare "Abbas" his.
  const givenName = !surname && givenNameOf(hit, topic, page, orig);
  if (!noOneCalledSo && !givenName && !HATNOTE.test(norm) && (hit.alias.kind === 'ambiguous' || kindOfName === 'arrangement' || kindOfName === 'person' || (kindOfName === 'organisation' && !firmlyTopic(page, topic)))) {
    page.referents.set(topic.id, { isTopic: false, label });
  }
  return { accept: false, reason: shaped };
}

/**
 * A page that has established its agreement keeps meaning it: its context need not be looked for again, unless the
 * word's own sentence names another arrangement's parties and not both of its own ("the Pentagon's line").
 */
function establishedArrangement(hit: Hit, topic: CompiledTopic, norm: string): Verdict {
  const sentence = sentenceAround(norm, hit, 160);
  if (topic.shape?.otherParties?.test(sentence) && !namesItsParties(topic, sentence)) return { accept: false, reason: 'other-parties' };
  return { accept: true, confidence: CONFIDENCE.inPage };
}

/**
 * Judges one hit, and records in `page` what a full form establishes about later bare forms of the topic
 * (nearest full form wins: "Abbas Araghchi … Abbas" → not Mahmoud Abbas; "Mahmoud Abbas … Abbas" → him).
 * `orig` is the hit in the original text, whose capitals the shape rules read.
 *
 * @example
 * const norm = 'zaheer abbas scored';
 * judge({ alias: { topic: 'abbas', kind: 'ambiguous' }, start: 7, end: 12 }, rules.topics.get('abbas')!, norm, page);
 * // { accept: false, reason: 'named-otherwise' } (and the page's "Abbas" is now Zaheer Abbas)
 */
export function judge(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, orig?: Original): Verdict {
  // A transcript's speaker ("ABBAS: A lot.") is whoever the first such label was, whatever the page names between.
  const label = hit.alias.kind === 'ambiguous' && topic.shape?.kind === 'person' && orig && speakerLabel(orig) ? `${topic.id} ${norm.slice(hit.start, hit.end)}` : '';
  const known = label ? (page.speakers.get(label) as Verdict | undefined) : undefined;
  if (known) return known;
  const verdict = judgeHit(hit, topic, norm, page, orig);
  if (label) page.speakers.set(label, verdict);
  // "SYED ALI ABBAS (HOST):" first: the later "ABBAS:" labels are the host too.
  else if (!verdict.accept && (verdict.reason === 'named-otherwise' || verdict.reason === 'other-name-touching') && hit.alias.kind === 'ambiguous' && topic.shape?.kind === 'person' && orig && namedSpeakerLabel(orig)) {
    const key = `${topic.id} ${norm.slice(hit.start, hit.end)}`;
    if (!page.speakers.has(key)) page.speakers.set(key, verdict);
  }
  return verdict;
}

function judgeHit(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, orig?: Original): Verdict {
  const { kind } = hit.alias;
  // A person's full name ("Abu Mazen al Quirinale") is his whatever follows; the lists are for the bare form.
  const person = topic.shape?.kind === 'person';
  const other = person && (kind === 'name' || pairOfTwo(norm, hit.end)) ? null : rejectedBy(hit, topic, norm, page.previous);
  if (other) return namedOtherwise(hit, topic, norm, page, other, orig);
  const shaped = topic.shape && orig ? byShape(hit, topic, topic.shape, orig, norm, page) : null;
  if (shaped === 'credit' || shaped === 'word-sense') {
    // "Photo: Yusuf Hamas": a credit names a person the page's later bare name may mean.
    if (shaped === 'credit') noteNamesake(hit, topic, orig, page);
    return { accept: false, reason: shaped };
  }
  const settled = shaped === 'named-as' ? namedAs(hit, topic, norm, page) : othersNameAgain(hit, topic, norm, page, shaped === 'titled', orig);
  if (settled) return settled;
  const kindOfName = topic.shape?.kind;
  // "For the Iraqi group, see Hamas of Iraq": a pointer to another page names nothing on this one.
  if ((shaped === 'other-name-touching' || shaped === 'other-parties') && seeBefore(hit, norm)) return { accept: false, reason: shaped };
  // How the page writes an organisation here (its spellings are kept apart: PageContext.spellings).
  const spelling = kindOfName === 'organisation' ? `${topic.id} ${norm.slice(hit.start, hit.end)}` : '';
  if (shaped === 'other-name-touching' || shaped === 'other-parties') return namedElsewhere(hit, topic, norm, page, shaped, spelling, orig);
  if (kindOfName === 'organisation' && shaped !== 'titled' && !relatedTo(hit, norm) && namesakeNear(hit, topic, norm, page, orig)) return { accept: false, reason: 'page-means-other' };
  // A sports item's bare name is an athlete's, unless its clause has the topic's own words.
  const bare = kind === 'ambiguous' || !!topic.shape?.familyName;
  if (bare && shaped !== 'titled' && athleteHere(hit, topic, norm, page.previous)) return { accept: false, reason: 'other-one-nearby' };
  // "Al-Faisaly's Mahmoud Abbas scores twice": a footballer of his name, whom the page's later bare name means.
  if (kind === 'name' && shaped !== 'titled' && scorerBeside(hit, topic, norm)) return namedElsewhere(hit, topic, norm, page, 'other-name-touching', spelling, orig);
  const otherContext = topic.shape?.otherContext;
  // "Lebanon's Hezbollah" beside another Hezbollah's words is still Lebanon's.
  const ownPlace = shaped === 'titled' && !!orig && !!topic.shape && ownPlaceBefore(orig.text, orig.start, topic.shape);
  if (kindOfName === 'organisation' && !ownPlace && otherContext && !page.referents.get(topic.id)?.isTopic && inBlock(page, norm, `${topic.id} other`, (t) => otherContext.test(t))) {
    // "a Hizbullah cell" on a page about Diyarbakir that has said nothing of Lebanon: the Turkish group.
    const around = contextAround(hit, topic, norm, page);
    if (otherContext.test(withoutPlaceLists(around, otherContext)) && !topic.supportNearby?.test(withoutContrast(around)) && !AGENTS_AFTER.test(norm.slice(hit.end, hit.end + 24))) {
      page.referents.set(topic.id, { isTopic: false, label: norm.slice(hit.start, hit.end) });
      page.spellings.other.add(spelling);
      return { accept: false, reason: 'other-one-nearby' };
    }
  }
  // "Bahrain court jails nine over 'Hezbollah cell'" on a page that has shown Lebanon's: its own sentence places it
  // elsewhere and says nothing of the group's own.
  // (Its words are looked for around the hit first: most hits have none, and the clause costs more to find.)
  if (kindOfName === 'organisation' && !ownPlace && otherContext && page.referents.get(topic.id)?.isTopic && otherContext.test(norm.slice(Math.max(0, hit.start - 100), hit.end + 100))) {
    const clause = clauseOf(norm, hit);
    // Not where the sentence sets two apart ("Hezbollah and Kata'ib Hezbollah", "Hezbollah …, while Iraqi factions").
    const twice = clause.indexOf(norm.slice(hit.start, hit.end)) !== clause.lastIndexOf(norm.slice(hit.start, hit.end));
    // (Nor where the established group's own people act there: "Hezbollah trainers helped build Iraqi militias".)
    if (!twice && otherContext.test(clause) && !topic.supportNearby?.test(clause) && !AGENTS_AFTER.test(norm.slice(hit.end, hit.end + 24)) && !RELATION_BEFORE.test(norm.slice(Math.max(0, hit.start - 12), hit.start))) return { accept: false, reason: 'other-one-nearby' };
  }
  if (kindOfName === 'organisation' || kindOfName === 'arrangement') {
    const verdict = groupSense(hit, topic, norm, page, shaped, spelling, orig);
    if (verdict) return verdict;
  }
  if (kindOfName === 'arrangement' && page.referents.get(topic.id)?.isTopic && !topic.rejectNearby) return establishedArrangement(hit, topic, norm);
  // The window around the hit is built only when a rule reads it (most hits are full names without such rules).
  const window = readsWindow(topic, kind) ? contextAround(hit, topic, norm, page) : '';
  if (topic.rejectNearby?.test(window)) return { accept: false, reason: 'rejecting-word-nearby' };
  const outOfField = !!topic.fieldNearby && shaped !== 'titled' && !topic.fieldNearby.test(window);
  if (outOfField || !namesItsParties(topic, window)) {
    const referent = page.referents.get(topic.id);
    if (referent?.isTopic && topic.shape?.kind === 'arrangement') return { accept: true, confidence: CONFIDENCE.inPage };
    // "the deconfliction line … American and Russian aircraft" with no Israel near: the page's arrangement is another
    // one, and its later bare uses need their own parties beside them.
    if (!referent && topic.shape?.otherParties?.test(window)) page.referents.set(topic.id, { isTopic: false, label: norm.slice(hit.start, hit.end) });
    // "Inside the Deconfliction Hotline" above a story that then names Israel and Russia: a headline waits for its page.
    else if (!referent && topic.shape?.kind === 'arrangement' && inHeadline(orig)) return { accept: true, confidence: CONFIDENCE.ambiguous };
    return { accept: false, reason: 'context-missing' };
  }
  if (kind !== 'ambiguous') {
    if (kindOfName === 'person' && !fullNameBacked(hit, topic, norm, page, shaped === 'titled', () => contextAround(hit, topic, norm, page), orig)) return waitForStory(hit, topic, norm, page);
    // An organisation's sense was settled above (only a backed or own-modified name establishes it).
    if (kindOfName !== 'organisation') page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    page.named.add(topic.id);
    if (topic.requireNearby.length > 0) return { accept: true, confidence: CONFIDENCE.inContext };
    return { accept: true, confidence: kind === 'name' ? CONFIDENCE.name : CONFIDENCE.typo };
  }
  // A title beats a sports page's words around ("PRESIDENT ABBAS CONGRATULATES TEAM" beside the squad list).
  if (shaped === 'titled') {
    // "Ferhat Abbas … President Abbas toured Arab capitals": in the prose of a page that has named only someone
    // else so, and with nothing of his own around it, the title is that man's (a headline stands alone).
    const other = page.referents.get(topic.id);
    if (other && !other.isTopic && !inHeadline(orig) && !page.named.has(topic.id) && !page.pending.some((w) => w.topic === topic.id) && !storyEstablished(page, topic.id) && !topic.supportNearby?.test(contextAround(hit, topic, norm, page))) {
      // "asked whether he was related to President Abbas": him, and the page's own man stays its bare name's.
      return relatedTo(hit, norm) ? { accept: true, confidence: CONFIDENCE.titled } : { accept: false, reason: 'page-means-other' };
    }
    page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    return { accept: true, confidence: CONFIDENCE.titled };
  }
  return bareSense(hit, topic, norm, page, window, orig);
}

/** What a bare ambiguous form ("Abbas") is, from the words around it and who the page has named by it. */
function bareSense(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, window: string, orig?: Original): Verdict {
  const named = page.referents.get(topic.id);
  // "Abbas scored twice. Abbas is due to return to Ramallah": on a page that has named him, his own words right by the
  // name outweigh another sentence's wickets.
  const firm = named?.isTopic && !named.weak;
  if (uncased(norm.slice(hit.start, hit.end))) {
    const sense = uncasedBare(topic, page, orig, !!firm);
    return sense === 'no' ? { accept: false, reason: 'page-means-other' } : { accept: true, confidence: sense === 'yes' ? CONFIDENCE.ambiguousEstablished : CONFIDENCE.ambiguous };
  }
  if (topic.ambiguousRejectNearby?.test(window) && !(firm && backedNearby(hit, topic, norm))) return { accept: false, reason: 'other-one-nearby' };
  // Another age's words ("a fading Abbasid caliph") name someone else only on a page that has not named him firmly.
  if (!firm && topic.ambiguousEraNearby?.test(window)) return { accept: false, reason: 'other-one-nearby' };
  // A full name still waiting for the story (waitForStory) establishes nothing yet.
  const referent = named?.weak && named.isTopic ? undefined : named;
  // A page that has named both (Mahmoud Abbas, then a footballer Oday Abbas): the topic's own words right by the
  // bare form say which one it is.
  // A headline stands alone too ("Abbas Meets Putin In Moscow" under another Abbas's headline).
  if (referent && !referent.isTopic && (namedBoth(page, topic) || inHeadline(orig) || listHeadline(orig)) && backedNearby(hit, topic, norm)) return { accept: true, confidence: CONFIDENCE.ambiguousSupported };
  // "Abbas and Araghchi did not meet", on a page that named both men: this Abbas is not Abbas Araghchi.
  if (referent && !referent.isTopic && namedBoth(page, topic) && besideNamesake(norm, hit, referent.label)) return { accept: true, confidence: CONFIDENCE.ambiguousSupported };
  // "Abbas, 89, last issued a decree": his age names him, whoever else the page has called Abbas.
  // …and so does his office in apposition: "Abbas, the Palestinian president", "Abbas the PA leader".
  if (orig && topic.shape && (ownLife(topic.shape, orig) || officeAfter(topic, norm, hit))) {
    page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    return { accept: true, confidence: CONFIDENCE.ambiguousSupported };
  }
  if (referent && !referent.isTopic) return { accept: false, reason: 'page-means-other' };
  // A page that also names someone else by this surname ("Karim Abbas"): the bare form may be either, so only the
  // topic's own words beside it say it is the topic, whoever the page named last.
  // ("Mr Abbas" is the topic's own title, as the page's usage has it.)
  if (referent && page.surnamed.has(topic.id) && !ownWordBefore(topic, orig) && !backedNearby(hit, topic, norm)) return { accept: false, reason: 'page-means-other' };
  if (referent) return { accept: true, confidence: CONFIDENCE.ambiguousEstablished };
  if (topic.supportNearby?.test(window)) return { accept: true, confidence: CONFIDENCE.ambiguousSupported };
  return { accept: true, confidence: CONFIDENCE.ambiguous };
}
