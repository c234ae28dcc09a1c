/** Tiny constructors for dated roles and their sources, so the figure tables stay readable. */
import type { Role, RoleKind, SourceRef } from '../types';

/** A role held from `start` until `end` (omit `end` while it is held). */
export function role(title: string, kind: RoleKind, start: string, end?: string): Role {
  return end === undefined ? { title, start, kind } : { title, start, end, kind };
}

/** The same role, with the public reporting it rests on. */
export function cited(held: Role, ...sources: SourceRef[]): Role {
  return { ...held, sources };
}

/** One source: outlet, title, publication date and URL. */
export function src(outlet: string, title: string, date: string, url: string): SourceRef {
  return { outlet, title, date, url };
}
