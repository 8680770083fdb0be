/**
 * The process environment, read here and nowhere else (DESIGN: config.ts is the one reader of
 * process.env). Parsing it into a typed config is config-schema.ts's, which loads zod: commands
 * that only need a variable or two — `--help`, `scan`, `rules` — import this module and start
 * without the schema library (issue 16: about 90 modules of a 125-module `--help`).
 */
export type { Config } from './config-schema.js';

export function readEnv(): Record<string, string | undefined> {
  return { ...process.env };
}
