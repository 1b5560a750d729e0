// Builds the extension for the bench and measures what ships: the content script and the popup, raw and gzipped.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIRS, ROOT, type BrowserName } from '../../tests/e2e/harness/paths.ts';

const CONFIG = path.join(ROOT, 'scripts/bench/wxt.bench.config.ts');

/** `wxt build` into BRIEFINGS_OUT_DIR (set by index.ts before anything reads it), with hidden source maps. */
export function buildExtension(browsers: readonly BrowserName[]): void {
  for (const browser of browsers) {
    const args = ['wxt', 'build', '-c', CONFIG, ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
    execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
    if (!existsSync(path.join(BUILD_DIRS[browser], 'manifest.json'))) throw new Error(`build for ${browser} produced no manifest`);
  }
}

export interface Size {
  files: string[];
  raw: number;
  gzip: number;
}

function sizeOf(dir: string, files: string[]): Size {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file));
    raw += bytes.length;
    // Each file is gzipped on its own, as a server or store would serve it.
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** The content script: every js and css file the manifest injects into pages. */
export function contentScriptSize(browser: BrowserName): Size {
  const dir = BUILD_DIRS[browser];
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  return sizeOf(dir, [...new Set(files)]);
}

/** The popup: popup.html and every script, preloaded module and stylesheet it links. */
export function popupSize(browser: BrowserName): Size {
  const dir = BUILD_DIRS[browser];
  const html = readFileSync(path.join(dir, 'popup.html'), 'utf8');
  const linked = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return sizeOf(dir, ['popup.html', ...new Set(linked)]);
}
