/**
 * Whether this frame marks names. Pausing is per site, and the site is the tab's: the page the
 * reader opened, whose third-party frames (ads, embeds) must go quiet with it. The top frame knows
 * its own; other frames ask the background, which answers from the tab's URL.
 */
import { sendFromContent } from '@/utils/protocol/send';
import { siteOfUrl, type Settings } from '@/utils/settings';

/** The tab's site for this frame, asked for once (only when some site is paused). */
export class TabSite {
  private asked: Promise<string | null> | undefined;

  constructor(
    private readonly view: Window,
    private readonly send: typeof sendFromContent = sendFromContent,
  ) {}

  /** The site key of the tab's top-level page (the frame's own if it cannot be learned). */
  get(): Promise<string | null> {
    this.asked ??= this.learn();
    return this.asked;
  }

  private async learn(): Promise<string | null> {
    const own = siteOfUrl(this.view.location.href) ?? siteOfUrl(this.view.origin);
    if (this.view === this.view.top) return own;
    try {
      return (await this.send('content.tabSite', {})).site ?? own;
    } catch {
      return own; // the background is reloading: this frame's own URL is all we know
    }
  }
}

/** Whether Backchannel marks names in a tab showing `site` (null: not a web page we know). */
export function activeFor(settings: Settings, site: string | null): boolean {
  if (!settings.enabled) return false;
  return site === null || !settings.disabledSites.includes(site);
}

/** Whether deciding needs the tab's site at all (no site is paused, or everything is off). */
export function needsSite(settings: Settings): boolean {
  return settings.enabled && settings.disabledSites.length > 0;
}
