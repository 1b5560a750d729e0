import type { Speaker } from './types.ts';

// The article's experts, described exactly as the article introduces them (¶3, ¶7, ¶23), so every briefing
// credits a speaker the same way. The validator checks each description against the article text.

export const RAMANI: Speaker = { name: 'Samuel Ramani', description: 'author of Russia in Africa' };

export const SULEYMANOV: Speaker = {
  name: 'Ruslan Suleymanov',
  description: 'an independent Russian expert on the Middle East now based in Baku',
};

export const KATZ: Speaker = { name: 'Mark N Katz', description: 'professor emeritus at George Mason University' };
