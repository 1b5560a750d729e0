// Collects the page's DOM changes and hands them over in batches when the browser is idle. The extension paints
// through the Highlight API and writes nothing to the page's DOM, so every change seen is the page's own. Teardown:
// abort `signal`. Fixture: tests/fixtures/pages/spa.html.

export interface MutationBatcher {
  /**
   * Also reports changes inside `root` (an open shadow root of the page, which the document's observation does not
   * reach). The same observer watches it, so teardown covers it too.
   */
  observe(root: Node): void;
}

/**
 * `collect` receives every batch of records as it arrives (to fold them, never to keep them: a storm can be hundreds
 * of thousands); `onIdle` runs once the browser is idle after one or more batches.
 */
export function batchMutations(
  root: Node,
  collect: (records: readonly MutationRecord[]) => void,
  onIdle: () => void,
  options: { signal: AbortSignal; idleTimeoutMs?: number },
): MutationBatcher {
  const view = (root.ownerDocument ?? (root as Document)).defaultView!;
  let scheduled: number | null = null;
  const flush = () => {
    scheduled = null;
    if (!options.signal.aborted) onIdle();
  };
  const schedule = () => {
    if (scheduled !== null) return;
    scheduled =
      typeof view.requestIdleCallback === 'function'
        ? view.requestIdleCallback(flush, { timeout: options.idleTimeoutMs ?? 200 })
        : view.setTimeout(flush, 50);
  };
  const observer = new view.MutationObserver((records) => {
    collect(records);
    schedule();
  });
  // Attributes only for what shows or hides text (tabs, accordions, "read more").
  const observe = (target: Node) =>
    observer.observe(target, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['hidden', 'class', 'style', 'open'],
    });
  observe(root);
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (scheduled !== null) {
        if (typeof view.cancelIdleCallback === 'function') view.cancelIdleCallback(scheduled);
        else view.clearTimeout(scheduled);
      }
    },
    { once: true },
  );
  return {
    observe(target) {
      if (!options.signal.aborted) observe(target);
    },
  };
}
