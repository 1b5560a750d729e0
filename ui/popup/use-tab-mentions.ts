// The mentions on the target tab's page, asked from its content script ('content/list-mentions').
import { useEffect, useState } from 'preact/hooks';
import { pageKindOf, type PageKind } from '../../extension/page-kind.ts';
import { sendToTab, type ListedMention, type ListReply } from '../../extension/messages.ts';
import type { Settings } from '../../extension/settings.ts';
import type { TargetTab } from './target-tab.ts';

/** What the popup knows of the target tab's mentions: still asking, the list, or why there is none. */
export type TabMentions =
  | { status: 'loading' }
  | { status: 'ok'; mentions: ListedMention[]; url: string | undefined; counts?: ListReply['counts']; capped?: boolean }
  | { status: 'unreachable'; kind: PageKind };

/** Content scripts re-apply a settings change through storage.onChanged; ask again once they have (≈100 ms). */
const AFTER_SETTINGS_CHANGE_MS = 150;
/**
 * Asked again this often while the popup is open: the page may still be scanning (just loaded, just switched back
 * on, a background tab whose timers the browser slows) or add mentions later (a feed).
 */
const REFRESH_MS = 1000;

export function useTabMentions(target: TargetTab | undefined, settings: Settings | undefined): TabMentions {
  const [state, setState] = useState<TabMentions>({ status: 'loading' });
  const tabId = target?.id;
  const url = target?.url;
  const firstAsk = state.status === 'loading';
  useEffect(() => {
    if (tabId === undefined) return;
    const kind = pageKindOf(url);
    if (kind === 'browser' || kind === 'store') return void setState({ status: 'unreachable', kind });
    let live = true;
    let lastAnswer = '';
    const ask = () =>
      sendToTab(tabId, 'content/list-mentions', {}).then(
        ({ mentions, url: pageUrl, counts, capped }) => {
          // The same answer again (the usual case when refreshing) changes nothing: no re-render.
          const answer = JSON.stringify([mentions, pageUrl, counts, capped]);
          if (!live || answer === lastAnswer) return;
          lastAnswer = answer;
          // Firefox runs content scripts in a top-level about:blank too; it answers, yet it is no page to scan.
          const reported = pageKindOf(pageUrl);
          if (reported === 'browser' || reported === 'store') setState({ status: 'unreachable', kind: reported });
          else setState({ status: 'ok', mentions, url: pageUrl ?? url, counts, capped });
        },
        () => {
          if (!live) return;
          lastAnswer = '';
          setState({ status: 'unreachable', kind });
        },
      );
    const timer = setTimeout(ask, firstAsk ? 0 : AFTER_SETTINGS_CHANGE_MS);
    const refresh = setInterval(ask, REFRESH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
      clearInterval(refresh);
    };
    // Settings are a dependency on purpose: a toggle changes what the page highlights.
  }, [tabId, url, settings]);
  return state;
}
