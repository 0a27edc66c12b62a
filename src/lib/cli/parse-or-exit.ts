/**
 * Reads a command's flags with its parser. A bad flag prints the parser's Vietnamese message
 * (and the usage, when given) and exits with code 2, the code every trangxa command uses for it.
 */
export function parseOrExit<T>(parse: (argv: readonly string[]) => T, usage?: string): T {
  try {
    return parse(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    console.error(usage ? `${message}\n${usage}` : message);
    process.exit(2);
  }
}
