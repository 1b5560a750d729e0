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
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
/** A V8 CPU profile as CDP's Profiler.stop returns it (times in µs). */
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** How long each sample stands for (µs): until the next sample; the last one until the profile's end. */
export function sampleDurations(profile: Profile): number[] {
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  return times.map((at, i) => Math.max(0, (times[i + 1] ?? Math.max(profile.endTime, at)) - at));
}

/**
 * The extension's CPU time in a profile of the whole page (ms): every sample whose stack holds a frame of the
 * extension's code (its url starts with the extension's origin), wherever in the stack — so the native calls it
 * makes (DOM, regex, forced style and layout, which V8 shows as children of the calling frame) count, and so does
 * page code it calls back. Samples with no extension frame ((program), (idle), (garbage collector), the page's own
 * code) do not.
 */
export function extensionCpuMs(profile: Profile, extensionOrigin: string): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const memo = new Map<number, boolean>();
  const inExtension = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    // Iterative climb (stacks can be deep), then fill the memo on the way back.
    const path: number[] = [];
    let answer = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const cached = memo.get(at);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      path.push(at);
      if (byId.get(at)?.callFrame.url.startsWith(extensionOrigin)) {
        answer = true;
        break;
      }
    }
    for (const at of path) memo.set(at, answer);
    return answer;
  };
  const durations = sampleDurations(profile);
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (inExtension(id)) us += durations[i]!;
  });
  return us / 1000;
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

/** Sampling interval (µs) of every profile the bench takes: the same in every arm, so its overhead cancels. */
export const SAMPLING_INTERVAL_US = 100;

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
}

/** Stops the profiler and returns the raw profile. */
export async function takeProfile(cdp: CDPSession): Promise<Profile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

export async function stopProfile(cdp: CDPSession, buildDir: string, extensionOrigin: string): Promise<ProfileReport> {
  const profile = await takeProfile(cdp);
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
