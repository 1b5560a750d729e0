// The content script's second stage as its own file (web-accessible, docs/performance.md "Two stages"): the first
// stage imports it with a dynamic import() once a page has a candidate. Built by WXT as an unlisted script whose
// main runs on import; it hands startStage2 to the first stage through a global of the content script's world
// (a page's scripts live in another world and cannot read or replace it).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { STAGE2_GLOBAL, type Stage2Scope } from '../content/stage2-handoff.ts';
import { startStage2 } from '../content/stage2.ts';

export default defineUnlistedScript(() => {
  (globalThis as Stage2Scope)[STAGE2_GLOBAL] = startStage2;
});
