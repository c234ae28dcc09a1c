/**
 * The figure's roles as a small timeline: one bar per role from its start to its end (or today).
 * Drawn as SVG elements; the role list it describes is its text equivalent (`describedBy`).
 */
import type { Role } from '@/utils/detect/types';
import { t } from '@/utils/i18n';
import { roleYears } from './role-text';

const WIDTH = 300;
const ROW = 14;
const AXIS = 14;

/** `YYYY-MM` as a fractional year (2021.5 for July 2021). */
function yearOf(month: string): number {
  const [year, mon] = month.split('-').map(Number);
  return (year ?? 0) + ((mon ?? 1) - 1) / 12;
}

export function RoleTimeline({ roles, describedBy }: { roles: Role[]; describedBy: string }) {
  if (roles.length === 0) return null;
  const today = new Date().toISOString().slice(0, 7);
  const sorted = [...roles].sort((a, b) => a.start.localeCompare(b.start));
  const from = Math.floor(yearOf(sorted[0]!.start));
  const to = Math.ceil(Math.max(...sorted.map((r) => yearOf(r.end ?? today))) + 1 / 12);
  const x = (month: string) => ((yearOf(month) - from) / Math.max(to - from, 1)) * WIDTH;
  const height = sorted.length * ROW + AXIS;
  return (
    <svg
      class="timeline"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('panel_rolesTimeline_label', from, to)}
      aria-describedby={describedBy}
    >
      {sorted.map((role, index) => (
        <g key={role.title + role.start}>
          <title>{`${role.title} (${roleYears(role)})`}</title>
          <rect
            class={role.end ? 'past' : 'current'}
            x={x(role.start)}
            y={index * ROW + 2}
            width={Math.max(x(role.end ?? today) - x(role.start), 2)}
            height={ROW - 4}
            rx={2}
          />
        </g>
      ))}
      <text x={0} y={height - 2}>
        {from}
      </text>
      <text x={WIDTH} y={height - 2} text-anchor="end">
        {to}
      </text>
    </svg>
  );
}
