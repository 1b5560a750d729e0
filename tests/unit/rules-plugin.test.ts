// The build's `virtual:briefings-rules` (scripts/build/rules-plugin.ts) is serializeRules(BRIEFINGS), and tells the
// build which files it was made from, so `wxt dev` rebuilds the content script when a briefing changes. Its other
// modules: the topic ids, the page highlights' CSS, the briefings themselves; a test build's fixture topics join all.
import path from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { BRIEFINGS, TOPIC_IDS } from '../../briefings/index.ts';
import { serializeRules } from '../../core/compiled-rules.ts';
import { highlightsCss } from '../../scripts/build/highlights-css.ts';
import {
  BRIEFINGS_MODULE,
  briefingsRules,
  CONTENT_MODULE,
  compactCss,
  CSS_MODULE,
  PREFILTER_MODULE,
  RULES_MODULE,
  TOPICS_MODULE,
} from '../../scripts/build/rules-plugin.ts';
import { kremlin } from '../fixtures/topics/kremlin.ts';

const KREMLIN = fileURLToPath(new URL('../fixtures/topics/kremlin.ts', import.meta.url));
const exported = (code: string): unknown => JSON.parse(/^export default (.*);\n$/s.exec(code)![1]!);

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (h: Plugin['resolveId'] | Plugin['load']) => (typeof h === 'function' ? h : h!.handler) as Hook;

describe('rules plugin', () => {
  const plugin = briefingsRules();

  it('resolves only its own module', () => {
    const resolveId = hook(plugin.resolveId);
    expect(resolveId.call({}, RULES_MODULE, undefined, {})).toBe(`\0${RULES_MODULE}`);
    expect(resolveId.call({}, CONTENT_MODULE, undefined, {})).toBe(`\0${CONTENT_MODULE}`);
    for (const id of [PREFILTER_MODULE, BRIEFINGS_MODULE, TOPICS_MODULE, CSS_MODULE, `${CSS_MODULE}?raw`]) {
      expect(resolveId.call({}, id, undefined, {})).toBe(`\0${id}`);
    }
    expect(resolveId.call({}, './briefings/index.ts', undefined, {})).toBeNull();
  });

  it('serves serializeRules(BRIEFINGS) as the default export, watching the files it was built from', async () => {
    const load = hook(plugin.load);
    const watched: string[] = [];
    const context = { addWatchFile: (file: string) => watched.push(file) };
    expect(await load.call(context, 'other')).toBeNull();
    const code = (await load.call(context, `\0${RULES_MODULE}`)) as string;
    const json = /^export default (.*);\n$/s.exec(code)?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(json!)).toEqual(serializeRules(BRIEFINGS));
    const root = path.resolve('.');
    const relative = watched.map((file) => path.relative(root, file));
    for (const file of ['briefings/hezbollah.ts', 'briefings/abbas.ts', 'core/rules.ts', 'core/variants.ts']) {
      expect(relative).toContain(file);
    }
  });

  it('serves the briefings without their match rules to the content script, everything else unchanged', async () => {
    const load = hook(plugin.load);
    const code = (await load.call({ addWatchFile: () => undefined }, `\0${CONTENT_MODULE}`)) as string;
    const content = JSON.parse(/^export default (.*);\n$/s.exec(code)![1]!) as Record<string, unknown>[];
    expect(content.map((b) => b.id)).toEqual(BRIEFINGS.map((b) => b.id));
    for (const [i, briefing] of BRIEFINGS.entries()) {
      const { match: _match, ...shown } = briefing;
      expect(content[i]).toEqual(shown);
      expect(content[i]).not.toHaveProperty('match');
    }
  });

  it('serves the topic ids, and the page highlights as CSS and (?raw) as text, generated from the colours', async () => {
    const load = hook(plugin.load);
    const context = { addWatchFile: () => undefined };
    expect(exported((await load.call(context, `\0${TOPICS_MODULE}`)) as string)).toEqual([...TOPIC_IDS]);
    const css = (await load.call(context, `\0${CSS_MODULE}`)) as string;
    // Chromium's build (the default): rules on :root only; Firefox's match every element (scripts/build/highlights-css.ts).
    expect(css).toBe(highlightsCss(BRIEFINGS, 'root'));
    expect(css.match(/ :root::highlight\(/g)?.length).toBe(BRIEFINGS.length * 2);
    const firefox = hook(briefingsRules({ browser: 'firefox' }).load);
    expect(await firefox.call(context, `\0${CSS_MODULE}`)).toBe(highlightsCss(BRIEFINGS, 'every-element'));
    // As text: the same rules without comments and line breaks.
    const text = exported((await load.call(context, `\0${CSS_MODULE}?raw`)) as string) as string;
    expect(text).toBe(compactCss(css));
    expect(text).not.toMatch(/\/\*|\n/);
    expect(text.match(/::highlight\(/g)?.length).toBe(BRIEFINGS.length * 2);
  });

  it('serves the briefings as imports of briefings/index.ts', async () => {
    const code = (await hook(plugin.load).call({ addWatchFile: () => undefined }, `\0${BRIEFINGS_MODULE}`)) as string;
    expect(code).toContain(`import * as m0 from ${JSON.stringify(path.resolve('briefings/index.ts'))};`);
    expect(code).toContain('export default [...m0.BRIEFINGS];');
  });
});

describe('rules plugin with a fixture topic (a test build)', () => {
  const plugin = briefingsRules({ fixtures: [KREMLIN] });
  const load = hook(plugin.load);
  const context = { addWatchFile: () => undefined };

  it('appends it to every module, after the listed topics', async () => {
    const all = [...BRIEFINGS, kremlin] as typeof BRIEFINGS;
    expect(exported((await load.call(context, `\0${TOPICS_MODULE}`)) as string)).toEqual([...TOPIC_IDS, 'kremlin']);
    expect(exported((await load.call(context, `\0${RULES_MODULE}`)) as string)).toEqual(serializeRules(all));
    expect((exported((await load.call(context, `\0${CONTENT_MODULE}`)) as string) as { id: string }[]).map((b) => b.id)).toEqual([...TOPIC_IDS, 'kremlin']);
    const css = (await load.call(context, `\0${CSS_MODULE}`)) as string;
    expect(css).toContain('::highlight(briefings-kremlin-underline) { text-decoration: underline 2px rgb(200 60 90) !important; }');
    expect(css).toContain('::highlight(briefings-kremlin-background) { background-color: rgb(200 60 90 / 0.22) !important; }');
    const code = (await load.call(context, `\0${BRIEFINGS_MODULE}`)) as string;
    expect(code).toContain(`import * as m1 from ${JSON.stringify(KREMLIN)};`);
    expect(code).toContain('export default [...m0.BRIEFINGS, ...Object.values(m1)];');
  });
});
