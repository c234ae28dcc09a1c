/** How often stored articles name the figure, per year. */
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { t } from '@/utils/i18n';
import { CoverageChart } from './CoverageChart';
import type { SectionProps } from './sections';

export function CoverageSection({ figure }: SectionProps) {
  const coverage = useStore((client) => client.coverage(figure.id, 'year'), [figure.id]);
  if (!coverage.error && !coverage.value?.length) return null;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('panel_coverage_heading')}</h2>
      <ErrorNote error={coverage.error} />
      {coverage.value && <CoverageChart points={coverage.value} />}
    </section>
  );
}
