import { ARTICLE } from './source/article.ts';
import type { Briefing } from './types.ts';

export const hamas = {
  id: 'hamas',
  name: 'Hamas',
  whoWhat: 'Palestinian group Russia has not blacklisted as a “terrorist” organisation.',
  match: {
    names: ['Hamas'],
    fuzzy: false,
  },
  summary: [{ text: 'TODO', paragraphs: [5] }],
  facts: [{ text: 'TODO', paragraphs: [5] }],
  quotes: [],
  related: ['abbas', 'hezbollah'],
  source: ARTICLE,
} satisfies Briefing;
