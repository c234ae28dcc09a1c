/** Figures named in the same stored articles, most shared first; each opens its own view. */
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { nameOf } from '@/components/figure-name';
import { figureHref } from '@/components/panel-route';
import { formatNumber, t } from '@/utils/i18n';
import type { SectionProps } from './sections';

export function AppearsWithSection({ figure }: SectionProps) {
  const company = useStore((client) => client.coMentioned(figure.id), [figure.id]);
  if (!company.error && !company.value?.length) return null;
  return (
    <section aria-labelledby="company-heading">
      <h2 id="company-heading">{t('panel_appearsWith_heading')}</h2>
      <ErrorNote error={company.error} />
      <ul class="plain">
        {company.value?.map(({ figureId, name, count }) => (
          <li key={figureId} class="row">
            <a href={figureHref(figureId)}>{nameOf(figureId, name)}</a>
            <span class="count">{formatNumber(count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
