// The toolbar popup (and the same index opened in a tab by "Open in index"): on/off state and pause for the
// page's site, what the page mentions, and the searchable index of every briefing with its switch.
import { browser } from 'wxt/browser';
import { BRIEFINGS } from '../../extension/briefings.ts';
import type { TopicId } from '../../briefings/types.ts';
import { siteOf } from '../../extension/page-kind.ts';
import { pageSettingsFrom } from '../../extension/page-settings.ts';
import { OnThisPage } from './on-this-page.tsx';
import { SiteControls } from './site-controls.tsx';
import { useTargetTab } from './target-tab.ts';
import { TopicIndex } from './topic-index.tsx';
import { useTabMentions } from './use-tab-mentions.ts';
import { useEffect, useState } from 'preact/hooks';
import { getPrivatePaused, setPrivatePaused, watchPrivatePaused } from '../../extension/private-pauses.ts';
import { setSitePaused } from '../../extension/settings.ts';
import { SaveError, saved } from '../shared/save-error.tsx';
import { useSettings } from '../shared/use-settings.ts';

/** The sites paused from private windows, kept live, when the popup is about a private tab; else none. */
function usePrivatePaused(incognito: boolean): string[] {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    if (!incognito) return;
    void getPrivatePaused().then(setSites);
    return watchPrivatePaused(setSites);
  }, [incognito]);
  return sites;
}

export function PopupApp() {
  const settings = useSettings();
  const target = useTargetTab();
  const page = useTabMentions(target, settings);
  const privatePaused = usePrivatePaused(target?.incognito === true);
  if (!settings || !target) return <main class="popup" aria-busy="true" />;

  // The page's own report of its URL first: the browser only tells the popup a tab's URL with extra permissions.
  const site = siteOf(page.status === 'ok' ? page.url : target.url);
  const here = pageSettingsFrom(settings, site, privatePaused);
  const mentions = page.status === 'ok' ? page.mentions.filter((m) => here.active && here.topics.includes(m.topic)) : undefined;
  // The page lists at most 1,000 mentions; its counts cover every mention it tracks (older pages send none).
  const countOf = (topic: TopicId) => (page.status === 'ok' && page.counts?.[topic]) || mentions!.filter((m) => m.topic === topic).length;
  const counts =
    mentions &&
    BRIEFINGS.filter((b) => here.topics.includes(b.id))
      .map((b) => [b, countOf(b.id)] as const)
      .filter(([, n]) => n > 0);
  const total = counts?.reduce((sum, [, n]) => sum + n, 0);
  const capped = page.status === 'ok' && !!page.capped;
  return (
    <main class={target.inTab ? 'popup in-tab' : 'popup'}>
      <header class="popup-header">
        <h1>Briefings</h1>
        <a
          class="settings-link"
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage().then(() => target.inTab || window.close());
          }}
        >
          Settings
        </a>
      </header>
      <SiteControls
        settings={settings}
        site={site}
        paused={here.paused}
        // In a private window a pause is kept for private windows only, never stored or synced (a site already
        // paused everywhere is resumed everywhere).
        onPause={(on) => saved(target.incognito && !settings.pausedSites.includes(site) ? setPrivatePaused(site, on) : setSitePaused(site, on))}
        mentionCount={total}
        capped={capped}
      />
      <SaveError />
      <TopicIndex enabledTopics={settings.enabledTopics} initialTopic={target.topic} />
      <OnThisPage target={target} page={page} mentions={mentions} counts={counts} total={total} active={here.active} />
    </main>
  );
}
