// The declared content script, in every frame of every page: its first stage (content/first-stage.ts), which loads
// the second only where some text could be a mention (docs/performance.md "Two stages").
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFirstStage } from '../../content/first-stage.ts';
// Page-level ::highlight rules, generated from the briefings' colours at build time and injected by the manifest with
// the page (scripts/build/highlights-css.ts says why).
import 'virtual:briefings-highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Same-origin iframes (and about:blank ones written by script) get their own scanner and highlights.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  main: startFirstStage,
});
