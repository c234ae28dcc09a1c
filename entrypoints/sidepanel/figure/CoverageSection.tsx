/**
 * How often stored articles name the figure, per year; choosing a year (a bar, or its button in
 * the table) shows that year by month. Each chart has a table as its text equivalent.
 */
import { useState } from 'preact/hooks';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { t } from '@/utils/i18n';
import { formatMonthShort, formatNumber } from '../format';
import { CoverageChart, type CoveragePoint } from './CoverageChart';
import type { SectionProps } from './sections';

/** Every month of `year`, with zero where the store has none. */
function monthsOf(year: string, buckets: CoveragePoint[]): CoveragePoint[] {
  return Array.from({ length: 12 }, (_, i) => {
    const period = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { period, count: buckets.find((b) => b.period === period)?.count ?? 0 };
  });
}

function MonthsOfYear({ figureId, year }: { figureId: string; year: string }) {
  const months = useStore((client) => client.coverage(figureId, 'month'), [figureId]);
  if (months.error) return <ErrorNote error={months.error} />;
  if (!months.value) return <p class="meta">{t('panel_loading')}</p>;
  const points = monthsOf(year, months.value);
  return (
    <div class="months">
      <h3 id="coverage-months-heading">{t('panel_coverage_months_heading', year)}</h3>
      <CoverageChart
        points={points}
        label={t('panel_coverage_months_label', year)}
        describedBy="coverage-months-table"
        tick={formatMonthShort}
      />
      <table id="coverage-months-table" class="coverage-table">
        <caption class="sr">{t('panel_coverage_months_label', year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('panel_coverage_month')}</th>
            <th scope="col">{t('panel_coverage_articles')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.period}>
              <th scope="row">{formatMonthShort(point.period)}</th>
              <td>{formatNumber(point.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CoverageSection({ figure }: SectionProps) {
  const coverage = useStore((client) => client.coverage(figure.id, 'year'), [figure.id]);
  const [year, setYear] = useState<string | null>(null);
  const pick = (period: string) => setYear((open) => (open === period ? null : period));
  if (!coverage.error && coverage.value?.length === 0) return null;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('panel_coverage_heading')}</h2>
      <ErrorNote error={coverage.error} />
      {!coverage.value && !coverage.error && <p class="meta">{t('panel_loading')}</p>}
      {coverage.value && (
        <>
          <CoverageChart
            points={coverage.value}
            label={t('panel_coverage_years_label')}
            describedBy="coverage-years-table"
            selected={year}
            onPick={pick}
          />
          <p class="meta">{t('panel_coverage_hint')}</p>
          <table id="coverage-years-table" class="coverage-table">
            <caption class="sr">{t('panel_coverage_years_label')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panel_coverage_year')}</th>
                <th scope="col">{t('panel_coverage_articles')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.value.map((point) => (
                <tr key={point.period}>
                  <th scope="row">
                    <button
                      type="button"
                      class="link"
                      aria-expanded={year === point.period}
                      aria-label={t('panel_coverage_year_button', point.period)}
                      onClick={() => pick(point.period)}
                    >
                      {point.period}
                    </button>
                  </th>
                  <td>{formatNumber(point.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {year && <MonthsOfYear figureId={figure.id} year={year} />}
        </>
      )}
    </section>
  );
}
