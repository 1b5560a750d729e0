// The bench's extension-CPU attribution on a hand-built V8 profile (no browser, no timing).
import { describe, expect, test } from 'vitest';
import { geckoExtensionCpuMs, type GeckoProfile, type GeckoThread } from '../../scripts/bench/gecko-profile.ts';
import { chromiumExtensionId } from '../../scripts/bench/ideal.ts';
import { extensionCpuMs, sampleDurations, type Profile, type ProfileNode } from '../../scripts/bench/profile.ts';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const PAGE = 'http://127.0.0.1:1/page.html';
const node = (id: number, functionName: string, url: string, children: number[] = []): ProfileNode => ({
  id,
  callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 },
  children,
});

// (root) ─┬ (program)
//         ├ (idle)
//         ├ (garbage collector)
//         ├ page:onload ── page:helper
//         └ ext:main ─┬ nextNode (native, no url)
//                     ├ ext:scan ── exec (native)
//                     └ page:callback   (page code the extension calls: its time too)
const nodes = [
  node(1, '(root)', '', [2, 3, 4, 5, 7]),
  node(2, '(program)', ''),
  node(3, '(idle)', ''),
  node(4, '(garbage collector)', ''),
  node(5, 'onload', PAGE, [6]),
  node(6, 'helper', PAGE),
  node(7, 'main', `${EXT}content.js`, [8, 9, 11]),
  node(8, 'nextNode', ''),
  node(9, 'scan', `${EXT}content.js`, [10]),
  node(10, 'exec', ''),
  node(11, 'callback', PAGE),
];

/** Samples every 100 µs from t = 1,000 µs; the profile ends 100 µs after the last one. */
function profileOf(samples: number[]): Profile {
  return { nodes, startTime: 1000, endTime: 1000 + samples.length * 100, samples, timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 100)) };
}

describe('extensionCpuMs', () => {
  test('counts samples with an extension frame anywhere in the stack, native children and page callbacks included', () => {
    // 2 in the extension's own frames, 2 in native calls under it, 1 in page code it called: 5 × 0.1 ms.
    // Page code, (program), (idle) and GC: not the extension's.
    const profile = profileOf([7, 9, 8, 10, 11, 5, 6, 2, 3, 4, 3]);
    expect(extensionCpuMs(profile, EXT)).toBeCloseTo(0.5, 6);
  });

  test('another origin, or none of its frames: nothing', () => {
    expect(extensionCpuMs(profileOf([7, 9, 10]), 'chrome-extension://other/')).toBe(0);
    expect(extensionCpuMs(profileOf([5, 6, 2, 3]), EXT)).toBe(0);
  });

  test('each sample lasts until the next one; the last until the end of the profile', () => {
    const profile: Profile = { nodes, startTime: 0, endTime: 1000, samples: [7, 5, 9], timeDeltas: [100, 300, 200] };
    expect(sampleDurations(profile)).toEqual([300, 200, 400]);
    expect(extensionCpuMs(profile, EXT)).toBeCloseTo(0.7, 6);
  });
});

describe('chromiumExtensionId', () => {
  test("a key's id is 32 letters a–p, the same every time", () => {
    const key = Buffer.from('not a real key, but any bytes hash the same way').toString('base64');
    const id = chromiumExtensionId(key);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(chromiumExtensionId(key)).toBe(id);
  });
});

describe('geckoExtensionCpuMs', () => {
  const ORIGIN = 'moz-extension://0d1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b/';
  // Strings: JS frames name their script; label frames (DOM calls) and the event loop do not.
  const stringTable = ['(root)', `main (${ORIGIN}content.js:7:1)`, 'TreeWalker.nextNode', 'onload (http://127.0.0.1:1/page.html:3:9)', 'nsThread::ProcessNextEvent'];
  // Stacks: 0 root; 1 root>ext main; 2 root>ext main>nextNode; 3 root>page onload; 4 root>page onload>nextNode; 5 root>event loop.
  const thread = (name: string): GeckoThread => ({
    name,
    stringTable,
    frameTable: { schema: { location: 0, category: 1 }, data: [[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]] },
    stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [0, 1], [1, 2], [0, 3], [3, 2], [0, 4]] },
    // [stack, time (ms), threadCPUDelta (ns)]
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: [[5, 0, 0], [1, 1, 400_000], [2, 2, 900_000], [3, 3, 1_000_000], [4, 4, 1_000_000], [5, 5, 0], [null, 6, 0]] },
  });
  const profile: GeckoProfile = {
    meta: { sampleUnits: { threadCPUDelta: 'ns' } },
    threads: [thread('GeckoMain'), thread('StyleThread#1')],
    // A content process, as a JSON string (the form some versions return).
    processes: [JSON.stringify({ meta: { sampleUnits: { threadCPUDelta: 'ns' } }, threads: [thread('GeckoMain')] })],
  };

  test('thread CPU of the main threads’ samples with an extension frame, its DOM calls included, in every process', () => {
    // Per GeckoMain: 0.4 + 0.9 ms; two processes.
    expect(geckoExtensionCpuMs(profile, ORIGIN)).toBeCloseTo(2.6, 6);
  });

  test('weighed by time instead: each sample stands for the time since the previous one', () => {
    expect(geckoExtensionCpuMs(profile, ORIGIN, 'time')).toBeCloseTo(4, 6);
  });

  test('another extension: nothing', () => {
    expect(geckoExtensionCpuMs(profile, 'moz-extension://other/')).toBe(0);
  });
});
