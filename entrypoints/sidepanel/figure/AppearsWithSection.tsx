/** Figures named in the same stored articles, most shared first, as chips that open their own view. */
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { nameOf } from '@/components/figure-name';
import { figureHref } from '@/components/panel-route';
import { formatNumber, t } from '@/utils/i18n';
import type { SectionProps } from './sections';

export function AppearsWithSection({ figure }: SectionProps) {
  const company = useStore((client) => client.coMentioned(figure.id), [figure.id]);
  if (!company.error && company.value?.length === 0) return null;
  return (
    <section aria-labelledby="company-heading">
      <h2 id="company-heading">{t('panel_appearsWith_heading')}</h2>
      <ErrorNote error={company.error} />
      {!company.value && !company.error && <p class="meta">{t('common_loading')}</p>}
      <ul class="chips" aria-labelledby="company-heading">
        {company.value?.map(({ figureId, name, count }) => (
          // The link's name starts with what it shows (WCAG 2.5.3); the count beside it is in that name.
          <li key={figureId} class="chip">
            <a
              href={figureHref(figureId)}
              aria-label={t('panel_appearsWith_chip', nameOf(figureId, name), formatNumber(count))}
            >
              {nameOf(figureId, name)}
            </a>{' '}
            <span class="chip-count" aria-hidden="true">
              {formatNumber(count)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
