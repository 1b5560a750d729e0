// A person's bare name in a script without capitals (Arabic عباس): nothing shows another man's name beside it, so it
// is the topic's only where the page has firmly named him, no one else is named by it, and the words on either side
// are grammar (a preposition, a conjunction, a verb), not another name (core/disambiguate.ts asks).
import type { Original } from './hit.ts';
import type { PageContext } from './page-context.ts';
import type { CompiledTopic } from './rules.ts';
import { GIVEN_NAMES } from './given-names.ts';
import { wordAfter, wordBefore, type Neighbour } from './shape.ts';

/** Whether a bare form has no cased letter (Arabic, Persian, Urdu script). */
export const uncased = (surface: string) => !/[\p{Lu}\p{Ll}]/u.test(surface);

// Arabic prepositions, particles and pronouns that may follow the name: "وقال عباس في كلمة", "اتفاق عباس وعون".
const GRAMMAR_AFTER = new Set('في من على إلى الى عن مع خلال بعد قبل أن إن أنه انه الذي التي لن لم لا قد ما هو منذ حول عبر أمام'.split(' '));
// Words before a name that make it another's: places and titles of other men ("بندر عباس", "الشاه عباس").
// (Also a title or a family's word, "أستاذ عباس", "عائلة عباس"; "أنا عباس", I am Abbas; and given names the shared
// list lacks, his sons' among them: "ياسر عباس".)
const OTHER_BEFORE = new Set('بندر شاه الشاه فرحات غلام إحسان اللاعب المهاجم المدافع الحارس المدرب الفنان المخرج المصور تصوير الكاتب الصحفي الشاعر العماد اللواء الوزير أستاذ الأستاذ الدكتور الشيخ الحاج السيد عائلة آل أنا اسمي اسمه اسمها يدعى المدعو صديقي جاري أخي الأخ ابني عمي خالي يا آقا حضرت عباس ياسر يحيى يونس يعقوب يزيد حيدر جعفر كاظم رضا صادق ناصر سالم زياد عادل منصور فاضل سلمان عمار'.split(' '));

// Verbs he is the subject of, before the name ("وأكد عباس", "فأقال عباس حكومة"): what follows is their object.
const VERB_BEFORE = new Set('قال أكد أضاف دعا أعلن طالب أقال رفض التقى استقبل بحث شدد اعتبر وقع وقّع أصدر عين كلف كلّف انتخب انتُخب اتهم هاجم ناشد أبلغ'.split(' '));
// Urdu's postpositions after a name ("عباس نے کہا"), and Persian's ("عباس از…", "عباس در…") with its words that follow
// a subject ("عباس درباره…", about; "عباس همچنین…", also), as Arabic's prepositions.
const URDU_AFTER = new Set('نے کا کی کے کو سے از در به با را که نیز هم درباره برای روز امروز دیروز همچنین گفت افزود'.split(' '));

/**
 * Whether an uncased bare form is the topic's (see the file's comment): 'no' beside another name, 'yes' with grammar
 * around it on a page that has firmly named him, 'wait' for a headline above the page that names him.
 */
export function uncasedBare(topic: CompiledTopic, page: PageContext, orig: Original | undefined, firm: boolean): 'yes' | 'no' | 'wait' {
  if (!orig || page.surnamed.has(topic.id)) return 'no';
  const before = wordBefore(orig.text, orig.start);
  if (!grammarAround(orig, before)) return 'no';
  if (firm) return 'yes';
  // A headline's opening subject and its verb ("عباس يدعو حماس إلى…", «عباس يستقبل…»), nothing before it: it waits.
  const opens = !before && /^[ \t]+ي\p{L}{2,}/u.test(orig.text.slice(orig.end, orig.end + 12));
  return opens && page.referents.get(topic.id)?.isTopic !== false ? 'wait' : 'no';
}

/** A given name, or a word that makes the name another's (OTHER_BEFORE). */
const namesAnother = (word: string) => GIVEN_NAMES.has(word) || OTHER_BEFORE.has(word);

function grammarAround(orig: Original, before: Neighbour | null): boolean {
  // A name glossed or glossing in brackets ("ʿabbās (عباس)", "عباس (توضيح)") is a word spoken of.
  // (So is one after a language's name in them: "Abbas (Arabic: عباس) is a given name".)
  if (/\((?:[\p{L} ]{2,12}:)?[ \t]*$/u.test(orig.text.slice(Math.max(0, orig.start - 16), orig.start)) || /^[ \t]*\(/u.test(orig.text.slice(orig.end, orig.end + 2))) return false;
  // (A conjunction joined to the word before is no part of it: "ياسر عباس وطارق عباس".)
  const prior = before?.word.replace(/^و(?=\p{L}{3})/u, '');
  if (prior && namesAnother(prior)) return false;
  const verbBefore = !!before && VERB_BEFORE.has(before.word.replace(/^[وف](?=\p{L}{3})/u, ''));
  // An inverted name opening a line, as a bibliography or an index writes one ("عباس، إحسان. تاريخ النقد").
  if (/^[ \t]*[،,]/u.test(orig.text.slice(orig.end, orig.end + 2)) && /(?:^|\n)[ \t]*(?:[-–•*][ \t]*|\d+[.)][ \t]*)?$/u.test(orig.text.slice(Math.max(0, orig.start - 8), orig.start))) return false;
  const after = wordAfter(orig.text, orig.end);
  if (!after || after.joiner !== 'space') return true;
  const word = after.word;
  // A conjunction joined to the next word ("وعون", "وحماس"), an imperfect verb of his ("يدعو", "يطالب") that is no
  // given name ("يوسف"), or a particle.
  // (Or, after his own verb, any word but a given name or one with the article, which may be a family's: "المومني".)
  if (verbBefore && !GIVEN_NAMES.has(word) && !word.startsWith('ال')) return true;
  return GRAMMAR_AFTER.has(word) || URDU_AFTER.has(word) || /^[بل]ال/u.test(word) || (/^[وف]\p{L}{2,}/u.test(word) && !namesAnother(word.slice(1))) || (/^ي\p{L}{2,}/u.test(word) && !namesAnother(word));
}
