// The sliced scan of one root (the body at first, a changed block later): the walk's runs matched in slices of about
// 25 ms (dom/scheduler.ts), mentions published to PageMentions and the highlighter a few times a second so the page
// fills in progressively. Stops at the next pause once `signal` is aborted; holds nothing past its run.
import type { Highlighter } from './highlighter.ts';
import type { MentionDrops } from './mention-drops.ts';
import type { PageMentions, TrackedMention } from './page-mentions.ts';
import type { ScanContext } from './scan-context.ts';
import { piecesOf, type ScanRun } from './scan-run.ts';
import type { Slicer } from './scheduler.ts';
import { walkText, type Prune, type WalkOptions } from './text-walker.ts';

const PUBLISH_EVERY_MS = 300;

export interface RootScan {
  /** Scans `root` in slices; resolves when done, or at the first pause after `signal` is aborted. */
  scan(root: Node): Promise<void>;
  /** The same, for a root read before: its mentions are dropped first. */
  rescan(root: Node): Promise<void>;
}

/**
 * `walkOptions` and `prune` go to the walk (text-walker.ts); ruled-out subtrees go to `context`, runs to `scanRun`, what they
 * find to `mentions` and `highlighter`; `drops` takes a root's mentions off before it is read again.
 */
export function createRootScan(
  slicer: Slicer,
  walkOptions: WalkOptions,
  prune: ((element: Element) => Prune) | undefined,
  context: ScanContext,
  scanRun: ScanRun,
  mentions: PageMentions,
  highlighter: Highlighter,
  drops: MentionDrops,
  signal: AbortSignal,
): RootScan {
  const scanRoot = async (root: Node): Promise<void> => {
    context.restart(root);
    let found: TrackedMention[] = [];
    // Whether the walk has gone on into shadow trees, whose runs come after the rest (out of document order), and
    // whether a run brought back a mention of an earlier run: the batch is then not in document order either.
    let inShadowTrees = false;
    let outOfOrder = false;
    const walk: WalkOptions = {
      ...walkOptions,
      onShadowRoot(shadow) {
        inShadowTrees = true;
        walkOptions.onShadowRoot?.(shadow);
      },
    };
    const publish = () => {
      highlighter.add(found);
      mentions.add(found, { ordered: !inShadowTrees && !outOfOrder });
      found = [];
      outOfOrder = false;
    };
    let lastNode: Node = root;
    /** Gives the page its turn; whether to stop: aborted, or the page removed what was being read. */
    const interrupted = async () => {
      await slicer.yield();
      return signal.aborted || (!lastNode.isConnected && root.isConnected);
    };
    let lastPublish = performance.now();
    for (const item of walkText(root, walk, prune)) {
      if ('pruned' in item) {
        context.pass(item.pruned);
        lastNode = item.pruned;
      } else {
        lastNode = item.nodes.at(-1)!;
        const pieces = piecesOf(item);
        for (let i = 0; i < pieces.length; i++) {
          if (scanRun(pieces[i]!, found)) outOfOrder = true;
          if (i + 1 < pieces.length && slicer.overBudget() && (await interrupted())) return restart(root);
        }
      }
      if (!slicer.shouldYield()) continue;
      // Each change to a highlight makes the next frame revalidate all of its ranges: on a page with thousands of
      // mentions, publishing every slice would repaint them again and again. A few times a second is enough.
      if (performance.now() - lastPublish > PUBLISH_EVERY_MS) {
        publish();
        lastPublish = performance.now();
      }
      if (await interrupted()) return restart(root);
    }
    if (scanRun.settle(found)) outOfOrder = true;
    publish();
  };

  /** The walker cannot go on from a removed node: the root is read again, its mentions so far replaced. */
  const restart = async (root: Node) => {
    if (signal.aborted) return;
    drops.dropWithin([root]);
    await scanRoot(root);
  };

  return { scan: scanRoot, rescan: restart };
}
