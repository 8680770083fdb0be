import { foldText } from '../normalize.js';

/**
 * Shapes more than one pack's rules except on, written once (interpolated into the packs' YAML; no
 * quotes inside, so they sit in single-quoted YAML as they are).
 */

/**
 * Where a sentence opens, looked behind for: the field's start, a stop and a space or three, or a
 * new line. The stop stays out of the match, so a rule that asks the sentence model to agree
 * (`corroborate`) is read at the hit's own sentence, not the one before it (fiftieth session).
 */
export const SENTENCE_OPENS = String.raw`(?<=^|[.!?]\s{1,3}|\n)`;

/** Reassurance stressed in capitals: "the contract does NOT renew automatically" (tone.shouted-words, tone.caps-emphasis). */
export const NOT_RENEWED_STRESSED = String.raw`\b(?:does|do|will|is|are) not (?:renew|charge|bill|auto-?renew|convert|roll over|extend)(?: (?:automatically|you|anything))?\b`;

/** Owner tags of a shared checklist: "[ ] [YOU] Confirm the price list", "[US]", "[BOTH]" (placeholder.bracket-words, placeholder.caps-field). */
export const OWNER_TAG = String.raw`\[(?:you|us|both|me|we|them)\](?=[ \t]+\p{L})`;

/** A document's status after its name: "Post-incident report - case IR-2024-0452 (final)"; a "v3 (final)" is a version label and stays out. */
export const DOCUMENT_STATUS = String.raw`\b(?:report|case|minutes|summary|statement|results|review|assessment|audit)\b(?:(?!\bv\d)[^()\n]){0,40}\((?:final|updated|revised|signed|approved|redacted)\)`;

/**
 * Words of a script with Latin look-alikes (Cyrillic, Greek) as the scan's lower-cased text holds
 * them, however they were capitalised: normalize.ts folds look-alikes before lower-casing, so
 * "ЗАМІНИТИ" reads "зamihиtи" and "замінити" reads "зaмiнити". `regex` matches every spelling (a
 * class per letter whose forms differ); `keywords` lists the lower-case, capitalised and
 * upper-case spellings for the keyword automaton.
 */
export function anyCase(words: readonly string[]): { regex: string; keywords: string[] } {
  const forms = (w: string): string[] => [w.toLowerCase(), w[0]!.toUpperCase() + w.slice(1).toLowerCase(), w.toUpperCase()].map((x) => foldText(x).lower);
  const keywords = new Set<string>();
  const alternatives = words.map((w) => {
    const [lower, capital, upper] = forms(w) as [string, string, string];
    for (const k of [lower, capital, upper]) keywords.add(k);
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const chars = [...new Set([lower[i], capital[i], upper[i]])] as string[];
      out += chars.length === 1 ? escapeChar(chars[0]!) : `[${chars.join('')}]`;
    }
    return out;
  });
  return { regex: alternatives.join('|'), keywords: [...keywords] };
}

const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);
