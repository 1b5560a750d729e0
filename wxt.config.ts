import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { buildFlags, fixtureTopicFiles } from './scripts/build/build-flags.ts';
import { briefingsRules } from './scripts/build/rules-plugin.ts';

// A test build may add fixture topics (tests/e2e/fifth-topic.test.ts); any other build refuses them.
const fixtures = fixtureTopicFiles(process.env.BRIEFINGS_BUILD, process.env.BRIEFINGS_FIXTURE_TOPICS, fileURLToPath(new URL('.', import.meta.url)));

const description =
  'Spots Mahmoud Abbas, Hamas, Hezbollah and the Russia–Israel deconfliction agreement on any page and shows a short, cited briefing on hover.';

// See README "Privacy and permissions" for why each permission is needed.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // briefingsRules: what the extension knows of its topics, made here from the briefings: the content script's
  // matcher rules, compiled rather than on every page, its highlights' CSS, and the topic list (see the plugin).
  // The content script's context is our own (extension/content-script-context.ts): WXT's talks to the page.
  vite: (env) => ({
    plugins: [preact(), briefingsRules({ fixtures, browser: env.browser })],
    define: buildFlags(process.env.BRIEFINGS_BUILD, process.env.BRIEFINGS_DEBUG === '1' || env.mode === 'development'),
    resolve: {
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./extension/content-script-context.ts', import.meta.url)) }],
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Briefings',
    description,
    // contextMenus: the "Brief me on “selection”" menu item. activeTab (no install warning): when the reader clicks
    // the toolbar button, the popup may read that one tab's URL, to offer "Pause on <site>" and to tell a browser
    // page (can't be scanned) from a page opened before install (reload). README "The popup and settings".
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // The background routes this to the active tab's content script as 'content/next-mention' (README "On the page").
    // Not Alt+Shift+B: Chromium on Linux/Windows keeps it (focus bookmarks bar) and silently leaves the command unbound.
    // The content script's second stage, imported by the first only on pages with a candidate, and the card, imported
    // by the second on the first mention (docs/performance.md "Two stages"). Chromium serves them only at a URL whose
    // id changes every session (use_dynamic_url), so a page cannot probe a fixed URL for them; Firefox's
    // moz-extension:// UUID is random per install.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['stage2.js', 'card.js'], matches: ['<all_urls>'], use_dynamic_url: true }]
        : ['stage2.js', 'card.js'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next mention and open its briefing',
      },
    },
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'" }
        : "script-src 'self'; object-src 'self'; base-uri 'none'",
    // The CSS Custom Highlight API (Chrome 105): extension builds paint with nothing else (dom/highlighter-api.ts).
    ...(browser !== 'firefox' && { minimum_chrome_version: '105' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'briefings@briefings-extension.org',
          // CSS Custom Highlight API and data_collection_permissions both need Firefox 140.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  outDir: process.env.BRIEFINGS_OUT_DIR ?? '.output',
  hooks: {
    // Never ship a briefing that cannot be traced to the article: fail with the list of problems (README "Where
    // briefings come from"). Imported lazily so a broken briefing file cannot break loading this config.
    'build:before': async () => {
      const { assertBriefingFilesValid } = await import('./briefings/validate-files.ts');
      await assertBriefingFilesValid({ extraFiles: fixtures });
    },
    // Firefox (MV2): the background is an event page, unloaded when idle like Chromium's service worker, so both
    // builds keep no state in background globals.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.manifest_version === 2 && manifest.background) {
        manifest.background = { ...manifest.background, persistent: false };
      }
    },
  },
  zip: {
    excludeSources: ['tests/**', '.ci/**', '.bench/**', '.e2e/**'],
  },
});
