// The bench's generated pages: same bytes on every run, and the mention counts the report compares against.
// (No timing here: timings live in `npm run bench`, never in the test suite.)
import { describe, expect, test } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';
import { allNames, naiveRegex } from '../../scripts/bench/naive.ts';
import { generateArticles, LOOKALIKES, type PageSpec } from '../../scripts/bench/news-articles.ts';
import { rng } from '../../scripts/bench/page-random.ts';
import { generateSpaPage, generateStaticPage, PAGE_SPECS } from '../../scripts/bench/pages.ts';
import { generateTypicalPage, TYPICAL_SPEC } from '../../scripts/bench/typical-page.ts';

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

/** What the content script would find: the matcher over each block in page order, with one page context. */
function matcherCount(spec: PageSpec): number {
  const matcher = createMatcher(BRIEFINGS);
  const context = createPageContext();
  let n = 0;
  for (const article of generateArticles(spec).articles)
    for (const block of article.split('\n')) n += matcher.scan(textOf(block), context).length;
  return n;
}

describe('bench pages', () => {
  test('the generator is deterministic', () => {
    expect(rng(7)()).toBe(rng(7)());
    const a = generateStaticPage(PAGE_SPECS.news1mb);
    const b = generateStaticPage(PAGE_SPECS.news1mb);
    expect(a.html).toBe(b.html);
    expect(generateStaticPage({ ...PAGE_SPECS.news1mb, seed: 99 }).html).not.toBe(a.html);
  });

  test('the 1 MB page: about 1 MB, exactly 2,000 mentions in every topic and variant, plus lookalikes', () => {
    const page = generateStaticPage(PAGE_SPECS.news1mb);
    expect(page.bytes).toBeGreaterThan(0.9 * 2 ** 20);
    expect(page.bytes).toBeLessThan(1.2 * 2 ** 20);
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(2000);
    for (const count of Object.values(page.counts)) expect(count).toBeGreaterThan(200);
    for (const form of ['Hizbollah', 'Hizballah', 'Mahmoud Abbas', 'Abu Mazen', 'Abbas']) expect(page.forms[form]).toBeGreaterThan(10);
    expect(page.lookalikes).toBe(150);
    for (const phrase of LOOKALIKES) expect(page.html).toContain(phrase);
    // The naive regex also takes "Zaheer Abbas", "Kata'ib Hezbollah"…: more than the mentions.
    expect(textOf(page.html).match(naiveRegex())!.length).toBeGreaterThan(2000);
  });

  test('the matcher finds exactly the placed mentions on every page', () => {
    expect(matcherCount(PAGE_SPECS.news1mb)).toBe(2000);
    expect(matcherCount(PAGE_SPECS.clean5mb)).toBe(0);
    expect(matcherCount(PAGE_SPECS.spa)).toBe(PAGE_SPECS.spa.mentions);
  });

  test('the 5 MB page: about 5 MB and nothing the naive regex matches', () => {
    const page = generateStaticPage(PAGE_SPECS.clean5mb);
    expect(page.bytes).toBeGreaterThan(4.5 * 2 ** 20);
    expect(page.bytes).toBeLessThan(5.5 * 2 ** 20);
    expect(textOf(page.html).match(naiveRegex())).toBeNull();
  });

  test('the feed page carries 200 articles as data and appends them one by one', () => {
    const page = generateSpaPage(PAGE_SPECS.spa);
    expect(page.articles).toBe(200);
    expect(page.html).toContain("performance.mark('spa:done')");
    const data = /<script type="application\/json" id="feed-data">([\s\S]*?)<\/script>/.exec(page.html)![1]!;
    expect(data).not.toContain('<');
    expect((JSON.parse(data) as string[]).length).toBe(200);
  });

  test('the naive pattern lists every name, longest first', () => {
    const names = allNames();
    expect(names).toContain('Mahmoud Abbas');
    expect(names.indexOf('Mahmoud Abbas')).toBeLessThan(names.indexOf('Abbas'));
    expect('Mahmoud Abbas met Hamas'.match(naiveRegex())).toEqual(['Mahmoud Abbas', 'Hamas']);
  });

  test('the typical page: deterministic, about 300 KB, a few thousand elements, no name the matcher or the naive regex finds', () => {
    const page = generateTypicalPage(TYPICAL_SPEC);
    expect(generateTypicalPage(TYPICAL_SPEC).html).toBe(page.html);
    expect(generateTypicalPage({ ...TYPICAL_SPEC, seed: 6 }).html).not.toBe(page.html);
    expect(page.bytes).toBeGreaterThan(250 * 1024);
    expect(page.bytes).toBeLessThan(350 * 1024);
    expect(page.elements).toBeGreaterThan(2000);
    expect(page.elements).toBeLessThan(8000);
    for (const part of ['<nav', '<article', 'class="related"', 'class="comment', '<footer', '<style>', '<script>']) expect(page.html).toContain(part);
    const text = textOf(page.html);
    expect(text.match(naiveRegex())).toBeNull();
    expect(/Abbas|Hamas|Hezbollah|deconfliction/i.test(page.html)).toBe(false);
    const matcher = createMatcher(BRIEFINGS);
    expect(matcher.scan(text, createPageContext())).toHaveLength(0);
  });
});
