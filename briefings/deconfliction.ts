import { ARTICLE } from './source/article.ts';
import type { Briefing } from './types.ts';

export const deconfliction = {
  id: 'deconfliction',
  name: 'Russia–Israel deconfliction agreement',
  whoWhat: 'The arrangement between Russian and Israeli forces over Syria.',
  match: {
    names: ['deconfliction agreement', 'deconfliction mechanism', 'deconfliction'],
    requireNearby: [
      ['Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin'],
      ['Israel', 'Israeli', 'Israelis'],
    ],
    rejectNearby: ['humanitarian'],
    fuzzy: false,
  },
  summary: [{ text: 'TODO', paragraphs: [24] }],
  facts: [{ text: 'TODO', paragraphs: [24] }],
  quotes: [],
  related: ['hezbollah'],
  source: ARTICLE,
} satisfies Briefing;
