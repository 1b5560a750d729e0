// The module scripts/build/rules-plugin.ts serves to the content script.
declare module 'virtual:briefings-rules' {
  const data: import('../../core/compiled-rules.ts').SerializedRules;
  export default data;
}
