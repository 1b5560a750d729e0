// Taking mentions back off the page (out of PageMentions and the highlighter) before their text is read again, or
// when it is gone or hidden. Holds no listener: nothing to tear down (the highlighter's own teardown clears it all).
import type { Highlighter } from './highlighter.ts';
import type { PageMentions, TrackedMention } from './page-mentions.ts';
import { composedParent } from './page-elements.ts';

export interface MentionDrops {
  /** Drops the mentions `shouldDrop` picks. */
  drop(shouldDrop: (m: TrackedMention) => boolean): void;
  /** Drops the mentions whose block is within one of `roots` (across shadow roots), before they are rescanned. */
  dropWithin(roots: readonly Node[]): void;
}

/** Whether `node` is in `set` or below one of its nodes, across shadow roots (a shadow tree is within its host). */
export function within(node: Node, set: ReadonlySet<Node>): boolean {
  for (let up: Node | null = node; up; up = composedParent(up)) if (set.has(up)) return true;
  return false;
}

/** `isRead`: whether a shadow root's text was read (its mentions' blocks are then under the root, not its host). */
export function createMentionDrops(
  doc: Document,
  mentions: PageMentions,
  highlighter: Highlighter,
  isRead: (root: ShadowRoot) => boolean,
): MentionDrops {
  const drop = (shouldDrop: (m: TrackedMention) => boolean) => {
    for (const mention of mentions.removeWhere(shouldDrop)) highlighter.remove(mention.topic, mention.range);
  };

  return {
    drop,
    // The blocks under the roots are looked up, not every mention on the page: on an infinite-scroll page each
    // append would otherwise climb from every mention found so far (measured: the largest part of the extension's
    // time on the bench's feed). A root holding a shadow tree already read falls back to that climb.
    dropWithin(roots) {
      const doomed = new Set<TrackedMention>();
      for (const root of roots) {
        const elements = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
        for (let node: Node | null = root; node; node = elements.nextNode()) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          const shadow = (node as Element).shadowRoot;
          if (shadow && isRead(shadow)) {
            const rootSet = new Set(roots);
            return drop((m) => within(m.block, rootSet));
          }
          for (const mention of mentions.inBlock(node as Element)) doomed.add(mention);
        }
      }
      if (doomed.size) drop((m) => doomed.has(m));
    },
  };
}
