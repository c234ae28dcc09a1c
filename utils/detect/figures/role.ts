/** Tiny constructor for dated roles, so the figure tables stay readable. */
import type { Role, RoleKind } from '../types';

/** A role held from `start` until `end` (omit `end` while it is held). */
export function role(title: string, kind: RoleKind, start: string, end?: string): Role {
  return end === undefined ? { title, start, kind } : { title, start, end, kind };
}
