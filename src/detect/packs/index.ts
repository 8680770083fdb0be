/**
 * The built-in rule packs. Each pack is YAML text in its own module (data, not code: the pure
 * core reads no files, so the text ships as a string) and is parsed and checked by the same
 * zod schema as the owner's rules, once, at import — or, in the compiled build, once by
 * `npm run build` (parsed.ts).
 */
import { loadBuiltinPack, type Rule, type RulePack } from '../rules/schema.js';
import { PARSED_LITERALS, PARSED_PACKS, PARSED_REACH, PARSED_SPANS } from './parsed.js';
import { seedKeywordSpans, seedMatchReach, seedRequiredLiterals } from '../rules/regex.js';

/**
 * The packs' YAML texts, in pack order. Imported only when asked for: the compiled build starts
 * from the packs it parsed (parsed.ts), and compiling the ~2 MB of text modules cost its start
 * about 0.1 s for nothing.
 */
export async function builtinPackTexts(): Promise<readonly string[]> {
  const [core, secrets, pii, internal, claims, tone, placeholders] = await Promise.all([
    import('./core.js'), import('./secrets.js'), import('./pii.js'), import('./internal.js'),
    import('./claims.js'), import('./tone.js'), import('./placeholders.js'),
  ]);
  return [core.CORE_PACK, secrets.SECRETS_PACK, pii.PII_PACK, internal.INTERNAL_PACK, claims.CLAIMS_PACK, tone.TONE_PACK, placeholders.PLACEHOLDERS_PACK];
}

/** Parsed at import, or already parsed by `npm run build` (parsed.ts). */
export const BUILTIN_PACKS: readonly RulePack[] = PARSED_PACKS ?? (await builtinPackTexts()).map(loadBuiltinPack);

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
