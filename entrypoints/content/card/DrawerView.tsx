/**
 * The in-page drawer's view: a dialog named after the figure, a close button, and the side
 * panel's own figure view in an extension-origin frame (the page cannot read into it).
 */
import type { Ref } from 'preact';
import { t } from '@/utils/i18n';

export interface DrawerProps {
  name: string;
  /** The side panel page with the figure's view (`sidepanel.html#/figure/<id>`), extension origin. */
  src: string;
  close(): void;
  closeRef: Ref<HTMLButtonElement>;
  frameRef: Ref<HTMLIFrameElement>;
}

export function DrawerView({ name, src, close, closeRef, frameRef }: DrawerProps) {
  return (
    <div class="drawer" role="dialog" aria-modal="true" aria-label={name}>
      <div class="head">
        <strong class="name">{name}</strong>
        <button type="button" ref={closeRef} onClick={close}>
          {t('drawer_close')}
        </button>
      </div>
      <iframe ref={frameRef} src={src} title={t('drawer_frame_title', name)} />
    </div>
  );
}
