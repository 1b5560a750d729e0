// The content script's second stage as its own web-accessible file, stage2.js (docs/performance.md "Two stages"):
// the first stage imports it once a page has a candidate. An unlisted script whose main runs on import and hands the
// second stage to the first through a global of the content script's world, out of the page's reach.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { exposeStage2 } from '../content/stage2.ts';

export default defineUnlistedScript(exposeStage2);
