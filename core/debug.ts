// Failures the extension survives by design (a tab that closed mid-message, a page that forbids a read, storage
// briefly unavailable) say nothing to a reader. In a debug build (`npm run dev`, or any build with
// BRIEFINGS_DEBUG=1: scripts/build/build-flags.ts) each one is logged with where it happened, so a developer can see
// what went wrong; in other builds the flag is the literal `false` and the logging is dead code.
declare const __BRIEFINGS_DEBUG__: boolean | undefined;
// core/ compiles without DOM or Node types; every context the extension runs in has a console.
declare const console: { debug(...data: unknown[]): void };

// A literal in every build, so the minifier drops the logging from non-debug ones; read once, when the module loads.
const DEBUGGING = typeof __BRIEFINGS_DEBUG__ !== 'undefined' && __BRIEFINGS_DEBUG__ === true;

/**
 * Notes a failure the caller survives; logs it in debug builds only.
 *
 * @example
 * try { await action.setBadgeText({ tabId, text }); } catch (error) { survived('badge', error); }
 */
export function survived(where: string, error: unknown): void {
  if (DEBUGGING) console.debug(`[briefings] survived in ${where}:`, error);
}

/**
 * A promise `.catch` handler that survives the failure (resolving to `undefined`) and notes it.
 *
 * @example
 * void sendToBackground('background/open-index', { topic }).catch(surviving('open index'));
 */
export const surviving =
  (where: string) =>
  (error: unknown): undefined => {
    survived(where, error);
    return undefined;
  };
