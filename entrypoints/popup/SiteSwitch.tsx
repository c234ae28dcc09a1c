/** "Pause on this site": takes effect in the site's open tabs at once, no reload. */
import { useSettings } from '@/components/hooks/use-settings';
import type { PageSummary } from '@/utils/protocol';
import { t, tAround } from '@/utils/i18n';
import { isActiveOn, setSitePaused, siteOfUrl, updateSettings } from '@/utils/settings';

export function SiteSwitch({
  summary,
  onChanged,
}: {
  summary: PageSummary | null;
  onChanged: () => void;
}) {
  const settings = useSettings();
  const site = siteOfUrl(summary?.url);
  const pauseOn = tAround('popup_pauseOnSite_label');
  if (!settings) return null;

  return (
    <section aria-label={t('popup_site_label')}>
      <label class="switch row">
        <span>{t('popup_enabled_switch')}</span>
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(event) => {
            void updateSettings({ enabled: event.currentTarget.checked }).then(onChanged);
          }}
        />
      </label>
      {/* A summary without a page comes from subframes while the top frame is busy: no site yet. */}
      {site ? (
        <label class="switch row">
          <span>
            {pauseOn[0]}
            <strong>{site}</strong>
            {pauseOn[1]}
          </span>
          <input
            type="checkbox"
            role="switch"
            aria-label={t('popup_pauseOnThisSite_switch')}
            checked={!isActiveOn({ ...settings, enabled: true }, site)}
            onChange={(event) => {
              void setSitePaused(site, event.currentTarget.checked).then(onChanged);
            }}
          />
        </label>
      ) : summary?.url === '' ? null : (
        <p class="meta">{t('popup_notWebPage')}</p>
      )}
    </section>
  );
}
