// Someone who bears an organisation's name as a surname ("Yacine Hamas"): the bare name in the next sentence or two
// is that person when nothing of the group's own is in its clause ("Hamas will wear the number 4 shirt").
import type { Hit, Original } from './hit.ts';
import { clauseOf, groupWordsBeside, nothingOwnIn } from './nearby.ts';
import type { PageContext } from './page-context.ts';
import { speakerLabel, surnameOf } from './person-rules.ts';
import type { CompiledTopic } from './rules.ts';
import { isCapitalised } from './shape.ts';

// How far after the full name a bare form may still be the person: a sentence or two.
const NAMESAKE_REACH = 200;

/** Records a person's full name ending in the organisation's name: a capitalised given name right before it. */
export function noteNamesake(hit: Hit, topic: CompiledTopic, orig: Original | undefined, page: PageContext): void {
  if (!topic.shape?.familyName || !orig || !isCapitalised(orig.text.slice(orig.start, orig.end))) return;
  if (surnameOf(orig)) page.namesakes.set(topic.id, page.scanned + hit.end);
}

// A person's pronoun in the rest of the sentence, before any a group would take ("Hamas donated his bonus").
const PERSON_PRONOUN = /^[^.!?\uFFFC]{0,80}?\b(?:(he|his|him|himself|she|her|herself)|it|its|itself|they|their|them)\b/u;

// What comes right before a sentence's subject: the block's start, a sentence's end, or a closing quote.
const SUBJECT_START = /(?:^|[.!?]["”’]? |["”’],? )$/u;

/**
 * Whether a bare organisation name is the person the page named by it: a transcript's speaker label, a bare name
 * in the sentence or two after the full name with nothing of the group's own in its clause, or later a bare name
 * whose sentence goes on with a person's pronoun and none of the group's words.
 */
export function namesakeNear(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, orig?: Original): boolean {
  const at = page.namesakes.get(topic.id);
  if (at === undefined || page.scanned + hit.start < at) return false;
  if (orig && speakerLabel(orig)) return true;
  // "the Israel-Hamas war", "Hamas-run": a compound only the group's name makes.
  if (groupWordsBeside(hit, norm) || norm[hit.start - 1] === '-' || norm[hit.end] === '-') return false;
  const rest = norm.slice(hit.end, hit.end + 100);
  if (PERSON_PRONOUN.exec(rest)?.[1] && !topic.supportNearby?.test(rest.split(/[.!?] /u)[0] ?? '')) return true;
  // Further on, only as its sentence's subject or a quote's speaker ("Hamas returns on Thursday", '…," Hamas said'):
  // the group is as often the object ("payments to Hamas", "nobody in Hamas").
  if (page.scanned + hit.start - at > NAMESAKE_REACH && !SUBJECT_START.test(norm.slice(Math.max(0, hit.start - 4), hit.start))) return false;
  // "no connection to Hamas": a contrast speaks of the group to set the person apart from it; "when Hamas appeared
  // in 1987": the group's founding year is its own.
  const clause = clauseOf(norm, hit);
  return nothingOwnIn(clause, topic) && !(topic.shape?.founded && clause.includes(String(topic.shape.founded)));
}
