// The file-level validator behind the build hook: pointed at a directory of broken briefings it must throw one
// error that lists every problem by file and field, not a bare stack trace.
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { assertBriefingFilesValid, BriefingValidationError, findBriefingFileProblems } from '../../briefings/validate-files.ts';

const BROKEN = fileURLToPath(new URL('../fixtures/broken-briefings/', import.meta.url));
const AT = 'tests/fixtures/broken-briefings';

test('the shipped briefings directory is valid', async () => {
  await expect(assertBriefingFilesValid()).resolves.toBeUndefined();
});

test('the shipped briefings with the test build\'s fixture topic are valid: it rests on the article like any other', async () => {
  const fixture = fileURLToPath(new URL('../fixtures/topics/kremlin.ts', import.meta.url));
  await expect(assertBriefingFilesValid({ extraFiles: [fixture] })).resolves.toBeUndefined();
});

test('a broken briefings directory is rejected with one message naming each file and field', async () => {
  const error = await assertBriefingFilesValid({ dir: BROKEN }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BriefingValidationError);
  const { message } = error as BriefingValidationError;
  expect(message).toMatch(/^Briefings failed validation \(\d+ problems; see README "Where briefings come from"\):/);
  expect(message).toContain(`${AT}/abbas.ts: missing field "whoWhat"`);
  expect(message).toContain(`${AT}/hamas.ts: quotes[0].text: not found verbatim in ¶7`);
  expect(message).toContain(`${AT}/hezbollah.ts: quotes[0].paragraph: wrong type: expected integer, got string`);
  expect(message).toContain(`${AT}/deconfliction.ts: related[0]: unknown topic "hizb"`);
  expect(message).toContain(`${AT}/iran.ts: id: unknown topic "iran"`);
});

test('each problem is reported once, on its own line', async () => {
  const problems = await findBriefingFileProblems({ dir: BROKEN });
  expect(new Set(problems).size).toBe(problems.length);
  expect(problems.every((p) => p.startsWith(`${AT}/`) && !p.includes('\n'))).toBe(true);
});
