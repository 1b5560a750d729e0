import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderArticlePage } from '../fixtures/build-article-page.ts';

test('the article fixture page is built from the current source article', () => {
  const source = readFileSync('briefings/source/article.txt', 'utf8');
  const committed = readFileSync('tests/fixtures/pages/article.html', 'utf8');
  expect(committed, 'run `npx tsx tests/fixtures/build-article-page.ts`').toBe(renderArticlePage(source));
});
