/**
 * The in-page drawer's view: a dialog named after the figure, a close button, and the side
 * panel's own figure view in an extension-origin frame (the page cannot read into it).
 */
import type { RefObject } from 'preact';
import { t } from '@/utils/i18n';

export interface DrawerProps {
  name: string;
  /** The side panel page with the figure's view (`sidepanel.html#/figure/<id>`), extension origin. */
  src: string;
  close(): void;
  closeRef: RefObject<HTMLButtonElement | null>;
  frameRef: RefObject<HTMLIFrameElement | null>;
}

const focusOf = (ref: RefObject<HTMLElement | null>) => ref.current?.focus();

export function DrawerView({ name, src, close, closeRef, frameRef }: DrawerProps) {
  return (
    <div class="drawer" role="dialog" aria-modal="true" aria-label={name}>
      {/* Focus guards: Shift+Tab before the first stop wraps to the frame, Tab after the frame to Close. */}
      <span class="guard" tabIndex={0} onFocus={() => focusOf(frameRef)} />
      <div class="head">
        <strong class="name">{name}</strong>
        <button type="button" ref={closeRef} onClick={close}>
          {t('drawer_close')}
        </button>
      </div>
      <iframe ref={frameRef} src={src} title={t('drawer_frame_title', name)} />
      <span class="guard" tabIndex={0} onFocus={() => focusOf(closeRef)} />
    </div>
  );
}
