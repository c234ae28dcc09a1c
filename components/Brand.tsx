/** The product's name and icon, at the top of every Backchannel page. */
import { t } from '@/utils/i18n';

/** `heading`: the page's level-one heading is the product (popup, options, the panel's home). */
export function Brand({ subtitle, heading = false }: { subtitle?: string; heading?: boolean }) {
  const Title = heading ? 'h1' : 'div';
  return (
    <header class="brand">
      <img src="/icon/icon.svg" alt="" width={28} height={28} />
      <Title class="brand-title">
        <strong>{t('extName')}</strong>
        {subtitle && <small>{subtitle}</small>}
      </Title>
    </header>
  );
}
