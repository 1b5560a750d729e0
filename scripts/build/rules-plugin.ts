// Builds what the extension knows of its topics at build time, from the briefings (briefings/index.ts, plus a test
// build's fixture topics): the content script imports `virtual:briefings-rules`, the JSON of serializeRules(…), and
// only builds regexes from it on the page (core/compiled-rules.ts says why); the page highlights' CSS is generated
// from the briefings' colours; the extension's pages and background read the topic list from here too.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Briefing } from '../../briefings/types.ts';
import type { BuiltModules } from './briefings-rules.ts';
import type { HighlightAnchor } from './highlights-css.ts';

export const RULES_MODULE = 'virtual:briefings-rules';
export const CONTENT_MODULE = 'virtual:briefing-content';
export const PREFILTER_MODULE = 'virtual:briefings-prefilter';
export const BRIEFINGS_MODULE = 'virtual:briefings';
export const TOPICS_MODULE = 'virtual:briefings-topics';
export const CSS_MODULE = 'virtual:briefings-highlights.css';

/**
 * Each virtual module and the value it exports. The CSS module is the stylesheet itself (Vite's CSS pipeline takes
 * it from there, and WXT lists the content script's CSS in the manifest); `?raw` is the same text as a string.
 */
const MODULES: Record<string, keyof BuiltModules> = {
  [`${CSS_MODULE}?raw`]: 'css',
  [RULES_MODULE]: 'rules',
  [CONTENT_MODULE]: 'content',
  [PREFILTER_MODULE]: 'prefilter',
  [TOPICS_MODULE]: 'topics',
  [CSS_MODULE]: 'css',
};
const RESOLVED = new Map(Object.entries(MODULES).map(([id, key]) => [`\0${id}`, key]));
const ENTRY = fileURLToPath(new URL('./briefings-rules.ts', import.meta.url));
const INDEX = fileURLToPath(new URL('../../briefings/index.ts', import.meta.url));

export interface BriefingsRulesOptions {
  /**
   * Briefing files appended to BRIEFINGS (absolute paths, one export each): the end-to-end suite's fixture topics.
   * Only a test build takes them (scripts/build/build-flags.ts fixtureTopicFiles), and the build hook validates them.
   */
  fixtures?: readonly string[];
  /** The browser built for: Firefox's highlight rules match every element (scripts/build/highlights-css.ts). */
  browser?: string;
}

/**
 * The Vite plugin serving the topics' virtual modules: `virtual:briefings-rules`, `virtual:briefing-content` (the
 * briefings without their match rules: the content script needs those only compiled, and its size has a budget,
 * docs/performance.md), `virtual:briefings-prefilter` (the spellings' words alone, for the content script's first
 * stage, which must stay tiny: docs/performance.md "Two stages"), `virtual:briefings` (every briefing, for the
 * popup, options page and background: briefings/index.ts's list and the fixture files, imported), `virtual:briefings-topics` (the ids alone) and
 * `virtual:briefings-highlights.css` (the page highlights, manifest CSS of the content script; with `?raw`, as text).
 *
 * @example
 * defineConfig({ vite: () => ({ plugins: [briefingsRules()] }) });
 */
export function briefingsRules({ fixtures = [], browser = 'chrome' }: BriefingsRulesOptions = {}): Plugin {
  // Made once per build (six modules, one set of briefings), afresh on the next: `wxt dev` picks up an edit.
  let built: Promise<{ modules: BuiltModules; files: string[] }> | undefined;
  return {
    name: 'briefings-rules',
    buildStart() {
      built = undefined;
    },
    resolveId(id) {
      return id in MODULES || id === BRIEFINGS_MODULE ? `\0${id}` : null;
    },
    async load(id) {
      // The briefing modules themselves, bundled as any import of them would be (objects they share stay shared).
      if (id === `\0${BRIEFINGS_MODULE}`) {
        const imports = [INDEX, ...fixtures].map((file, i) => `import * as m${i} from ${JSON.stringify(file)};`);
        const extra = fixtures.map((_, i) => `...Object.values(m${i + 1})`);
        return `${imports.join('\n')}\nexport default [...m0.BRIEFINGS${extra.map((e) => `, ${e}`).join('')}];\n`;
      }
      const key = RESOLVED.get(id);
      if (!key) return null;
      built ??= buildAll(fixtures, browser === 'firefox' ? 'every-element' : 'root');
      const { modules, files } = await built;
      for (const file of files) this.addWatchFile(file);
      if (id === `\0${CSS_MODULE}`) return modules.css;
      // As text (Firefox's stage 2 adopts it), without its comments and indentation: its bytes ship in the bundle.
      const text = key === 'css' ? compactCss(modules.css) : modules[key];
      return `export default ${JSON.stringify(text)};\n`;
    },
  };
}

// Through Vite's module runner, not import(): the briefings are read when a build needs them (a broken one cannot
// break loading the config) and read afresh on every build, so `wxt dev` picks up an edited briefing.
// (`wxt dev` rebuilds a script for the files in its bundle: core/variants.ts no longer is, so an edit to it alone
// shows after the next edit to a briefing or core file, or a restart.)
async function buildAll(fixtures: readonly string[], anchor: HighlightAnchor): Promise<{ modules: BuiltModules; files: string[] }> {
  const entry = await runnerImport<typeof import('./briefings-rules.ts')>(ENTRY);
  const files = [ENTRY, ...entry.dependencies];
  const extra: Briefing[] = [];
  for (const file of fixtures) {
    const { module, dependencies } = await runnerImport<Record<string, Briefing>>(file);
    const values = Object.values(module);
    if (values.length !== 1) throw new Error(`${file}: a fixture topic exports exactly one briefing`);
    extra.push(values[0]!);
    files.push(file, ...dependencies);
  }
  return { modules: entry.module.buildModules([...entry.module.BRIEFINGS, ...extra], anchor), files };
}

/** CSS text without comments, line breaks and indentation: the same rules in fewer bytes. */
export function compactCss(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '').trim();
}
