// The first stage's read of a large page in slices (docs/performance.md "Stage 1 in slices"): the same answer as
// hasCandidate (dom/candidate.ts), but reading the text, placing words found inside longer words, and looking into
// open shadow roots each get a task of their own, so a 5 MB page has no task of 50 ms from the first stage.
import { rawText } from './candidate-cuts.ts';
import { lightText, mayBeWhole, provesNone, shadowRootsUnder, someText, type ScanWords } from './candidate.ts';

/** Text longer than this is read in slices; a typical page (a few hundred KB) in one task, as before. */
export const SLICED_TEXT = 1 << 20;

/** A pause until the next task: what runs between is the page's. */
export const nextTask = (view: Window) => new Promise<void>((resolve) => view.setTimeout(resolve, 0));

/**
 * Whether anything under `root` (open shadow roots included) could be a mention, as hasCandidate answers, with a
 * pause between slices when the text is long. The page may change during a pause: `beforePause` is called once,
 * in the task that read the text, so the caller can watch the page from then on (watchForCandidate); a word's place
 * that no longer holds it counts as a candidate.
 */
export async function hasCandidateInSlices(root: Node, scan: ScanWords, onShadowRoot: (root: ShadowRoot) => void, pause: () => Promise<void>, beforePause: () => void): Promise<boolean> {
  const raw = rawText(root);
  const long = raw.text.length > SLICED_TEXT;
  if (long) beforePause();
  // A long text is read once, as before: reading it uncut and then cut could take one task past 50 ms.
  if (long || !provesNone(raw, scan)) {
    const light = lightText(root, raw);
    const found = scan(light.text);
    if (found === true) return true;
    if (found.size) {
      if (long) await pause();
      if (mayBeWhole(light, found)) return true;
    }
  }
  if (long) await pause();
  for (const shadow of shadowRootsUnder(root)) {
    onShadowRoot(shadow);
    if (someText(shadow, scan, onShadowRoot)) return true;
  }
  return false;
}
