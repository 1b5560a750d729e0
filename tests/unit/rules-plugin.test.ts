// The build's `virtual:briefings-rules` (scripts/build/rules-plugin.ts) is serializeRules(BRIEFINGS), and tells the
// build which files it was made from, so `wxt dev` rebuilds the content script when a briefing changes.
import path from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { serializeRules } from '../../core/compiled-rules.ts';
import { briefingsRules, CONTENT_MODULE, RULES_MODULE } from '../../scripts/build/rules-plugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (h: Plugin['resolveId'] | Plugin['load']) => (typeof h === 'function' ? h : h!.handler) as Hook;

describe('rules plugin', () => {
  const plugin = briefingsRules();

  it('resolves only its own module', () => {
    const resolveId = hook(plugin.resolveId);
    expect(resolveId.call({}, RULES_MODULE, undefined, {})).toBe(`\0${RULES_MODULE}`);
    expect(resolveId.call({}, CONTENT_MODULE, undefined, {})).toBe(`\0${CONTENT_MODULE}`);
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
});
