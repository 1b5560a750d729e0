// A sports item ("BOXING: HAMAS STAYS UNBEATEN", "Abbas Takes Five As Pakistan Bowl Out…"): a bare name in a clause
// of sports words is an athlete's, unless the clause also has the topic's own words or what only a group has.
import type { Hit } from './hit.ts';
import { clauseOf, groupWordsBeside, withoutContrast } from './nearby.ts';
import type { CompiledTopic } from './rules.ts';

// Words that rarely appear outside a sports report; not "talks", "round", "draw" or "final", which news shares.
const SPORT_WORDS =
  /\b(?:goals?|scor(?:es|ed|ing)|wickets?|innings|bowl(?:s|ed|ing)?|batting|century|fifty|hat-trick|seeds?|seeded|knocks? out|knockout|unbeaten|split decision|bout|stage win|queen stage|yellow jersey|pole position|lap|medal|free kick|penalty|header|striker|midfielder|defender|goalkeeper|keeper|winger|squad|fixture|league|tournament|transfer|on loan|kick-off|kick|boxing|cycling|tennis|cricket|football|handball|chess|esports|fantasy|match report|scorecard|quarter-final|semi-final|grand slam|stumps|overhead)\b/u;

/**
 * Whether the hit's clause (headline, ticker item, sentence) is a sports report's and says nothing of the topic's
 * own; a contrast ("no connection to Hamas") speaks of the topic itself.
 */
export function athleteHere(hit: Hit, topic: CompiledTopic, norm: string): boolean {
  const clause = clauseOf(norm, hit);
  return SPORT_WORDS.test(clause) && !topic.supportNearby?.test(clause) && withoutContrast(clause) === clause && !groupWordsBeside(hit, norm);
}
