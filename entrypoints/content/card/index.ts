/** The hover card and the ways into it (pointer dwell, keyboard command); mounted lazily. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionChoice, PageOverrides } from '@/utils/page-overrides';
import type { MentionIndex } from '../mentions';

/** What the card needs from the frame's controller. */
export interface CardHost {
  /** The frame's current mentions (after the latest scan). */
  mentions(): MentionIndex;
  /** The page's date, for "role as of". */
  pageDate: string | null;
  /** Whether Backchannel is active on this page (no card when paused or off). */
  isActive(): boolean;
  /** Records a reader's correction for this page; the controller rescans. */
  correct(kind: keyof PageOverrides, choice: MentionChoice): Promise<void>;
}

/** The card's controls for the controller. */
export interface Card {
  /** Closes the card if open (page paused, mentions changed). */
  close(): void;
}

/** Starts listening for hovers and the keyboard command; everything is tied to `ctx`. */
export function startCard(_ctx: ContentScriptContext, _host: CardHost): Card {
  return { close() {} };
}
