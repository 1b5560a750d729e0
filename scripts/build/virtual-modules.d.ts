// The module scripts/build/rules-plugin.ts serves to the content script.
declare module 'virtual:briefings-rules' {
  const data: import('../../core/compiled-rules.ts').SerializedRules;
  export default data;
}

// The prefilter's spec alone (scripts/build/rules-plugin.ts), for the content script's first stage.
declare module 'virtual:briefings-prefilter' {
  const spec: import('../../core/prefilter.ts').PrefilterSpec;
  export default spec;
}

// The briefings without their match rules (scripts/build/rules-plugin.ts), for the content script.
declare module 'virtual:briefing-content' {
  const content: readonly import('../../briefings/types.ts').BriefingContent[];
  export default content;
}

// scripts/build/build-flags.ts: constants replaced at build time.
interface ImportMetaEnv {
  readonly BRIEFINGS_MARKS: boolean;
  readonly BRIEFINGS_TEST: boolean;
}
