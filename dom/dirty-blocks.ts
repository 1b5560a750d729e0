// Turns a batch of mutation records into the few blocks to rescan: the nearest block around changed text, or an
// added block itself (infinite scroll, SPA views), outermost only. Changes inside skipped subtrees (editors, form
// fields, scripts) and inside the extension's own elements are ignored.
import { blockOf, isInline, isInSkippedSubtree, isOwnElement, isSkippedElement, type WalkOptions } from './text-walker.ts';

export interface DirtyBlocks {
  roots: Element[];
  /** Whether anything was removed or rewritten, so existing mentions may have lost their text. */
  textLost: boolean;
  /** Elements whose hidden/class/style/open changed: text under them may have been shown or hidden. */
  restyled: Set<Element>;
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

export function dirtyBlocks(records: readonly MutationRecord[], options: WalkOptions): DirtyBlocks {
  const candidates = new Set<Element>();
  const restyled = new Set<Element>();
  let textLost = false;
  const addAround = (node: Node) => {
    const block = blockOf(node);
    if (block) candidates.add(block);
  };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (isElement(target) && !isOwnElement(target)) restyled.add(target);
      continue;
    }
    if (record.type === 'characterData') {
      textLost = true;
      if (target.parentElement) addAround(target.parentElement);
      continue;
    }
    if (record.removedNodes.length) {
      textLost = true;
      // Removing inline text can join what was around it ("Mahmoud <b>x</b>Abbas" → "Mahmoud Abbas").
      if ([...record.removedNodes].some((n) => !isElement(n) || isInline(n))) addAround(target);
    }
    for (const node of record.addedNodes) {
      if (isElement(node)) {
        if (isOwnElement(node) || isSkippedElement(node, options)) continue;
        if (isInline(node)) addAround(target);
        else candidates.add(node);
      } else if (node.nodeType === Node.TEXT_NODE) addAround(target);
    }
  }
  return { roots: outermost(candidates, options), textLost, restyled };
}

/** The connected, readable candidates that no other candidate contains. */
export function outermost(candidates: ReadonlySet<Element>, options: WalkOptions): Element[] {
  const roots: Element[] = [];
  for (const candidate of candidates) {
    if (!candidate.isConnected) continue;
    let covered = false;
    for (let up = candidate.parentElement; up && !covered; up = up.parentElement) covered = candidates.has(up);
    const skipped = isSkippedElement(candidate, options) || isInSkippedSubtree(candidate, options);
    if (!covered && !skipped) roots.push(candidate);
  }
  return roots;
}
