/**
 * Mentions per period as a small bar chart, drawn as SVG elements (no HTML strings). The table
 * beside it is its text equivalent; clicking a bar does what the table's button for it does.
 */
import { formatNumber, t } from '@/utils/i18n';

export interface CoveragePoint {
  period: string;
  count: number;
}

export function CoverageChart(props: {
  points: CoveragePoint[];
  label: string;
  describedBy: string;
  /** The bar's label on the axis (a year as is, a month's short name). */
  tick?: (period: string) => string;
  selected?: string | null;
  onPick?: (period: string) => void;
}) {
  const { points, label, describedBy, tick = (p) => p, selected, onPick } = props;
  const max = Math.max(1, ...points.map((p) => p.count));
  const width = 300;
  const barWidth = width / Math.max(points.length, 1);
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} 90`}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
    >
      {points.map((point, index) => {
        const height = (point.count / max) * 70;
        return (
          <g
            key={point.period}
            class={point.period === selected ? 'selected' : undefined}
            onClick={onPick ? () => onPick(point.period) : undefined}
          >
            <title>
              {t('panel_coverageBar_label', tick(point.period), formatNumber(point.count))}
            </title>
            {/* The whole column takes the click, so short bars are easy to hit. */}
            <rect class="hit" x={index * barWidth} y={0} width={barWidth} height={76} />
            <rect
              x={index * barWidth + 1}
              y={75 - height}
              width={Math.max(barWidth - 2, 1)}
              height={height}
            />
            {(index === 0 || index === points.length - 1 || points.length <= 12) && (
              <text x={index * barWidth + barWidth / 2} y={87} text-anchor="middle">
                {tick(point.period)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
