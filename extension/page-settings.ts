// The settings as one page sees them: what to highlight here and how. Content scripts read and watch this (through
// settings-reader.ts, the one read path), so a change to any setting re-applies in every open tab through
// storage.onChanged — no toggle messages needed.
import type { TopicId } from '../briefings/types.ts';
import { TOPIC_IDS } from './topics.ts';
import type { HighlightStyle, Settings } from './setting-specs.ts';
import { nativeBrowser as browser } from './native-browser.ts';
import { sendToBackground } from './messages.ts';
import { siteOf } from './page-kind.ts';
import { readSettings, watchSettings } from './settings-reader.ts';
import { surviving } from '../core/debug.ts';

export interface PageSettings {
  /** False when the extension is off or paused on this site: nothing is highlighted. */
  active: boolean;
  paused: boolean;
  /** Whether the global switch is on (independent of this site). */
  enabled: boolean;
  topics: TopicId[];
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  scanCode: boolean;
}

/**
 * The page's view of `settings` on `hostname` (the top-level page's). `privatePaused`: the sites paused from private
 * windows, for a private tab only. Pure, for tests and the background.
 */
export function pageSettingsFrom(settings: Settings, hostname: string, privatePaused: readonly string[] = []): PageSettings {
  const paused = hostname !== '' && (settings.pausedSites.includes(hostname) || privatePaused.includes(hostname));
  return {
    active: settings.extensionEnabled && !paused,
    paused,
    enabled: settings.extensionEnabled,
    topics: TOPIC_IDS.filter((id) => settings.enabledTopics[id]),
    highlightStyle: settings.highlightStyle,
    hoverDelayMs: settings.hoverDelayMs,
    scanCode: settings.scanCode,
  };
}

/**
 * The hostname "Pause on this site" is decided by: the top-level page's, for every frame of it (about:blank, srcdoc
 * and other-origin frames included), so no new permission is needed to read it.
 */
export async function topSite(view: Window): Promise<string> {
  try {
    return view.top!.location.hostname;
  } catch {
    // Cross-origin: Chromium and current Firefox list the ancestors' origins, the top's last.
    const origins = view.location.ancestorOrigins;
    const top = origins?.[origins.length - 1];
    if (top && top !== 'null') return new URL(top).hostname;
    // Else the background reads the tab's URL where the browser gives it (Chromium; Firefox only with "tabs"), or
    // asks the top frame's content script, which listens only once its page has a candidate.
    const site = (await sendToBackground('background/top-site', {}).catch(surviving('asking for the top site')))?.site ?? '';
    // Firefox gives frames no ancestor origins: a frame right under a top page that named nothing learns the top's
    // site from its referrer, the page that loaded it as a rule (a page may withhold it: then no site, as before).
    return site || (view.parent === view.top ? siteOf(view.document.referrer) : '');
  }
}

/** The sites paused from private windows, for a private tab's frames (asked from the background); else none. */
export async function privatePausedHere(): Promise<string[]> {
  if (!browser.extension.inIncognitoContext) return [];
  return (await sendToBackground('background/private-paused', {}).catch(surviving('asking for private pauses')))?.sites ?? [];
}

export async function loadPageSettings(
  hostname: string | Promise<string>,
  privatePaused: readonly string[] | Promise<readonly string[]> = [],
): Promise<PageSettings> {
  const [settings, site, sites] = await Promise.all([readSettings(), hostname, privatePaused]);
  return pageSettingsFrom(settings, site, sites);
}

/** Calls `onChange` with fresh page settings whenever any setting changes; returns the unwatch function. */
export function watchPageSettings(
  hostname: string,
  onChange: (settings: PageSettings) => void,
  privatePaused: () => readonly string[] = () => [],
): () => void {
  return watchSettings((settings) => onChange(pageSettingsFrom(settings, hostname, privatePaused())));
}
