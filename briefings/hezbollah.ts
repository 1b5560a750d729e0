import { ARTICLE } from './source/article.ts';
import type { Briefing } from './types.ts';

export const hezbollah = {
  id: 'hezbollah',
  name: 'Hezbollah',
  whoWhat: 'Iranian-backed group, a sworn enemy of Israel, that Russia collaborates with in Syria.',
  match: {
    names: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah', 'Hezbullah'],
    rejectBefore: ["Kata'ib", 'Kataib'],
    fuzzy: true,
  },
  summary: [{ text: 'TODO', paragraphs: [22] }],
  facts: [{ text: 'TODO', paragraphs: [22] }],
  quotes: [],
  related: ['deconfliction'],
  source: ARTICLE,
} satisfies Briefing;
