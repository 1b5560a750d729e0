// Compiles the matcher's rules at build time: the content script imports `virtual:briefings-rules`, the JSON of
// serializeRules(BRIEFINGS), and only builds regexes from it on the page (core/compiled-rules.ts says why).
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { BriefingContent } from '../../briefings/types.ts';
import type { SerializedRules } from '../../core/compiled-rules.ts';

export const RULES_MODULE = 'virtual:briefings-rules';
export const CONTENT_MODULE = 'virtual:briefing-content';
export const PREFILTER_MODULE = 'virtual:briefings-prefilter';
const RESOLVED = `\0${RULES_MODULE}`;
const RESOLVED_CONTENT = `\0${CONTENT_MODULE}`;
const RESOLVED_PREFILTER = `\0${PREFILTER_MODULE}`;
const ENTRY = fileURLToPath(new URL('./briefings-rules.ts', import.meta.url));

/**
 * The Vite plugin serving `virtual:briefings-rules`, `virtual:briefing-content` (the briefings without their
 * match rules: the content script needs those only compiled, and its size has a budget, docs/performance.md) and
 * `virtual:briefings-prefilter` (the prefilter's spec alone, for the content script's first stage, which must stay
 * tiny: docs/performance.md "Two stages").
 *
 * @example
 * defineConfig({ vite: () => ({ plugins: [briefingsRules()] }) });
 */
export function briefingsRules(): Plugin {
  return {
    name: 'briefings-rules',
    resolveId(id) {
      if (id === RULES_MODULE) return RESOLVED;
      if (id === PREFILTER_MODULE) return RESOLVED_PREFILTER;
      return id === CONTENT_MODULE ? RESOLVED_CONTENT : null;
    },
    async load(id) {
      if (id !== RESOLVED && id !== RESOLVED_CONTENT && id !== RESOLVED_PREFILTER) return null;
      // Through Vite's module runner, not import(): the briefings are read when a build needs them (a broken one
      // cannot break loading the config) and read afresh on every build, so `wxt dev` picks up an edited briefing.
      // (`wxt dev` rebuilds a script for the files in its bundle: core/variants.ts no longer is, so an edit to it
      // alone shows after the next edit to a briefing or core file, or a restart.)
      const { module, dependencies } = await runnerImport<{ data: SerializedRules; content: BriefingContent[] }>(ENTRY);
      for (const file of [ENTRY, ...dependencies]) this.addWatchFile(file);
      const value = id === RESOLVED ? module.data : id === RESOLVED_PREFILTER ? module.data.prefilter : module.content;
      return `export default ${JSON.stringify(value)};\n`;
    },
  };
}
