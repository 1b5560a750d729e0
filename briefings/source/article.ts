import type { SourceRef } from '../types.ts';

/** The one article every briefing is drawn from. Its text is briefings/source/article.txt. */
export const ARTICLE: SourceRef = {
  title: 'What’s behind Russia’s ‘soft power’ moves on Israel-Palestine?',
  author: 'Niko Vorobyov',
  publisher: 'Al Jazeera',
  published: '2024-08-13',
  url: 'https://www.aljazeera.com/news/2024/8/13/whats-behind-russias-soft-power-moves-on-israel-palestine',
};
