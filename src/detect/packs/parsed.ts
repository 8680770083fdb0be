/**
 * The built-in packs already parsed, or null. From the sources this is null and packs/index.ts
 * parses the YAML at import (about 0.4 s for today's packs). `npm run build` replaces the compiled
 * copy of this module (dist/detect/packs/parsed.js) with one that loads the packs the build
 * parsed (and the patterns' required literals, reach and keyword spans, rules/regex.ts, under
 * their `memoKey`) from dist/detect/packs/parsed.json, so the compiled CLI and services start
 * without a YAML parser run or a read of every pattern; a unit test checks the packs survive
 * that JSON round trip unchanged.
 */
import type { RulePack } from '../rules/schema.js';
import type { StoredReach, StoredSpan } from '../rules/regex.js';
import type { Prefilter } from '../rules/compile.js';

export const PARSED_PACKS: readonly RulePack[] | null = null;

/** requiredLiterals' answers for the shipped policy's patterns (rules/regex.ts), or null. */
export const PARSED_LITERALS: ReadonlyArray<readonly [string, string[] | null]> | null = null;

/** matchReach's answers for the shipped policy's patterns (rules/regex.ts), or null. */
export const PARSED_REACH: ReadonlyArray<readonly [string, StoredReach]> | null = null;

/** keywordSpan's answers for the shipped policy's patterns (rules/regex.ts), or null. */
export const PARSED_SPANS: ReadonlyArray<readonly [string, StoredSpan | null]> | null = null;

/** compile.ts `prefilterOf`'s answers for the shipped policy's patterns, or null. */
export const PARSED_PREFILTERS: ReadonlyArray<readonly [string, Prefilter]> | null = null;

/** compile.ts `clausesOf`'s answers for the shipped policy's patterns, or null. */
export const PARSED_CLAUSES: ReadonlyArray<readonly [string, string[][][] | null]> | null = null;
