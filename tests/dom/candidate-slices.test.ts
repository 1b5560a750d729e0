// The first stage on a large page (dom/candidate-slices.ts): the same answer as hasCandidate, its work split into
// tasks, and nothing the page adds during a pause missed.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { wordScannerFromSpec, wordsSpec } from '../../core/prefilter.ts';
import { hasCandidate, watchForCandidate } from '../../dom/candidate.ts';
import { hasCandidateInSlices, SLICED_TEXT } from '../../dom/candidate-slices.ts';

const scan = wordScannerFromSpec(wordsSpec(BRIEFINGS));
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A page of `bytes` characters of prose with no mention, and `lookalikes` words that hold a spelling inside them. */
function bigPage(bytes: number, lookalikes: string[] = []): HTMLElement {
  const paragraph = `<p>${'The council met on Tuesday to discuss the harbour, the rates and the new school. '.repeat(12)}</p>`;
  const count = Math.ceil(bytes / paragraph.length);
  document.body.innerHTML = Array.from({ length: count }, (_, i) => (i % 50 === 0 && lookalikes.length ? `<p>${lookalikes.join(' ')} era.</p>` : paragraph)).join('');
  return document.body;
}

/** Runs the sliced read, counting its pauses and whether the watch started before the first one. */
async function sliced(root: HTMLElement, onPause: () => void = () => {}) {
  let pauses = 0;
  let watchedBeforePause = false;
  let watching = false;
  const answer = await hasCandidateInSlices(
    root,
    scan,
    () => {},
    async () => {
      watchedBeforePause ||= pauses === 0 && watching;
      pauses++;
      onPause();
      await tick();
    },
    () => (watching = true),
  );
  return { answer, pauses, watchedBeforePause };
}

describe('the first stage in slices', () => {
  it('answers as hasCandidate does, on small and large pages', async () => {
    for (const body of [bigPage(2_000), bigPage(SLICED_TEXT * 1.5), bigPage(SLICED_TEXT * 1.5, ['Abbasid', 'Hamasaki'])]) {
      expect((await sliced(body)).answer).toBe(hasCandidate(body, scan));
      expect(hasCandidate(body, scan)).toBe(false);
    }
    const withMention = bigPage(SLICED_TEXT * 1.5);
    withMention.insertAdjacentHTML('beforeend', '<p>Hezbollah fired rockets.</p>');
    expect((await sliced(withMention)).answer).toBe(true);
  });

  it('reads a small page in one task, and a large one in three, watching it from the task that read its text', async () => {
    expect(await sliced(bigPage(2_000, ['Abbasid']))).toMatchObject({ answer: false, pauses: 0 });
    expect(await sliced(bigPage(SLICED_TEXT * 1.5))).toMatchObject({ answer: false, pauses: 1, watchedBeforePause: true });
    expect(await sliced(bigPage(SLICED_TEXT * 1.5, ['Abbasid']))).toMatchObject({ answer: false, pauses: 2, watchedBeforePause: true });
  });

  it('finds a mention inside an open shadow root after a pause', async () => {
    const body = bigPage(SLICED_TEXT * 1.5);
    body.insertAdjacentHTML('beforeend', '<news-card></news-card>');
    body.querySelector('news-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Negotiators for Hamas arrived.</p>';
    expect(await sliced(body)).toMatchObject({ answer: true, pauses: 1 });
  });

  it('misses nothing the page adds during a pause: the watch started with the read sees it', async () => {
    const body = bigPage(SLICED_TEXT * 1.5);
    const abort = new AbortController();
    let found = 0;
    let pauses = 0;
    const answer = await hasCandidateInSlices(
      body,
      scan,
      () => {},
      async () => {
        // The page adds a mention while the first stage waits for its next task.
        if (pauses++ === 0) body.insertAdjacentHTML('afterbegin', '<p>Hamas replied on Sunday.</p>');
        await tick();
      },
      () => watchForCandidate(document, scan, () => found++, abort.signal),
    );
    await tick();
    expect(answer).toBe(false);
    expect(found).toBe(1);
    abort.abort();
  });
});
