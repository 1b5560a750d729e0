// An acronym spelled out right after it: "HAMAS (Hybrid Authenticated Mesh Addressing Service)", "HAMAS — the
// Hydroacoustic Monitoring of Atlantic Shipping project". Capitals spelled out as other words are another body's name.
import type { Original } from './hit.ts';
import type { CompiledTopic } from './rules.ts';
import { isAllCaps } from './shape.ts';

// A bracket, a dash or a comma, maybe "the" or "for", then three or more capitalised words (small words between).
const SPELLED_OUT = /^[ \t]*(?:\(|[—–-][ \t]|,[ \t])[ \t]*(?:(?:the|for|i\.e\.)[ \t]+)?((?:\p{Lu}[\p{L}-]*[ \t]+(?:(?:of|and|for|the|on|in|de|di|du|des|la|le)[ \t]+)?){2,}\p{Lu}[\p{L}-]*)/u;

/** Whether an all-capitals name is followed by words that spell it out as something other than the topic. */
export function spelledOutOtherwise(orig: Original, topic: CompiledTopic): boolean {
  const { text, start, end } = orig;
  const surface = text.slice(start, end);
  if (surface.length < 3 || !isAllCaps(surface)) return false;
  const words = SPELLED_OUT.exec(text.slice(end, end + 120))?.[1];
  // Its own first letter starts the expansion; the topic's own expansion ("Islamic Resistance Movement") is its own.
  return !!words && words[0] === surface[0] && !topic.supportNearby?.test(` ${words.toLowerCase()} `);
}
