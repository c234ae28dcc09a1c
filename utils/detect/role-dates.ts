/** Date logic for roles: which office a figure held on a document's date. */
import type { Figure, Role, RoleKind } from './types';

/** Compares an ISO prefix date `a` with `b` cut to the same precision ("2021" vs "2021-08-23" → 0). */
function compareDate(a: string, b: string): number {
  const cut = b.length > a.length ? b.slice(0, a.length) : b;
  return a < cut ? -1 : a > cut ? 1 : 0; // ISO dates order as plain strings; localeCompare is far slower
}

/** Whether `role` was held on `date` (ISO prefix comparison: a role ending "2021" covers all of 2021). */
export function roleHeldOn(role: Role, date: string): boolean {
  return (
    compareDate(role.start, date) <= 0 &&
    (role.end === undefined || compareDate(role.end, date) >= 0)
  );
}

/** Whether `role` had ended by `date`. */
export function roleEndedBy(role: Role, date: string): boolean {
  return role.end !== undefined && compareDate(role.end, date) <= 0;
}

/** Whether `role` had begun by `date`. */
export function roleBegunBy(role: Role, date: string): boolean {
  return compareDate(role.start, date) <= 0;
}

/** Roles of `figure` of one of `kinds` (all roles when `kinds` is null). */
export function rolesOfKind(figure: Figure, kinds: readonly RoleKind[] | null): Role[] {
  return kinds === null
    ? figure.roles
    : figure.roles.filter((r) => r.kind !== undefined && kinds.includes(r.kind));
}

/** Whether the figure died more than a year before `date` (an obituary's days are not "long"). */
export function deadLongBefore(figure: Figure, date: string): boolean {
  if (figure.died === undefined) return false;
  const year = Number(date.slice(0, 4)) - 1;
  if (!Number.isFinite(year)) return false;
  return compareDate(figure.died, String(year).padStart(4, '0') + date.slice(4)) < 0;
}
