/** Global on/off, sites where Backchannel is paused, and the hover delay. */
import { useState } from 'preact/hooks';
import { useSettings } from '@/components/hooks/use-settings';
import { HOVER_DELAY_RANGE, setSitePaused, siteFromInput, updateSettings } from '@/utils/settings';

export function SitesSection() {
  const settings = useSettings();
  const [site, setSite] = useState('');
  if (!settings) return null;

  const addSite = (event: Event) => {
    event.preventDefault();
    const key = siteFromInput(site);
    if (key) void setSitePaused(key, true).then(() => setSite(''));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => void updateSettings({ enabled: event.currentTarget.checked })}
        />
        Mark names on web pages
      </label>
      <h3>Paused on</h3>
      {settings.disabledSites.length === 0 && <p class="meta">No site is paused.</p>}
      <ul class="plain" aria-label="Paused sites">
        {settings.disabledSites.map((hostname) => (
          <li key={hostname} class="row">
            <span>{hostname}</span>
            <button type="button" onClick={() => void setSitePaused(hostname, false)}>
              Resume
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={addSite} class="actions">
        <input
          type="text"
          placeholder="example.com"
          aria-label="Site to pause"
          value={site}
          onInput={(event) => setSite(event.currentTarget.value)}
        />
        <button type="submit">Pause site</button>
      </form>
      <h3>Hover cards</h3>
      <label>
        Open a card after {settings.hoverDelayMs} ms
        <input
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(event) =>
            void updateSettings({ hoverDelayMs: Number(event.currentTarget.value) })
          }
        />
      </label>
    </section>
  );
}
