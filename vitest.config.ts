import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { buildFlags } from './scripts/build/build-flags.ts';
import { briefingsRules } from './scripts/build/rules-plugin.ts';

// Unit and DOM tests see the code as the test build has it: marks on, the card's shadow root open, and the topics'
// virtual modules (extension/topics.ts) made from briefings/index.ts.
const define = buildFlags('test');

// Three projects: `unit` (node: core, briefings, settings with WXT's fake browser), `dom` (happy-dom: the page
// layer and UI components) and `e2e` (the built extension in real Chromium and Firefox ESR).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), briefingsRules()],
        define,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Property tests run thousands of cases: on a loaded 2-core machine one can take longer than 5 s.
          testTimeout: 30_000,
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        plugins: [WxtVitest(), preact(), briefingsRules()],
        define,
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // happy-dom has no CSS Custom Highlight API: a stand-in, so the tests run the highlighter that ships.
          setupFiles: ['tests/dom/setup-highlight-api.ts'],
          testTimeout: 30_000,
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // BRIEFINGS_E2E_BROWSERS=chromium narrows the run to one browser: the Firefox-only file goes with it.
          exclude: process.env.BRIEFINGS_E2E_BROWSERS?.includes('firefox') === false ? ['tests/e2e/firefox.test.ts'] : [],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Real browsers on a 2-core machine: one file at a time keeps timings honest and memory bounded.
          fileParallelism: false,
        },
      },
    ],
  },
});
