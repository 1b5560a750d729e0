// "On this page": mentions per topic on the target tab and each mention with its snippet; clicking one scrolls the
// page to it, flashes it and opens its card (the content script's 'content/reveal-mention').
import { browser } from 'wxt/browser';
import type { Briefing } from '../../briefings/types.ts';
import { sendToTab, type ListedMention } from '../../extension/messages.ts';
import { unreachableMessage } from '../../extension/page-kind.ts';
import { MarkedText } from '../shared/marked-text.tsx';
import { actOnPage, type TargetTab } from './target-tab.ts';
import type { TabMentions } from './use-tab-mentions.ts';

export interface OnThisPageProps {
  target: TargetTab;
  page: TabMentions;
  /** Mentions of topics that are on, in page order. */
  mentions: ListedMention[] | undefined;
  /** Mentions per topic that is on, of every mention the page tracks (listed or not). */
  counts: ReadonlyArray<readonly [Briefing, number]> | undefined;
  total: number | undefined;
  active: boolean;
}

function MentionButton({ mention, target }: { mention: ListedMention; target: TargetTab }) {
  const at = mention.snippet.indexOf(mention.surface);
  const reveal = () => actOnPage(target, () => sendToTab(target.id!, 'content/reveal-mention', { id: mention.id }));
  return (
    <button type="button" class="mention" data-topic={mention.topic} data-mention-id={mention.id} onClick={() => void reveal()}>
      <span class="swatch" aria-hidden="true" />
      <span class="mention-snippet">
        <MarkedText text={mention.snippet} spans={at >= 0 ? [[at, at + mention.surface.length]] : []} />
      </span>
    </button>
  );
}

function Body({ target, page, mentions, counts = [], total = 0, active }: OnThisPageProps) {
  if (page.status === 'unreachable') {
    const { text, reload } = unreachableMessage(page.kind);
    return (
      <div class="page-problem" data-kind={page.kind}>
        <p>{text}</p>
        {reload && target.id !== undefined && (
          <button type="button" class="button" onClick={() => void actOnPage(target, () => browser.tabs.reload(target.id!))}>
            Reload page
          </button>
        )}
      </div>
    );
  }
  if (!active) return <p class="muted">Nothing is highlighted here while Briefings is off or paused.</p>;
  if (page.status === 'loading' || !mentions) return <p class="muted">Looking for mentions…</p>;
  if (total === 0) return <p class="muted">No mentions of the topics that are switched on.</p>;
  const more = total - mentions.length;
  return (
    <>
      <ul class="counts" aria-label="Mentions per topic">
        {counts.map(([b, n]) => (
          <li key={b.id} data-topic={b.id}>
            <span class="swatch" aria-hidden="true" /> {b.name} <strong class="count">{n.toLocaleString('en-US')}</strong>
          </li>
        ))}
      </ul>
      <ol class="mentions" aria-label="Mentions, in page order">
        {mentions.map((m) => (
          <li key={m.id}>
            <MentionButton mention={m} target={target} />
          </li>
        ))}
        {more > 0 && <li class="mentions-more muted">+{more.toLocaleString('en-US')} more</li>}
      </ol>
    </>
  );
}

export function OnThisPage(props: OnThisPageProps) {
  return (
    <section class="on-this-page" aria-labelledby="on-this-page-heading">
      <h2 id="on-this-page-heading">On this page</h2>
      <Body {...props} />
    </section>
  );
}
