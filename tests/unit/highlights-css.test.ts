// The page highlights' CSS is generated at build time from the briefings' colours (scripts/build/highlights-css.ts):
// the same rules, byte for byte, as the hand-written entrypoints/content/highlights.css it replaced.
import { expect, test } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { fixtureTopicFiles } from '../../scripts/build/build-flags.ts';
import { highlightsCss } from '../../scripts/build/highlights-css.ts';

const RULES_BEFORE = `@layer briefings {
  ::highlight(briefings-abbas-underline) { text-decoration: underline 2px rgb(59 118 222) !important; }
  ::highlight(briefings-hamas-underline) { text-decoration: underline 2px rgb(28 150 90) !important; }
  ::highlight(briefings-hezbollah-underline) { text-decoration: underline 2px rgb(214 135 16) !important; }
  ::highlight(briefings-deconfliction-underline) { text-decoration: underline 2px rgb(150 80 210) !important; }

  ::highlight(briefings-abbas-background) { background-color: rgb(59 118 222 / 0.22) !important; }
  ::highlight(briefings-hamas-background) { background-color: rgb(28 150 90 / 0.22) !important; }
  ::highlight(briefings-hezbollah-background) { background-color: rgb(214 135 16 / 0.26) !important; }
  ::highlight(briefings-deconfliction-background) { background-color: rgb(150 80 210 / 0.22) !important; }
}
`;

test('the generated rules are the hand-written ones, after the comment that says why they are what they are', () => {
  const css = highlightsCss(BRIEFINGS);
  expect(css.startsWith('/*')).toBe(true);
  expect(css.slice(css.indexOf('*/') + 3)).toBe(RULES_BEFORE);
  expect(css).toContain('cascade layer');
});

test("Chromium's rules match :root only (its highlights inherit down the tree); the default matches every element", () => {
  const anchored = highlightsCss(BRIEFINGS, 'root');
  expect(anchored.slice(anchored.indexOf('*/') + 3)).toBe(RULES_BEFORE.replace(/ {2}::highlight/g, '  :root::highlight'));
  expect(highlightsCss(BRIEFINGS)).toBe(highlightsCss(BRIEFINGS, 'every-element'));
});

test('a topic added to the list gets its two rules, from its colour', () => {
  const css = highlightsCss([...BRIEFINGS, { id: 'kremlin' as 'abbas', color: { light: '1 2 3', dark: '4 5 6', backgroundAlpha: 0.5 } }]);
  expect(css).toContain('::highlight(briefings-kremlin-underline) { text-decoration: underline 2px rgb(1 2 3) !important; }');
  expect(css).toContain('::highlight(briefings-kremlin-background) { background-color: rgb(1 2 3 / 0.5) !important; }');
});

test('fixture topics: only a test build takes them, and only from tests/fixtures/', () => {
  const root = '/repo';
  expect(fixtureTopicFiles(undefined, undefined, root)).toEqual([]);
  expect(fixtureTopicFiles(undefined, '', root)).toEqual([]);
  expect(fixtureTopicFiles('test', 'tests/fixtures/topics/kremlin.ts', root)).toEqual(['/repo/tests/fixtures/topics/kremlin.ts']);
  expect(() => fixtureTopicFiles(undefined, 'tests/fixtures/topics/kremlin.ts', root)).toThrow(/only a test build/);
  expect(() => fixtureTopicFiles('production', 'tests/fixtures/topics/kremlin.ts', root)).toThrow(/only a test build/);
  expect(() => fixtureTopicFiles('bench', 'tests/fixtures/topics/kremlin.ts', root)).toThrow(/only a test build/);
  expect(() => fixtureTopicFiles('test', 'briefings/hamas.ts', root)).toThrow(/not a \.ts file under tests\/fixtures/);
  expect(() => fixtureTopicFiles('test', 'tests/fixtures/../../etc/x.ts', root)).toThrow(/not a \.ts file under tests\/fixtures/);
});
