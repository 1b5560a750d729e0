// The modules scripts/build/rules-plugin.ts serves, made at build time from the briefings.

// The matcher's rules, compiled, for the content script's second stage.
declare module 'virtual:briefings-rules' {
  const data: import('../../core/compiled-rules.ts').SerializedRules;
  export default data;
}

// The spellings' words, for the content script's first stage.
declare module 'virtual:briefings-prefilter' {
  const spec: import('../../core/prefilter.ts').WordsSpec;
  export default spec;
}

// The briefings without their match rules, for the content script.
declare module 'virtual:briefing-content' {
  const content: readonly import('../../briefings/types.ts').BriefingContent[];
  export default content;
}

// Every briefing of the build, in display order: the popup, options page and background read it (extension/topics.ts).
declare module 'virtual:briefings' {
  const briefings: readonly import('../../briefings/types.ts').Briefing[];
  export default briefings;
}

// The topic ids, in display order, small enough for the content script's first stage (extension/topics.ts).
declare module 'virtual:briefings-topics' {
  const topics: readonly import('../../briefings/types.ts').TopicId[];
  export default topics;
}

// The page highlights' ::highlight rules (scripts/build/highlights-css.ts), the content script's manifest CSS.
declare module 'virtual:briefings-highlights.css' {}

// The same rules as text, for open shadow roots in Firefox (content/stage2.ts).
declare module 'virtual:briefings-highlights.css?raw' {
  const css: string;
  export default css;
}

// scripts/build/build-flags.ts: constants replaced at build time.
interface ImportMetaEnv {
  readonly BRIEFINGS_MARKS: boolean;
  readonly BRIEFINGS_TEST: boolean;
}
