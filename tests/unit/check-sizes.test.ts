// The code's shape (scripts/check-sizes.ts): file and function lengths, no import of an entrypoint, no import circle.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, sizeProblems } from '../../scripts/check-sizes.ts';

describe('the code’s shape', () => {
  test('the repository keeps every rule', () => {
    expect(sizeProblems()).toEqual([]);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'briefings-sizes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  test('finds a long file, a long function, an import of an entrypoint and a circle; not a long describe', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const a${i} = ${i};`).join('\n');
    write('long.ts', `${'// line\n'.repeat(MAX_FILE_LINES + 1)}`);
    write('fn.ts', `export function big() {\n${body(MAX_FUNCTION_LINES)}\n}\n`);
    write('tests/many.test.ts', `describe('many', () => {\n${body(MAX_FUNCTION_LINES)}\n});\n`);
    write('entrypoints/background.ts', 'export default 1;\n');
    write('extension/wiring.ts', "import x from '../entrypoints/background.ts';\nexport const y = x;\n");
    write('a.ts', "import { b } from './b.ts';\nexport const a = b;\n");
    write('b.ts', "import type { a } from './a.ts';\nimport { c } from './c.ts';\nexport const b = c;\nexport type A = typeof a;\n");
    write('c.ts', "import { a } from './a.ts';\nexport const c = () => a;\n");
    write('node_modules/dep/huge.ts', `${'// line\n'.repeat(MAX_FILE_LINES + 1)}`);
    expect(sizeProblems(dir).sort()).toEqual([
      `fn.ts:1 big (${MAX_FUNCTION_LINES + 2} lines): a function of at most ${MAX_FUNCTION_LINES} lines`,
      'extension/wiring.ts: imports the entrypoint entrypoints/background.ts',
      'import circle: a.ts → b.ts → c.ts → a.ts',
      `long.ts: ${MAX_FILE_LINES + 1} lines (at most ${MAX_FILE_LINES})`,
    ].sort());
  });

  test('a circle made only of type imports is none', () => {
    rmSync(dir, { recursive: true, force: true });
    write('types.ts', "import type { LIST } from './list.ts';\nexport type Id = (typeof LIST)[number];\n");
    write('list.ts', "import type { Id } from './types.ts';\nexport const LIST = ['a'] as const;\nexport const first: Id = 'a';\n");
    expect(sizeProblems(dir)).toEqual([]);
  });
});
