/**
 * The catalogue's names view: what a page that only names figures needs (id, display name, side,
 * native names, aliases), without bios, roles or sources. figure-names.ts exports it; the build
 * writes it packed (scripts/lib/content-catalogue-plugin.ts).
 */
import { packFields, packedModule, unpackFields } from './packed-figures';
import type { Figure } from './types';

/** The fields of the names view, in their packed order. */
const NAME_FIELDS = ['id', 'name', 'side', 'nativeNames', 'aliases'] as const;

/** A figure as the names view has it. */
export type FigureNames = Pick<Figure, (typeof NAME_FIELDS)[number]>;

/** The names view of one figure. */
export function namesView(figure: Figure): FigureNames {
  return unpackFields(packFields(figure, NAME_FIELDS), NAME_FIELDS) as unknown as FigureNames;
}

/** The names back from their packed form (the build's figure-names module runs this once). */
export function unpackNames(packed: readonly (readonly unknown[])[]): FigureNames[] {
  return packed.map((row) => unpackFields(row, NAME_FIELDS) as unknown as FigureNames);
}

/** Source of a module exporting `name` as the names view of `figures`, packed. */
export function namesViewModule(name: string, figures: readonly Figure[]): string {
  return packedModule(
    name,
    'unpackNames',
    '@/utils/detect/names-view',
    figures.map((figure) => packFields(figure, NAME_FIELDS)),
  );
}
