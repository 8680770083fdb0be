/**
 * The built-in rule packs. Each pack is YAML text in its own module (data, not code: the pure
 * core reads no files, so the text ships as a string) and is parsed and checked by the same
 * zod schema as the owner's rules, once, at import — or, in the compiled build, once by
 * `npm run build` (parsed.ts).
 */
import { loadBuiltinPack, type Rule, type RulePack } from '../rules/schema.js';
import { TONE_PACK } from './tone.js';
import { INTERNAL_PACK } from './internal.js';
import { CLAIMS_PACK } from './claims.js';
import { SECRETS_PACK } from './secrets.js';
import { PII_PACK } from './pii.js';
import { PLACEHOLDERS_PACK } from './placeholders.js';
import { CORE_PACK } from './core.js';
import { PARSED_LITERALS, PARSED_PACKS, PARSED_REACH, PARSED_SPANS } from './parsed.js';
import { seedKeywordSpans, seedMatchReach, seedRequiredLiterals } from '../rules/regex.js';

export const BUILTIN_PACK_TEXTS: readonly string[] = [
  CORE_PACK, SECRETS_PACK, PII_PACK, INTERNAL_PACK, CLAIMS_PACK, TONE_PACK, PLACEHOLDERS_PACK,
];

/** Parsed at import, or already parsed by `npm run build` (parsed.ts). */
export const BUILTIN_PACKS: readonly RulePack[] = PARSED_PACKS ?? BUILTIN_PACK_TEXTS.map(loadBuiltinPack);

if (PARSED_LITERALS !== null) seedRequiredLiterals(PARSED_LITERALS);
if (PARSED_REACH !== null) seedMatchReach(PARSED_REACH);
if (PARSED_SPANS !== null) seedKeywordSpans(PARSED_SPANS);

export const BUILTIN_RULES: readonly Rule[] = BUILTIN_PACKS.flatMap((p) => p.rules);

export const BUILTIN_RULE_IDS: ReadonlySet<string> = new Set(BUILTIN_RULES.map((r) => r.id));

{
  const seen = new Set<string>();
  for (const r of BUILTIN_RULES) {
    if (seen.has(r.id)) throw new Error(`duplicate built-in rule id ${r.id}`);
    seen.add(r.id);
  }
}
