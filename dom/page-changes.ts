// The page's changes after the first scan: mutation records folded as they come (also while the first scan runs)
// into the blocks they touched (dom/dirty-blocks.ts), then, when the browser is idle, mentions dropped where text
// went or was hidden and only those blocks scanned again. Batches run one at a time, in order, with any other reading
// queued here (`queue`). Teardown: abort `signal` (the observer is disconnected, the pending batch cancelled).
import { surviving } from '../core/debug.ts';
import type { HiddenText } from './hidden-text.ts';
import { within, type MentionDrops } from './mention-drops.ts';
import { batchMutations } from './mutation-batcher.ts';
import { DirtySet, outermost, type DirtyBlocks } from './dirty-blocks.ts';
import type { TrackedMention } from './page-mentions.ts';
import type { ElementOptions } from './page-elements.ts';

export interface PageChanges {
  /** Also watches `root` (an open shadow root read), which the document's observation does not reach. */
  observe(root: Node): void;
  /** The first scan is done: batches are applied from now on, starting with what changed during it. */
  start(): void;
  /** Runs `task` after the batches (and tasks) queued before it; `what` names it if it fails. */
  queue(task: () => Promise<void>, what: string): void;
}

/** `scan` reads a root again (its mentions dropped first, here); `hidden` says what restyling showed and hid. */
export function watchPageChanges(
  doc: Document,
  walk: ElementOptions,
  drops: MentionDrops,
  hidden: HiddenText,
  scan: (root: Node) => Promise<void>,
  signal: AbortSignal,
): PageChanges {
  const dirty = new DirtySet();
  let started = false;
  let busy: Promise<void> = Promise.resolve();

  // One batch at a time, in order; a failure must not stop later batches (and must not reach the page console).
  const queue = (task: () => Promise<void>, what: string) => void (busy = busy.then(task).catch(surviving(what)));

  const apply = async (changes: DirtyBlocks) => {
    if (signal.aborted) return;
    const candidates = new Set(changes.roots);
    hidden.restyled(changes.restyled, candidates);
    const roots = outermost(candidates, walk);
    const rootSet = new Set<Node>(roots);
    // A mention whose text was removed or rewritten is gone, wherever its block is.
    const lost = (m: TrackedMention) => !m.range.startContainer.isConnected || m.range.collapsed || !m.block.isConnected;
    // Text went: every mention is checked. Otherwise only those in the blocks about to be rescanned are dropped.
    if (changes.textLost) drops.drop((m) => within(m.block, rootSet) || lost(m));
    else drops.dropWithin(roots);
    for (const root of roots) {
      if (signal.aborted) return;
      await scan(root);
    }
  };
  // The changes are taken when the batch runs, not when it is queued: a batch waiting behind another gets them all.
  const rescan = () => queue(() => apply(dirty.take(walk, doc.body)), 'rescanning changed text');
  const batcher = batchMutations(doc, (records) => dirty.add(records), () => started && rescan(), { signal });

  return {
    observe: batcher.observe,
    start() {
      started = true;
      rescan();
    },
    queue,
  };
}
