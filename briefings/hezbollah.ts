import { ARTICLE } from './source/article.ts';
import { KATZ } from './speakers.ts';
import type { Briefing } from './types.ts';

export const hezbollah = {
  id: 'hezbollah',
  name: 'Hezbollah',
  whoWhat: 'Iranian-backed group, a sworn enemy of Israel, that Russia collaborates with in Syria.',
  match: {
    names: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah', 'Hezbullah', "Hizb'allah", "Hezb'allah", 'Hizb Allah', 'Hezb Allah'],
    // Kata'ib Hezbollah, "the Hezbollah Brigades": the Iraqi militia (tests/corpus/passages/kataib-*).
    rejectBefore: ["Kata'ib", 'Kataib'],
    rejectAfter: ['Brigades'],
    fuzzy: true,
  },
  summary: [
    {
      text: 'In Syria, Russia works alongside Hezbollah, the Iranian-backed group that is a sworn enemy of Israel, which complicates Moscow’s friendly ties with Israel.',
      paragraphs: [22],
    },
    {
      text: 'According to Mark N Katz, Israelis say the deconfliction agreement over Syria lets them strike Iranian forces and Hezbollah without harming Russians.',
      paragraphs: [24],
    },
  ],
  facts: [
    { text: 'Russia collaborates with Hezbollah in Syria.', paragraphs: [22] },
    { text: 'Hezbollah is backed by Iran and is a sworn enemy of Israel.', paragraphs: [22] },
    {
      text: 'Under the Russia–Israel deconfliction agreement, Israeli forces hit the Iranians and Hezbollah in Syria but leave the Russians unharmed, Katz says.',
      paragraphs: [24],
    },
  ],
  quotes: [
    {
      text: 'Israelis, for their part, cite the deconfliction agreement between Russian and Israeli forces with regard to Syria, whereby the Israelis pound the Iranians and Hezbollah, but don’t harm the Russians',
      speaker: KATZ,
      paragraph: 24,
    },
  ],
  related: ['deconfliction'],
  source: ARTICLE,
} satisfies Briefing;
