// Reading a page until it has what a test expects, or until what it shows stops changing.
import type { TestPage } from './session.ts';

/**
 * Reads `read` in the page every 250 ms and returns what it last read: as soon as that equals `expected`, or once it
 * has stayed the same six reads in a row, or at `timeoutMs`. The test then compares it with `expected` itself.
 */
export async function settledRead<T>(page: TestPage, read: () => T, expected: T, timeoutMs: number): Promise<T> {
  let seen: T | undefined;
  const deadline = Date.now() + timeoutMs;
  for (let stable = 0; Date.now() < deadline && stable < 6; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await page.evaluate(read);
    stable = JSON.stringify(now) === JSON.stringify(seen) ? stable + 1 : 0;
    seen = now;
    if (JSON.stringify(now) === JSON.stringify(expected)) break;
  }
  return seen as T;
}
