/**
 * The figure's roles as a small timeline: one bar per role from its start to its end (or today).
 * The bars are SVG stretched to the panel's width at a fixed height (a viewBox scaled as a whole
 * made its year labels four times their size in a wide panel); the first and last years are HTML
 * text under it. The role list it describes is its text equivalent (`describedBy`).
 */
import type { Role } from '@/utils/detect/types';
import { t } from '@/utils/i18n';
import { roleYears } from './role-text';

const WIDTH = 300;
/** One bar's row, in CSS pixels (the SVG's height is drawn 1:1). */
const ROW = 14;

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
  const height = sorted.length * ROW;
  // The axis ends where the last year covered ends: that year is the one to name.
  const last = Math.max(to - 1, from);
  return (
    <>
      <svg
        class="timeline"
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="none"
        style={{ height: `${height}px` }}
        role="img"
        aria-label={
          last === from
            ? t('panel_rolesTimeline_labelOneYear', from)
            : t('panel_rolesTimeline_label', from, last)
        }
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
            />
          </g>
        ))}
      </svg>
      <div class="timeline-years" aria-hidden="true">
        <span>{from}</span>
        {last !== from && <span>{last}</span>}
      </div>
    </>
  );
}
