// Seeded randomness for the bench's pages (news-articles.ts, pages.ts, typical-page.ts): the same bytes on every
// machine and every run.

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

export function weighted<T extends string>(r: () => number, table: readonly (readonly [T, number])[]): T {
  let x = r();
  for (const [value, weight] of table) if ((x -= weight) < 0) return value;
  return table[table.length - 1]![0];
}

export function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
