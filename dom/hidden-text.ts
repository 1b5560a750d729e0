// Text skipped as not rendered, read when an attribute change shows it (a "read more", a tab), and mentions dropped
// when one hides them. Bounded: on a page with thousands of hidden menus, the rest stay unread until their block
// changes. Holds no listener: nothing to tear down.
import type { MentionDrops } from './mention-drops.ts';
import { within } from './mention-drops.ts';
import { blockOf, isRendered } from './page-elements.ts';

const MAX_HIDDEN = 2000;

export interface HiddenText {
  /** The walk skipped `element`'s text as not rendered (WalkOptions.onHidden). */
  note(element: Element): void;
  /**
   * Elements whose hidden/class/style/open changed: the hidden text they showed becomes blocks to read (added to
   * `roots`), and the mentions they hid are dropped (and their blocks noted, to be read when shown again).
   */
  restyled(restyled: ReadonlySet<Element>, roots: Set<Element>): void;
}

export function createHiddenText(drops: MentionDrops): HiddenText {
  const hidden = new Set<Element>();
  return {
    note(element) {
      if (hidden.size < MAX_HIDDEN) hidden.add(element);
    },
    restyled(restyled, roots) {
      if (!restyled.size) return;
      for (const element of hidden) {
        if (!element.isConnected) hidden.delete(element);
        else if (within(element, restyled) && isRendered(element)) {
          hidden.delete(element);
          roots.add(blockOf(element) ?? element);
        }
      }
      drops.drop((m) => {
        const parent = m.range.startContainer.parentElement;
        if (!parent || !within(parent, restyled) || isRendered(parent)) return false;
        // The block, not the parent: shown again, the whole block is read again.
        hidden.add(m.block);
        return true;
      });
    },
  };
}
