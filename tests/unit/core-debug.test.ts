// core/debug.ts: failures the extension survives are logged in debug builds only.
import { afterEach, expect, test, vi } from 'vitest';
import { buildFlags } from '../../scripts/build/build-flags.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// The flag is read when the module loads (as a build's literal is), so each case loads it afresh.
async function debugModule(flag: boolean) {
  vi.stubGlobal('__BRIEFINGS_DEBUG__', flag);
  vi.resetModules();
  return import('../../core/debug.ts');
}

test('a production build says nothing; a debug build logs where and what', async () => {
  const log = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  let { survived, surviving } = await debugModule(false);
  survived('badge', new Error('No tab with id: 7'));
  expect(await Promise.reject(new Error('gone')).catch(surviving('open index'))).toBeUndefined();
  expect(log).not.toHaveBeenCalled();

  ({ survived, surviving } = await debugModule(true));
  const error = new Error('No tab with id: 7');
  survived('badge', error);
  expect(await Promise.reject(error).catch(surviving('open index'))).toBeUndefined();
  expect(log.mock.calls).toEqual([
    ['[briefings] survived in badge:', error],
    ['[briefings] survived in open index:', error],
  ]);
});

test('the build defines the flag as a literal, so production drops the logging', () => {
  expect(buildFlags(undefined, false).__BRIEFINGS_DEBUG__).toBe('false');
  expect(buildFlags('test', true).__BRIEFINGS_DEBUG__).toBe('true');
  expect(buildFlags('test')).not.toHaveProperty('__BRIEFINGS_DEBUG__');
});
