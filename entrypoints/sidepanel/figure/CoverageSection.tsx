/**
 * How often stored articles name the figure, per year; choosing a year (a bar, or its button in
 * the table) shows that year by month. Each chart has a table as its text equivalent.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorNote } from '@/components/ErrorNote';
import { useStore } from '@/components/hooks/use-store';
import { formatMonthShort, formatNumber, t } from '@/utils/i18n';
import { CoverageChart, type CoveragePoint } from './CoverageChart';
import type { SectionProps } from './sections';

/** Every month of `year`, with zero where the store has none. */
function monthsOf(year: string, buckets: CoveragePoint[]): CoveragePoint[] {
  return Array.from({ length: 12 }, (_, i) => {
    const period = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { period, count: buckets.find((b) => b.period === period)?.count ?? 0 };
  });
}

/** A chart's text equivalent: one row per period with its article count. */
function CoverageTable(props: {
  id: string;
  label: string;
  periodHeader: string;
  points: CoveragePoint[];
  period: (point: CoveragePoint) => ComponentChildren;
}) {
  return (
    <table id={props.id} class="coverage-table">
      <caption class="sr">{props.label}</caption>
      <thead>
        <tr>
          <th scope="col">{props.periodHeader}</th>
          <th scope="col">{t('panel_coverageArticles_column')}</th>
        </tr>
      </thead>
      <tbody>
        {props.points.map((point) => (
          <tr key={point.period}>
            <th scope="row">{props.period(point)}</th>
            <td>{formatNumber(point.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MonthsOfYear({ figureId, year }: { figureId: string; year: string }) {
  const months = useStore((client) => client.coverage(figureId, 'month'), [figureId]);
  if (months.error) return <ErrorNote error={months.error} />;
  if (!months.value) return <p class="meta">{t('common_loading')}</p>;
  const points = monthsOf(year, months.value);
  return (
    <div class="months">
      <h3 id="coverage-months-heading">{t('panel_coverageMonths_heading', year)}</h3>
      <CoverageChart
        points={points}
        label={t('panel_coverageMonths_label', year)}
        describedBy="coverage-months-table"
        tick={formatMonthShort}
      />
      <CoverageTable
        id="coverage-months-table"
        label={t('panel_coverageMonths_label', year)}
        periodHeader={t('panel_coverageMonth_column')}
        points={points}
        period={(point) => formatMonthShort(point.period)}
      />
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
      {!coverage.value && !coverage.error && <p class="meta">{t('common_loading')}</p>}
      {coverage.value && (
        <>
          <CoverageChart
            points={coverage.value}
            label={t('panel_coverageYears_label')}
            describedBy="coverage-years-table"
            selected={year}
            onPick={pick}
          />
          <p class="meta">{t('panel_coverage_hint')}</p>
          <CoverageTable
            id="coverage-years-table"
            label={t('panel_coverageYears_label')}
            periodHeader={t('panel_coverageYear_column')}
            points={coverage.value}
            period={(point) => (
              <button
                type="button"
                class="link"
                aria-expanded={year === point.period}
                aria-label={t('panel_coverageYear_button', point.period)}
                onClick={() => pick(point.period)}
              >
                {point.period}
              </button>
            )}
          />
          {year && <MonthsOfYear figureId={figure.id} year={year} />}
        </>
      )}
    </section>
  );
}
