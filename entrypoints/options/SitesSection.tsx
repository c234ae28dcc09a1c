/** Global on/off, sites where Backchannel is paused, and the hover delay. */
import { useState } from 'preact/hooks';
import { useSettings } from '@/components/hooks/use-settings';
import { formatNumber, t } from '@/utils/i18n';
import { HOVER_DELAY_RANGE, setSitePaused, siteFromInput, updateSettings } from '@/utils/settings';

export function SitesSection() {
  const settings = useSettings();
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  if (!settings) return null;

  const addSite = (event: Event) => {
    event.preventDefault();
    if (!site.trim()) {
      setInvalid(null);
      return;
    }
    const key = siteFromInput(site);
    setInvalid(key ? null : site.trim());
    if (key) void setSitePaused(key, true).then(() => setSite(''));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => void updateSettings({ enabled: event.currentTarget.checked })}
        />
        {t('options_markNames_switch')}
      </label>
      <h3>{t('options_pausedOn_heading')}</h3>
      {settings.disabledSites.length === 0 && <p class="meta">{t('options_noSitePaused')}</p>}
      <ul class="plain" aria-label={t('options_pausedSites_list')}>
        {settings.disabledSites.map((hostname) => (
          <li key={hostname} class="row">
            <span>{hostname}</span>
            <button type="button" onClick={() => void setSitePaused(hostname, false)}>
              {t('options_resume_button')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={addSite} class="actions">
        <input
          type="text"
          placeholder={t('options_siteToPause_placeholder')}
          aria-label={t('options_siteToPause_label')}
          value={site}
          onInput={(event) => setSite(event.currentTarget.value)}
        />
        <button type="submit">{t('options_pauseSite_button')}</button>
      </form>
      {invalid !== null && (
        <p class="error" role="alert">
          {t('options_siteToPause_invalid', invalid)}
        </p>
      )}
      <h3>{t('options_hoverCards_heading')}</h3>
      <label>
        {t('options_hoverDelay_label', formatNumber(settings.hoverDelayMs))}
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
