// The page's changes are folded into the nodes they touched as they arrive (issue 18): a storm of records is a few
// entries, never a queue, and past the bound the whole page is read again.
import { afterEach, expect, test } from 'vitest';
import { DirtySet } from '../../dom/dirty-blocks.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const walk = { scanCode: false };

/** Records of `change`, as a MutationObserver on the body reports them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, characterData: true, subtree: true, attributeFilter: ['hidden', 'class', 'style', 'open'] });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

test('20,000 text nodes appended to one paragraph are one block to read again', async () => {
  document.body.innerHTML = '<article><p id="feed"></p></article>';
  const feed = document.getElementById('feed')!;
  const records = await recordsOf(() => {
    for (let i = 0; i < 20_000; i++) feed.append(document.createTextNode('·'));
  });
  expect(records.length).toBe(20_000);
  const dirty = new DirtySet();
  dirty.add(records);
  const taken = dirty.take(walk, document.body);
  expect(taken.roots).toEqual([feed]);
  // Taken: nothing is left for the next batch.
  expect(dirty.take(walk, document.body).roots).toEqual([]);
});

test('an added block is read whole, an added inline element through its block, skipped subtrees not at all', async () => {
  document.body.innerHTML = '<div id="a"><p id="p">Text</p></div>';
  const records = await recordsOf(() => {
    const section = document.createElement('section');
    section.textContent = 'Hamas';
    document.getElementById('a')!.append(section);
    const bold = document.createElement('b');
    bold.textContent = 'Abbas';
    document.getElementById('p')!.append(bold);
    const script = document.createElement('script');
    script.textContent = 'Hezbollah';
    document.body.append(script);
  });
  const dirty = new DirtySet();
  dirty.add(records);
  expect(dirty.take(walk, document.body).roots.map((e) => e.localName).sort()).toEqual(['p', 'section']);
});

test('past 5,000 distinct nodes touched, the whole page is read again', async () => {
  document.body.innerHTML = '<main></main>';
  const main = document.querySelector('main')!;
  const records = await recordsOf(() => {
    for (let i = 0; i < 6000; i++) main.append(document.createElement('p'));
  });
  const dirty = new DirtySet();
  dirty.add(records);
  const taken = dirty.take(walk, document.body);
  expect(taken.roots).toEqual([document.body]);
  expect(taken.textLost).toBe(true);
});
