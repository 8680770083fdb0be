/**
 * The process environment, read here and nowhere else. Kept apart from config.ts (which parses it
 * with zod) so that commands which only need a variable or two — `--help`, `scan`, `rules` — start
 * without loading the schema library (issue 16: about 90 modules of a 125-module `--help`).
 */
export function readEnv(): Record<string, string | undefined> {
  return { ...process.env };
}
