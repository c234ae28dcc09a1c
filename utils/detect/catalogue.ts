/** The figure catalogue: every figure of figures.tsv with its fixed id, roles, bio and written forms. */
import { DPRK_FIGURES } from './figures/dprk';
import { OTHER_FIGURES } from './figures/others';
import { ROK_FIGURES } from './figures/rok';
import { US_FIGURES } from './figures/us';
import { roleHeldOn } from './role-dates';
import type { Figure, Role } from './types';

/** All built-in figures, in the order of figures.tsv. */
export const FIGURES: readonly Figure[] = [
  ...DPRK_FIGURES,
  ...ROK_FIGURES,
  ...US_FIGURES,
  ...OTHER_FIGURES,
];

const byId = new Map(FIGURES.map((figure) => [figure.id, figure]));

/** The built-in figure with this id, if any. */
export function getFigure(id: string): Figure | undefined {
  return byId.get(id);
}

/** The role `figure` held on `date` (default: today); the latest-starting one if several. */
export function roleAt(figure: Pick<Figure, 'roles'>, date?: string | null): Role | undefined {
  const day = date ?? new Date().toISOString().slice(0, 10);
  let best: Role | undefined;
  for (const role of figure.roles) {
    if (roleHeldOn(role, day) && (best === undefined || role.start >= best.start)) best = role;
  }
  return best;
}
