// Where the extension's time goes: a CDP CPU profile of one page load, its samples mapped back to source modules
// through the build's hidden source maps (node:module SourceMap, no dependency).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileReport {
  /** Self time in the extension's code (ms), and the sampled total for scale. */
  extensionMs: number;
  totalMs: number;
  /** Self time per source module, most first. */
  modules: { module: string; ms: number }[];
  /** Self time per function (module:line name), most first. */
  functions: { fn: string; ms: number }[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession, buildDir: string, extensionOrigin: string): Promise<ProfileReport> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const maps = new Map<string, SourceMap | null>();
  const mapFor = (url: string) => {
    if (!maps.has(url)) {
      const file = path.join(buildDir, new URL(url).pathname) + '.map';
      maps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
    }
    return maps.get(url) ?? null;
  };
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  let extensionUs = 0;
  let totalUs = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    totalUs += us;
    if (!us || !node.callFrame.url.startsWith(extensionOrigin)) continue;
    extensionUs += us;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const entry = mapFor(url)?.findEntry(lineNumber, columnNumber) as
      | { originalSource?: string; originalLine?: number; name?: string }
      | undefined;
    // Sources look like "../../core/scan.ts" relative to the output file; keep the repo-relative part.
    const module = entry?.originalSource ? entry.originalSource.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/') : new URL(url).pathname;
    const fn = `${module}:${(entry?.originalLine ?? lineNumber) + 1} ${entry?.name ?? (functionName || '(anonymous)')}`;
    modules.set(module, (modules.get(module) ?? 0) + us);
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const top = <K extends string>(m: Map<string, number>, key: K, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => ({ [key]: k, ms: us / 1000 }) as { [P in K]: string } & { ms: number });
  return { extensionMs: extensionUs / 1000, totalMs: totalUs / 1000, modules: top(modules, 'module', 8), functions: top(functions, 'fn', 12) };
}
