// The sites where the reader paused Briefings (from the popup), each with a way to resume.
import { setSitePaused, type Settings } from '../../extension/settings.ts';
import { saved } from '../shared/save-error.tsx';

export function PausedSites({ settings }: { settings: Settings }) {
  return (
    <section aria-labelledby="paused-heading">
      <h2 id="paused-heading">Paused sites</h2>
      {settings.pausedSites.length === 0 ? (
        <p class="help">None. Pause a site from the toolbar popup (“Pause on …”) while you are on it.</p>
      ) : (
        <ul class="plain paused-sites">
          {settings.pausedSites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>{' '}
              <button type="button" class="button secondary" aria-label={`Resume on ${site}`} onClick={() => saved(setSitePaused(site, false))}>
                Resume
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
