// Every write the popup and the options page make goes through `saved`, so a write that fails (past the paused-sites
// cap, over storage.sync's quota or write rate) is said in words, instead of a switch silently flipping back.
import { useEffect, useState } from 'preact/hooks';
import { SettingLimitError } from '../../extension/settings.ts';

let show: ((message: string) => void) | undefined;
const failureListeners = new Set<() => void>();

/** Calls `listener` after a write fails, e.g. to render the settings again so a switch shows the stored value. */
export function onSaveFailure(listener: () => void): () => void {
  failureListeners.add(listener);
  return () => void failureListeners.delete(listener);
}

/** What the reader is told when `error` stopped a setting from being saved. */
export function saveErrorText(error: unknown): string {
  if (error instanceof SettingLimitError) return `Not saved: ${error.message}`;
  const reason = error instanceof Error ? error.message : String(error);
  return `Not saved: the browser refused to store this setting (${reason}). Try again in a minute.`;
}

/** Reports the outcome of a settings write: the message on failure, cleared by the next write that succeeds. */
export function saved(write: Promise<unknown>): void {
  write.then(
    () => show?.(''),
    (error: unknown) => {
      show?.(saveErrorText(error));
      for (const listener of failureListeners) listener();
    },
  );
}

/** The live region that says a setting was not saved; present (empty) from the start so it is announced. */
export function SaveError() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    show = setMessage;
    return () => void (show = undefined);
  }, []);
  return (
    <p class="save-error" role="alert">
      {message}
    </p>
  );
}
