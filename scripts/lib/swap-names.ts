// A metamorphic copy of a passage: the other parts of every lookalike's name are replaced by invented ones, the same
// way throughout the passage ("Abbas Araghchi … Araghchi" → "Abbas Tehrani … Tehrani", "Kata'ib Hezbollah" →
// "Saraya Hezbollah"). The annotation stays true, so a matcher that decides by the shape of the text scores the
// same; one that leans on its lists of known other names loses what the lists gave it.

const GIVEN = ['Karim', 'Laleh', 'Yusuf', 'Parveen', 'Omid', 'Farida', 'Tahir', 'Soraya', 'Javed', 'Mina', 'Rustam', 'Nilufar', 'Bilal', 'Shirin', 'Kamran', 'Dilnoza', 'Anwar', 'Hina', 'Reza', 'Zainab'];
const SURNAMES = ['Qureshi', 'Tehrani', 'Hashemi', 'Baig', 'Karimov', 'Rahmani', 'Siddiqui', 'Nouri', 'Jafari', 'Malik', 'Sadiq', 'Yazdani', 'Chaudhry', 'Mansour', 'Haddad', 'Lodhi', 'Kazmi', 'Darwish', 'Hamdan', 'Farouk'];
const DEMONYMS = ['Malian', 'Yemeni', 'Sudanese', 'Somali', 'Nigerian', 'Chadian', 'Kashmiri', 'Tajik', 'Uzbek', 'Libyan'];
const PREFIXES = ['Saraya', 'Liwa', 'Jund', 'Jaish', 'Firqat', 'Usbat'];

/** Words that are the topic's own or a particle, kept as they are. */
const KEEP = new Set(['abbas', 'bandar', 'mahmoud', 'mahmud', 'abu', 'abou', 'mazen', 'president', 'palestinian', 'the', 'of', 'and', 'al', 'el', 'ibn', 'bin', 'dr', 'mr', 'mrs', 'ms', 'prof', 'sheikh']);
const GROUP = /^(?:hezbollah|hizbollah|hizballah|hizbullah|hezbullah|hisbollah|hezbol[aá])$/i;
const NEGATIVE = /\[\[-\|([^\]]+)\]\]/g;
const WORD = /\p{Lu}[\p{L}'’]+/gu;

/** A small deterministic generator, so a seed names one copy of the corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Replacements for the words around the lookalike in one negative span ("Ghulam Abbas" → ghulam: "Omid"). */
function spanSwaps(span: string, pick: <T>(list: readonly T[]) => T, swaps: Map<string, string>): void {
  const words = [...span.matchAll(WORD)].map((m) => m[0]);
  const person = words.findIndex((w) => w.toLowerCase() === 'abbas');
  const group = words.findIndex((w) => GROUP.test(w));
  if (person < 0 && group < 0) return;
  words.forEach((word, i) => {
    const key = word.toLowerCase().replace(/['’]s$/, '');
    if (KEEP.has(key) || GROUP.test(word) || key.length < 3 || swaps.has(key)) return;
    if (person >= 0) swaps.set(key, pick(i < person ? GIVEN : SURNAMES));
    else swaps.set(key, pick(/(?:ish|ian|ese|i)$/.test(key) ? DEMONYMS : PREFIXES));
  });
}

/** The passage file `raw` with its lookalikes' other name parts replaced; `seed` chooses the invented names. */
export function swapNames(id: string, raw: string, seed: number): string {
  const [header, ...rest] = raw.split('\n---\n');
  let body = rest.join('\n---\n');
  const next = random(hash(id) ^ seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const swaps = new Map<string, string>();
  for (const m of body.matchAll(NEGATIVE)) spanSwaps(m[1]!, pick, swaps);
  for (const [old, replacement] of swaps) {
    const pattern = new RegExp(`(?<![\\p{L}])${old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
    body = body.replace(pattern, (found) => (found === found.toUpperCase() ? replacement.toUpperCase() : replacement));
  }
  return `${header}\n---\n${body}`;
}
