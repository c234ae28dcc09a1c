/** What the project's command-line scripts share: usage errors and how they end. */

/** A mistake in the command line (an empty message means --help). */
export class UsageError extends Error {}

/**
 * Parses the arguments; on a UsageError prints the message and the usage to stderr and returns
 * the exit code (2 for a mistake, 0 for --help) instead of the arguments.
 */
export function parseOrExit<A>(
  name: string,
  usage: string,
  parse: (argv: string[]) => A,
  argv = process.argv.slice(2),
): { args: A } | { exit: number } {
  try {
    return { args: parse(argv) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) process.stderr.write(`${name}: ${error.message}\n`);
    process.stderr.write(`${usage}\n`);
    return { exit: error.message ? 2 : 0 };
  }
}
