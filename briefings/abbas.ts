import { ARTICLE } from './source/article.ts';
import type { Briefing } from './types.ts';

export const abbas = {
  id: 'abbas',
  name: 'Mahmoud Abbas',
  whoWhat: 'Palestinian president, in Moscow for talks with Vladimir Putin.',
  match: {
    names: ['Mahmoud Abbas', 'Mahmud Abbas', 'Abu Mazen'],
    ambiguous: ['Abbas'],
    rejectBefore: ['Zaheer', 'Bandar', 'Ferhat', 'Mirza'],
    rejectAfter: ['Araghchi', 'Kiarostami', 'Kamel'],
    fuzzy: false,
  },
  summary: [{ text: 'TODO', paragraphs: [1] }],
  facts: [{ text: 'TODO', paragraphs: [1] }],
  quotes: [],
  related: ['hamas'],
  source: ARTICLE,
} satisfies Briefing;
