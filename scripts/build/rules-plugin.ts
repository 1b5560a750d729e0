// Compiles the matcher's rules at build time: the content script imports `virtual:briefings-rules`, the JSON of
// serializeRules(BRIEFINGS), and only builds regexes from it on the page (core/compiled-rules.ts says why).
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { SerializedRules } from '../../core/compiled-rules.ts';

export const RULES_MODULE = 'virtual:briefings-rules';
const RESOLVED = `\0${RULES_MODULE}`;
const ENTRY = fileURLToPath(new URL('./briefings-rules.ts', import.meta.url));

/**
 * The Vite plugin serving `virtual:briefings-rules`.
 *
 * @example
 * defineConfig({ vite: () => ({ plugins: [briefingsRules()] }) });
 */
export function briefingsRules(): Plugin {
  return {
    name: 'briefings-rules',
    resolveId(id) {
      return id === RULES_MODULE ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      // Through Vite's module runner, not import(): the briefings are read when a build needs them (a broken one
      // cannot break loading the config) and read afresh on every build, so `wxt dev` picks up an edited briefing.
      // (`wxt dev` rebuilds a script for the files in its bundle: core/variants.ts no longer is, so an edit to it
      // alone shows after the next edit to a briefing or core file, or a restart.)
      const { module, dependencies } = await runnerImport<{ data: SerializedRules }>(ENTRY);
      for (const file of [ENTRY, ...dependencies]) this.addWatchFile(file);
      return `export default ${JSON.stringify(module.data)};\n`;
    },
  };
}
