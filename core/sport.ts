// A sports item ("BOXING: HAMAS STAYS UNBEATEN", "Abbas Takes Five As Pakistan Bowl Out…"): a bare name in a clause
// of sports words is an athlete's, unless the clause also has the topic's own words or what only a group has.
import type { Hit } from './hit.ts';
import { twinned } from './plain.ts';
import { clauseOf, groupWordsBeside, nothingOwnIn } from './nearby.ts';
import type { CompiledTopic } from './rules.ts';

// Words that appear only in sports reports. Not "league" (the Arab League), "transfer" (of power), "fixture" (of
// diplomacy), "bout" (of illness), "goals", "scores" (of people), "century", "striker" (hunger strikers) or "defender"
// (of rights), which news about the topics uses too.
const SPORT_WORDS =
  /\b(?:wickets?|innings|batting|bowled|hat-trick|seeded|no\. \d+ seed|knockout|unbeaten|split decision|stage win|queen stage|yellow jersey|pole position|free kick|midfielder|goalkeeper|full-back|centre-back|boxing|cycling|tennis|cricket|football|handball|chess|esports|fantasy (?:league|team|points)|match report|scorecard|quarter-final|semi-final|grand slam|stumps|overhead kick|bowls? out|bowled out|hits (?:a )?(?:fifty|century|hundred)|scored (?:twice|once|a goal|the winner|\d+))\b/u;

// "Abbas double keeps Palestine top", "Late Abbas header": a scorer's noun right after the bare name makes it his,
// whatever the clause says of the topic (not "a Hamas double agent", "Abbas double standards").
const SCORED_AFTER = /* @__PURE__ */ twinned(/^ (?:double|brace|header|hat-trick|hat trick|equaliser|equalizer|stunner|screamer|volley)(?! (?:agents?|standards?|game|bind|cross|talk|role|life|digits?)(?![\p{L}]))(?![\p{L}-])/u);
const SCORED_THEN_VERB = /* @__PURE__ */ twinned(/^ (?:double|brace|header|hat-trick|winner|equali[sz]er|stunner|volley|goal) (?:sends|keeps|lifts|fires|gives|seals|earns|sinks|hands|helps|puts|breaks|secures|clinches|downs|edges|beats|takes)(?![\p{L}])/u);
// What a scorer does; a strike takes "twice" or a goal ("Abbas strikes again" is the news idiom).
const GOAL = String.raw`(?:a|an|his) (?:late |early |first |second |stunning )?(?:goal|winner|equali[sz]er|header|penalty|brace|hat-trick)|\d+ (?:goals|runs)`;
const SCORES_AFTER = /* @__PURE__ */ twinned(new RegExp(String.raw`^ (?:scores|scored|nets|netted|bags|bagged|heads|headed) (?:twice|again|late|early|the winner|the opener|${GOAL})(?![\p{L}])|^ (?:strikes|struck) (?:twice|${GOAL})(?![\p{L}])|^ (?:strikes|struck) late(?=[ \t]*(?:[,.;:!?]|$))|^ (?:takes|took|bowled|claims|claimed) (?:three|four|five|six|seven|\d)(?: wickets| for \d|-for-\d)`, 'u'));

// A goal's minute in a match line, "(Abbas 23', Carrasco 90+2')": a scorer, in any press.
const MINUTE_AFTER = /^ \d{1,3}(?:\+\d{1,2})?['’′](?![\p{L}\d])/u;

// "a stoppage-time header from Mahmoud Abbas": what he scored, right before his name (not "a strike from", a shot's,
// nor "a goal by", which is any aim's).
const GOAL_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])(?:header|penalty|free kick|volley|brace|hat-trick|equali[sz]er) (?:from|by) $/u);

/** Whether what a scorer does or scores comes right by a person's name ("Mahmoud Abbas scores twice in Amman derby"). */
export const scorerBeside = (hit: Hit, topic: CompiledTopic, norm: string) =>
  topic.shape?.kind === 'person' && (GOAL_BEFORE.test(norm.slice(Math.max(0, hit.start - 20), hit.start)) || MINUTE_AFTER.test(norm.slice(hit.end, hit.end + 10)) || SCORED_AFTER.test(norm.slice(hit.end, hit.end + 24)) || SCORES_AFTER.test(norm.slice(hit.end, hit.end + 40)) || SCORED_THEN_VERB.test(norm.slice(hit.end, hit.end + 40)));

/**
 * Whether the hit's clause (headline, ticker item, sentence) is a sports report's and says nothing of the topic's
 * own; a contrast ("no connection to Hamas") speaks of the topic itself.
 */
export function athleteHere(hit: Hit, topic: CompiledTopic, norm: string, previous = ''): boolean {
  // Only a person's: "a Hamas double suicide bombing", "the Hamas volley of rockets" are the group's; and "Abbas Strikes
  // Twice as Pakistan Take Early Grip" scores, while a group's strikes are attacks.
  if (scorerBeside(hit, topic, norm)) return true;
  // A family name's too when a match verb follows the scorer's noun ("Hamas double sends CR Belouizdad into the final").
  if (topic.shape?.familyName && (SCORED_THEN_VERB.test(norm.slice(hit.end, hit.end + 40)) || MINUTE_AFTER.test(norm.slice(hit.end, hit.end + 10)))) return true;
  // A line under a sports section's label ("SPORT" above it, "SPORT: …" before it) is a sports item too.
  if (underSportsLabel(hit, norm, previous)) {
    const clause = clauseOf(norm, hit);
    if (nothingOwnIn(clause, topic) && !groupWordsBeside(hit, norm)) return true;
  }
  // The clause lies within 150 characters either side: most hits have no sports word there, and need no clause.
  if (!SPORT_WORDS.test(norm.slice(Math.max(0, hit.start - 150), hit.end + 150))) return false;
  const clause = clauseOf(norm, hit);
  return SPORT_WORDS.test(clause) && nothingOwnIn(clause, topic) && !groupWordsBeside(hit, norm);
}

// A sports section's label as a line of its own ("Sport", "SPORTS DESK", "Sport · 26m ago") or before an item.
const LABEL_LINE = /^(?:sports?|sports? (?:desk|news|briefs?|round-?up)|deportes?|spor|olahraga|رياضة|sports? [·|—–-] [^.!?]{0,30})$/u;
const LABEL_BEFORE = /^(?:sports?|deportes?|spor) ?[:|—–-] /u;

/** Whether the hit's line is under a sports section's label: the block before it, or the start of its own. */
function underSportsLabel(hit: Hit, norm: string, previous: string): boolean {
  if (LABEL_BEFORE.test(norm.slice(0, Math.min(hit.start, 12)))) return true;
  // Only a block that is nothing but the label: a line that mentions sport is no section's heading.
  return previous.length <= 40 && LABEL_LINE.test(previous.trim());
}
