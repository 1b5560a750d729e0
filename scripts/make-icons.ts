// Renders assets/icon.svg to public/icon/<size>.png with the same Chromium the tests use.
// Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { executablePath } from '../tests/e2e/harness/paths.ts';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');

const browser = await chromium.launch({ executablePath: executablePath('chromium'), args: ['--no-sandbox'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
