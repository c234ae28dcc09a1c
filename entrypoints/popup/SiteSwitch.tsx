/** "Pause on this site": takes effect in the site's open tabs at once, no reload. */
import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '@/utils/messages';
import {
  getSettings,
  isActiveOn,
  setSitePaused,
  siteKey,
  updateSettings,
  watchSettings,
  type Settings,
} from '@/utils/settings';

function hostnameOf(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export function SiteSwitch({
  summary,
  onChanged,
}: {
  summary: PageSummary | null;
  onChanged: () => void;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const hostname = hostnameOf(summary?.url);
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
      {hostname ? (
        <label class="switch row">
          <span>
            Pause on <strong>{siteKey(hostname)}</strong>
          </span>
          <input
            type="checkbox"
            role="switch"
            aria-label="Pause on this site"
            checked={!isActiveOn({ ...settings, enabled: true }, hostname)}
            onChange={(event) => {
              void setSitePaused(hostname, event.currentTarget.checked).then(onChanged);
            }}
          />
        </label>
      ) : (
        <p class="meta">Backchannel does not run on this page (only on web pages).</p>
      )}
    </section>
  );
}
