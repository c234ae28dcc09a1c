/**
 * The figure's role at the followed page's date beside the role held now, when they differ:
 * "At the page's date: Special Representative for North Korea (2021–2023) · now: no public role listed".
 */
import { roleAt } from '@/utils/detect/catalogue';
import { formatDate, t } from '@/utils/i18n';
import { useFollowedTab } from '../followed-tab';
import { roleWithYears } from './role-text';
import type { SectionProps } from './sections';

export function RoleThenNowSection({ figure }: SectionProps) {
  const pageDate = useFollowedTab().summary?.date;
  if (!pageDate) return null;
  const then = roleAt(figure, pageDate);
  const now = figure.currentRole ?? roleAt(figure);
  if ((then?.title ?? null) === (now?.title ?? null) && then?.start === now?.start) return null;
  return (
    <section aria-labelledby="then-now-heading" class="then-now">
      <h2 id="then-now-heading">{t('panel_thenNow_heading')}</h2>
      <p>
        <span class="meta">{t('panel_then_label', formatDate(pageDate))}</span>{' '}
        <strong data-role="then">{roleWithYears(then)}</strong>
        <span class="meta"> · {t('panel_now_label')}</span>{' '}
        <span data-role="now">{roleWithYears(now)}</span>
      </p>
    </section>
  );
}
