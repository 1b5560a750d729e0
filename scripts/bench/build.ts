// Builds the extension for the bench and measures what ships: the content script and the popup, raw and gzipped.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIRS, ROOT, type BrowserName } from '../../tests/e2e/harness/paths.ts';

const CONFIG = path.join(ROOT, 'scripts/bench/wxt.bench.config.ts');

/** `wxt build` into BRIEFINGS_OUT_DIR (set by index.ts before anything reads it), with hidden source maps and marks. */
export function buildExtension(browsers: readonly BrowserName[]): void {
  for (const browser of browsers) {
    const args = ['wxt', 'build', '-c', CONFIG, ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
    // The bench reads the extension's performance marks, which only bench and test builds have.
    execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BRIEFINGS_BUILD: 'bench' } });
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

/** One of the files the content script imports later: stage2.js or card.js (docs/performance.md "Two stages"). */
export function laterStageSize(browser: BrowserName, file: 'stage2.js' | 'card.js'): Size {
  return sizeOf(BUILD_DIRS[browser], [file]);
}

/** The popup: popup.html and every script, preloaded module and stylesheet it links. */
export function popupSize(browser: BrowserName): Size {
  const dir = BUILD_DIRS[browser];
  const html = readFileSync(path.join(dir, 'popup.html'), 'utf8');
  const linked = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return sizeOf(dir, ['popup.html', ...new Set(linked)]);
}

/**
 * What a built file is made of: its minified bytes attributed to source modules through the hidden source map
 * (each generated character to the mapping that covers it), packages folded into one entry each. Most first.
 */
export function composition(browser: BrowserName, file: string, top = 10): { module: string; kb: number }[] {
  const dir = BUILD_DIRS[browser];
  const mapFile = path.join(dir, `${file}.map`);
  if (!existsSync(mapFile)) return [];
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const bytes = new Map<string, number>();
  readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .forEach((line, lineNumber) => {
      for (let column = 0; column < line.length; column++) {
        const source = (map.findEntry(lineNumber, column) as { originalSource?: string }).originalSource ?? '(bundler glue)';
        const module = source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1 (package)');
        bytes.set(module, (bytes.get(module) ?? 0) + 1);
      }
    });
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top).map(([module, n]) => ({ module, kb: n / 1024 }));
}
