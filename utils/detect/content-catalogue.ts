/**
 * The catalogue as the content script needs it: names, written forms, sides and dated role kinds
 * for detection and resolution, without bios, role titles, sources or check dates (the card asks
 * the background for those, the "Which one?" chooser too). The content build swaps each
 * figures/*.ts module for this view at build time (scripts/lib/content-catalogue-plugin.ts), so
 * the reader's pages carry a smaller script: each figure is written as one positional array
 * (`PackedFigure`), which gzips smaller than repeated keys, and unpacked once when the script starts.
 */
import type { Figure, Role } from './types';

/** The figure without what only the extension pages show: bio, role titles and sources, check dates. */
export function contentFigure(figure: Figure): Figure {
  const { bio: _bio, checked: _checked, nativeChecked: _nativeChecked, roles, ...kept } = figure;
  return { ...kept, bio: '', roles: roles.map(contentRole) };
}

function contentRole({ kind, start, end }: Role): Role {
  const role: Role = { title: '', start };
  if (end !== undefined) role.end = end;
  if (kind !== undefined) role.kind = kind;
  return role;
}

/** A figure's fields in a fixed order; 0 stands for a field the figure does not have. */
const FIELDS = [
  'id',
  'name',
  'side',
  'nativeNames',
  'aliases',
  'surnames',
  'givenNames',
  'died',
  'gender',
] as const;

type PackedRole = [start: string, end: string | 0, kind: string | 0];
type PackedFigure = [...fields: unknown[], roles: PackedRole[]];

function pack(figure: Figure): PackedFigure {
  const view = contentFigure(figure);
  return [
    ...FIELDS.map((field) => view[field] ?? 0),
    view.roles.map((r): PackedRole => [r.start, r.end ?? 0, r.kind ?? 0]),
  ];
}

/** The figures back from their packed form (the content build runs this once per module). */
export function unpackFigures(packed: readonly PackedFigure[]): Figure[] {
  return packed.map((row) => {
    const figure: Record<string, unknown> = { bio: '' };
    FIELDS.forEach((field, i) => {
      if (row[i] !== 0) figure[field] = row[i];
    });
    figure.roles = (row[FIELDS.length] as PackedRole[]).map(([start, end, kind]) => {
      const role: Record<string, string> = { title: '', start };
      if (end !== 0) role.end = end;
      if (kind !== 0) role.kind = kind;
      return role;
    });
    return figure as unknown as Figure;
  });
}

/** Source of a module exporting `name` as the content view of `figures`. */
export function contentFiguresModule(name: string, figures: readonly Figure[]): string {
  // JSON.parse of a string literal parses faster than the same object literal.
  const json = JSON.stringify(figures.map(pack));
  return (
    `import { unpackFigures } from '@/utils/detect/content-catalogue';\n` +
    `export const ${name} = unpackFigures(JSON.parse(${JSON.stringify(json)}));\n`
  );
}
