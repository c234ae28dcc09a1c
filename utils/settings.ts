/** User settings, in one place: defined once with a fallback and a version. */
import { localItem } from './local-item';
import { withWebLock } from './web-lock';

/** The defaults; the Settings type is derived from them. */
export const DEFAULT_SETTINGS = {
  /** Backchannel marks names on pages at all. */
  enabled: true,
  /** Hostnames where the user paused Backchannel (`www.` stripped). */
  disabledSites: [] as string[],
  /** How long the pointer rests on a name before its card opens, in milliseconds. */
  hoverDelayMs: 350,
};

export type Settings = typeof DEFAULT_SETTINGS;

/** Bounds the options page and the validator share. */
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

export const settingsItem = localItem<Settings>('settings', DEFAULT_SETTINGS);

/** Reads the settings, repairing anything a hand-edit or an old version left malformed. */
export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Coerces stored data into valid settings, keeping what is valid. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const delay = Number(value.hoverDelayMs);
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(value.disabledSites)
      ? [
          ...new Set(
            value.disabledSites.filter((s): s is string => typeof s === 'string').map(siteKey),
          ),
        ]
          .filter(Boolean)
          .sort()
      : [],
    hoverDelayMs: Number.isFinite(delay)
      ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)))
      : DEFAULT_SETTINGS.hoverDelayMs,
  };
}

/** The key a site is paused under: its hostname, lowercased, without a leading `www.`. */
export function siteKey(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

/** The site key of a page URL; null for anything but http(s) pages. */
export function siteOfUrl(url: string | null | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return /^https?:$/.test(parsed.protocol) && parsed.hostname ? siteKey(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/**
 * The site key of what a user typed: a host name, or a web page's address with or without its
 * scheme; null when empty, when another kind of address (chrome://, about:blank, ftp://), or when
 * not a host name at all ("not a site"). The URL parser reads ports, paths and user names off it
 * and writes an international name as a page's URL has it.
 */
export function siteFromInput(text: string): string | null {
  const typed = text.trim();
  if (!typed) return null;
  // A scheme of its own ("ftp://", "about:"), but not "example.com:8080" or "localhost:3000".
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d+(?:[/?#]|$))/i.exec(typed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return null;
  let hostname: string;
  try {
    hostname = new URL(scheme ? typed : `http://${typed}`).hostname;
  } catch {
    return null;
  }
  // Chromium's parser takes "not a site" as the host "not%20a%20site": only labels of letters,
  // digits, hyphens (and underscores, which some hosts use) make a host name, or an IPv6 address.
  if (!HOST_NAME.test(hostname)) return null;
  return siteKey(hostname.replace(/\.$/, '')) || null;
}

const HOST_NAME = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+\.?$|^\[[0-9a-f:.]+\]$/i;

/** Whether Backchannel should mark names on a page of this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

/** Pauses or resumes Backchannel on one site. */
export function setSitePaused(hostname: string, paused: boolean): Promise<Settings> {
  const key = siteKey(hostname);
  return modifySettings((settings) => {
    const others = settings.disabledSites.filter((site) => site !== key);
    return { ...settings, disabledSites: paused ? [...others, key].sort() : others };
  });
}

/** Saves a partial change to the settings. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return modifySettings((settings) => ({ ...settings, ...change }));
}

/**
 * Read, change and write the settings as one step. Every writer (popup, options, background, in
 * any number of pages) goes through one Web Lock, so two pages pausing two sites at once keep both.
 */
function modifySettings(change: (settings: Settings) => Settings): Promise<Settings> {
  return withWebLock(LOCK_NAME, async () => {
    const next = sanitizeSettings(change(await getSettings()));
    await settingsItem.setValue(next);
    return next;
  });
}

const LOCK_NAME = 'backchannel-settings';

/** Calls back with fresh settings whenever they change; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value)));
}
