// The settings as one page sees them: what to highlight here and how. Content scripts read and watch this
// instead of the individual storage items, so a change to any of them re-applies in every open tab.
import { TOPIC_IDS, type TopicId } from '../briefings/types.ts';
import {
  enabledTopics,
  extensionEnabled,
  highlightStyle,
  hoverDelayMs,
  pausedSites,
  scanCode,
  type HighlightStyle,
} from './settings.ts';

export interface PageSettings {
  /** False when the extension is off or paused on this site: nothing is highlighted. */
  active: boolean;
  paused: boolean;
  topics: TopicId[];
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  scanCode: boolean;
}

export async function loadPageSettings(hostname: string): Promise<PageSettings> {
  const [enabled, topics, paused, style, delay, code] = await Promise.all([
    extensionEnabled.getValue(),
    enabledTopics.getValue(),
    pausedSites.getValue(),
    highlightStyle.getValue(),
    hoverDelayMs.getValue(),
    scanCode.getValue(),
  ]);
  const isPaused = paused.includes(hostname);
  return {
    active: enabled && !isPaused,
    paused: isPaused,
    topics: TOPIC_IDS.filter((id) => topics[id]),
    highlightStyle: style,
    hoverDelayMs: delay,
    scanCode: code,
  };
}

/** Calls `onChange` with fresh page settings whenever any setting changes; returns the unwatch function. */
export function watchPageSettings(hostname: string, onChange: (settings: PageSettings) => void): () => void {
  const reload = () => void loadPageSettings(hostname).then(onChange);
  const unwatchers = [enabledTopics, extensionEnabled, pausedSites, highlightStyle, hoverDelayMs, scanCode].map(
    (item) => item.watch(reload),
  );
  return () => unwatchers.forEach((unwatch) => unwatch());
}
