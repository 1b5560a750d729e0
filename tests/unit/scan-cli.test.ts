// `npm run scan` end to end: real processes, real files, exit codes and the exact output formats.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
let dir = '';

function scan(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'Hamas’s leaders\n😀 and Mahmoud Abbas\nmet Kata’ib Hezbollah.\n');
  writeFileSync(
    join(dir, 'b.html'),
    '<html><head><title>Hamas</title><script>var h = "Hamas"</script></head><body><p>The <b>Hez</b>bollah &amp; Hamas</p><p hidden>Hamas</p><p style="display: none">Hamas</p><ul><li>Abbas Araghchi</li><li>Abu Mazen</li></ul></body></html>',
  );
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x48, 0x61, 0x00, 0x01]));
});

describe('npm run scan', () => {
  it('prints file:line:column  topic  "surface" (columns in characters)', () => {
    const r = scan([join(dir, 'a.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${join(dir, 'a.txt')}:1:1  hamas  "Hamas"\n${join(dir, 'a.txt')}:2:7  abbas  "Mahmoud Abbas"\n`);
  });

  it('prints one JSON line per file with --json, offsets into the text (HTML: the visible text)', () => {
    const r = scan(['--json', join(dir, 'a.txt'), join(dir, 'b.html')]);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.mentions.map((m: { surface: string }) => m.surface)).toEqual(['Hamas', 'Mahmoud Abbas']);
    expect(a.mentions[1]).toMatchObject({ topic: 'abbas', start: 23, end: 36, confidence: 0.98 });
    expect(b.mentions.map((m: { topic: string; start: number }) => [m.topic, m.start])).toEqual([
      ['hezbollah', 4],
      ['hamas', 16],
      ['abbas', 37],
    ]);
  });

  it('filters with --topics and reads - from standard input', () => {
    const r = scan(['--topics', 'hezbollah', '-'], 'Hamas and Hizbollah');
    expect(r.stdout).toBe('-:1:11  hezbollah  "Hizbollah"\n');
    expect(r.status).toBe(0);
  });

  it('reports each bad input on one stderr line, exits 2 and still scans the other files', () => {
    const r = scan(['--topics', 'hamas,nope', '--fast', join(dir, 'missing.txt'), join(dir, 'bin.txt'), join(dir, 'a.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'scan: unknown topic "nope" (known: abbas, hamas, hezbollah, deconfliction)',
      'scan: unknown option "--fast"',
      `scan: ${join(dir, 'missing.txt')}: no such file`,
      `scan: ${join(dir, 'bin.txt')}: binary file (contains NUL bytes)`,
    ]);
    expect(r.stdout).toBe(`${join(dir, 'a.txt')}:1:1  hamas  "Hamas"\n`);
  });

  it('exits 0 with no output when there are no mentions', () => {
    expect(scan(['-'], 'nothing here')).toMatchObject({ status: 0, stdout: '' });
  });
});
