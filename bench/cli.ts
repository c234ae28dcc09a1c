/** What the bench scripts run on their own share: their command-line options, and a median. */

/** The value after `name` on the command line (`--rounds 15`), or `fallback` when it is not there. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** The middle value (the upper one of an even count), 0 for none. */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
}
