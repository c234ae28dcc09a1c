/** "Pause on this site": takes effect in the site's open tabs at once, no reload. */
import { useSettings } from '@/components/hooks/use-settings';
import type { PageSummary } from '@/utils/protocol';
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
  if (!settings) return null;

  return (
    <section aria-label="This site">
      <label class="switch row">
        <span>Backchannel on</span>
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
            Pause on <strong>{site}</strong>
          </span>
          <input
            type="checkbox"
            role="switch"
            aria-label="Pause on this site"
            checked={!isActiveOn({ ...settings, enabled: true }, site)}
            onChange={(event) => {
              void setSitePaused(site, event.currentTarget.checked).then(onChanged);
            }}
          />
        </label>
      ) : summary?.url === '' ? null : (
        <p class="meta">Backchannel does not run on this page (only on web pages).</p>
      )}
    </section>
  );
}
