// The global on/off switch and "Pause on this site", with the state said in words, not only by the switches.
import { setSetting, type Settings } from '../../extension/settings.ts';
import { saved } from '../shared/save-error.tsx';
import { Switch } from '../shared/switch.tsx';

export interface SiteControlsProps {
  settings: Settings;
  /** The page's site (hostname); '' when the page has none to pause (browser pages, files). */
  site: string;
  /** Whether the site is paused for this tab (everywhere, or in private windows for a private tab). */
  paused: boolean;
  onPause: (paused: boolean) => void;
  mentionCount: number | undefined;
  /** The page has more mentions than the extension tracks: the count is a floor. */
  capped?: boolean;
}

export function stateText(settings: Settings, site: string, mentionCount: number | undefined, capped = false, paused = settings.pausedSites.includes(site)): string {
  if (!settings.extensionEnabled) return 'Off everywhere: nothing is highlighted.';
  if (site && paused) return `Paused on ${site}: nothing is highlighted here.`;
  if (mentionCount === undefined) return 'On: highlighting the topics that are switched on.';
  if (capped) return `On: ${mentionCount.toLocaleString('en-US')}+ mentions highlighted on this page.`;
  return `On: ${mentionCount === 1 ? '1 mention' : `${mentionCount} mentions`} highlighted on this page.`;
}

export function SiteControls({ settings, site, paused, onPause, mentionCount, capped }: SiteControlsProps) {
  const state = settings.extensionEnabled ? (paused ? 'paused' : 'on') : 'off';
  return (
    <section class="site-controls" aria-label="On and off" data-state={state}>
      <p class="state" id="state-text" role="status">
        {stateText(settings, site, mentionCount, capped, paused)}
      </p>
      <div class="site-switches">
        <Switch
          name="extension-enabled"
          label="Briefings on"
          checked={settings.extensionEnabled}
          describedBy="state-text"
          onChange={(on) => saved(setSetting('extensionEnabled', on))}
        />
        {site && (
          <Switch
            name="pause-site"
            label={`Pause on ${site}`}
            checked={paused}
            disabled={!settings.extensionEnabled}
            onChange={onPause}
          />
        )}
      </div>
    </section>
  );
}
