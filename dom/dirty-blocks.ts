// Turns a batch of mutation records into the few blocks to rescan: the nearest block around changed text, or an
// added block itself (infinite scroll, SPA views), outermost only. Changes inside skipped subtrees (editors, form
// fields, scripts) and inside the extension's own elements are ignored.
import { blockOf, isInline, isInSkippedSubtree, isOwnElement, isSkippedElement, type ElementOptions } from './page-elements.ts';

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

/** Past this many distinct nodes touched, the whole page is read again instead (one root: the body). */
const MAX_DIRTY_NODES = 5000;

/**
 * Mutation records folded, as they arrive, into the nodes they touched: bounded by the page's nodes, not by the
 * number of records (600,000 appends to one element in one task are one entry), so records are never queued.
 */
export class DirtySet {
  /** Nodes whose block is to be read again. */
  private around = new Set<Node>();
  /** Added elements: read whole when they are blocks, else their block is. */
  private added = new Set<Element>();
  private restyled = new Set<Element>();
  private textLost = false;
  /** Too many nodes were touched to track them one by one: the whole page is dirty. */
  private everything = false;

  add(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        if (isElement(target) && !isOwnElement(target)) this.restyled.add(target);
      } else if (record.type === 'characterData') {
        this.textLost = true;
        if (target.parentElement) this.around.add(target.parentElement);
      } else {
        const { removedNodes, addedNodes } = record;
        if (removedNodes.length) {
          this.textLost = true;
          // Removing inline text can join what was around it ("Mahmoud <b>x</b>Abbas" → "Mahmoud Abbas").
          for (let i = 0; i < removedNodes.length; i++) {
            const node = removedNodes[i]!;
            if (!isElement(node) || isInline(node)) {
              this.around.add(target);
              break;
            }
          }
        }
        for (let i = 0; i < addedNodes.length; i++) {
          const node = addedNodes[i]!;
          if (isElement(node)) this.added.add(node);
          else if (node.nodeType === Node.TEXT_NODE) this.around.add(target);
        }
      }
    }
    if (this.around.size + this.added.size + this.restyled.size > MAX_DIRTY_NODES) {
      this.everything = true;
      this.around.clear();
      this.added.clear();
      this.restyled.clear();
    }
  }

  /** What changed since the last take, as blocks to rescan; `body` stands for the whole page after a flood. */
  take(options: ElementOptions, body?: Element | null): DirtyBlocks {
    const candidates = new Set<Element>();
    const addAround = (node: Node) => {
      const block = blockOf(node);
      if (block) candidates.add(block);
    };
    for (const node of this.around) addAround(node);
    for (const element of this.added) {
      if (isOwnElement(element) || isSkippedElement(element, options)) continue;
      if (!isInline(element)) candidates.add(element);
      else if (element.parentNode) addAround(element.parentNode);
    }
    if (this.everything && body) candidates.add(body);
    const taken = { roots: outermost(candidates, options), textLost: this.textLost || this.everything, restyled: this.restyled };
    this.around = new Set();
    this.added = new Set();
    this.restyled = new Set();
    this.textLost = this.everything = false;
    return taken;
  }
}

/** The connected, readable candidates that no other candidate contains. */
export function outermost(candidates: ReadonlySet<Element>, options: ElementOptions): Element[] {
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
