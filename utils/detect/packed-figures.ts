/**
 * Figures written as positional arrays, for the catalogue's build-time views (the content
 * script's, content-catalogue.ts; the pages' names, figure-names.ts): one array per figure gzips
 * and parses smaller than repeated keys, and is unpacked once when the script starts.
 */

/** `record`'s `fields` in order; 0 stands for a field it does not have. */
export function packFields(record: object, fields: readonly string[]): unknown[] {
  return fields.map((field) => (record as Record<string, unknown>)[field] ?? 0);
}

/** Sets on `into` each of `fields` that `row` (from packFields) has, and returns it. */
export function unpackFields(
  row: readonly unknown[],
  fields: readonly string[],
  into: Record<string, unknown> = {},
): Record<string, unknown> {
  fields.forEach((field, i) => {
    if (row[i] !== 0) into[field] = row[i];
  });
  return into;
}

/** Source of a module exporting `name` as `unpack(rows)`, `unpack` imported from `from`. */
export function packedModule(name: string, unpack: string, from: string, rows: unknown[]): string {
  // JSON.parse of a string literal parses faster than the same object literal.
  const json = JSON.stringify(rows);
  return (
    `import { ${unpack} } from '${from}';\n` +
    `export const ${name} = ${unpack}(JSON.parse(${JSON.stringify(json)}));\n`
  );
}
