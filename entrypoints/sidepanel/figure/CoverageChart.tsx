/** Mentions per period as a small bar chart, drawn as SVG elements (no HTML strings). */
import { formatNumber, t } from '@/utils/i18n';

export interface CoveragePoint {
  period: string;
  count: number;
}

export function CoverageChart({ points }: { points: CoveragePoint[] }) {
  const max = Math.max(1, ...points.map((p) => p.count));
  const width = 300;
  const barWidth = width / Math.max(points.length, 1);
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} 90`}
      role="img"
      aria-label={t('panel_coverage_chart')}
    >
      {points.map((point, index) => {
        const height = (point.count / max) * 70;
        return (
          <g key={point.period}>
            <title>{`${point.period}: ${formatNumber(point.count)}`}</title>
            <rect
              x={index * barWidth + 1}
              y={75 - height}
              width={Math.max(barWidth - 2, 1)}
              height={height}
            />
            {(index === 0 || index === points.length - 1) && (
              <text x={index * barWidth} y={87}>
                {point.period}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
