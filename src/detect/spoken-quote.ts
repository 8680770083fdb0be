/**
 * Quotations a named speaker opens: a customer's words set in an email are theirs, not the writer's
 * note or pressure. Read by the sentence model's pass (model/detect.ts) and the rules' note check
 * (rules/engine.ts).
 */

/**
 * A quotation introduced by its speaker, named with a role or in full: "Their CFO, Adriana Treviño:
 * "…", "Marisol Peña, HR director at Casa Nopal: "…"; or by a verb of saying: "Their General
 * Counsel put it like this: "…", "your colleague asked, a little sceptically: "…" (NU).
 */
export const QUOTED_SPEAKER_RE = /^\s*(?:(?:[Tt]heir|[Oo]ur|[Tt]he|[Hh]er|[Hh]is) [^,:"“\n]{2,40},\s*)?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:,[^:"“\n]{2,60})?:\s*["“]|(?<![\p{L}])(?:put it|puts it|said|says|asked|told (?:us|me)|summed it up|wrote|[Ii]n (?:\p{L}+['’]s|[Hh]is|[Hh]er|[Tt]heir) (?:own )?words|(?:^|(?<=[.!?]\s))(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+['’]s) (?:own |exact )?words)(?: like this| this way)?(?:,[^:"“\n]{1,40})?:\s*["“]/u;

/**
 * Whether `at` lies inside a quotation its speaker opens ("Their founder put it this way: "The
 * portal didn't sell more candles for us. It stopped us losing the ones we'd already sold."): the
 * quotation's later sentences are the speaker's too (forty-fourth session, OQ).
 */
export function insideSpokenQuote(folded: string, at: number, testimonial = false): boolean {
  const speaker = testimonial ? TESTIMONIAL_SPEAKER_RE : QUOTED_SPEAKER_RE;
  const leadIn = testimonial ? TESTIMONIAL_LEAD_RE : QUOTE_LEAD_RE;
  const para = folded.lastIndexOf('\n\n', at);
  const from = Math.max(para < 0 ? 0 : para, at - 600);
  const before = folded.slice(from, at);
  const closeCurly = before.lastIndexOf('”');
  let open = before.lastIndexOf('“');
  if (open < closeCurly) open = -1;
  if (open < 0) {
    let n = 0;
    for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) n++;
    if (n % 2 === 1) open = before.lastIndexOf('"');
  }
  if (open < 0) return false;
  const lineStart = before.lastIndexOf('\n', open) + 1;
  if (speaker.test(before.slice(lineStart, open + 1))) return true;
  // A quotation opening its own paragraph under a lead-in that names its speaker ("Here's a quote
  // from Haji Usman, owner of UD Laut Biru, who agreed to be quoted:", forty-fourth session, OW).
  if (before.slice(lineStart, open).trim() !== '') return false;
  let leadEnd = from + lineStart;
  while (leadEnd > 0 && /\s/.test(folded[leadEnd - 1] as string)) leadEnd--;
  const lead = folded.slice(folded.lastIndexOf('\n', leadEnd - 1) + 1, leadEnd);
  return leadIn.test(lead) || SPEAKER_LINE_RE.test(lead);
}

/** A lead-in line naming a quotation's speaker: "…a quote from Haji Usman, who agreed to be quoted:", "As she put it:". */
const QUOTE_LEAD_RE = /(?:\bquote from\b|\bin (?:his|her|their) (?:own )?words\b|\b(?:said|says|told (?:us|me)|put it|puts it|wrote|writes|summed it up)\b)[^\n]{0,160}:\s*$/iu;

/**
 * The same, for a testimonial only (the rules' note check): a speaker named with a role, "put it",
 * "summed it up", "in Leanne's words", "a quote from". A colleague's words after "said:" or "wrote:"
 * may be the very instruction a note passes on ("Tom said: \"don't mention the discount\"").
 */
const TESTIMONIAL_SPEAKER_RE = /^\s*(?:(?:[Tt]heir|[Tt]he|[Hh]er|[Hh]is) [^,:"“\n]{2,40},\s*)?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2},[^:"“\n]{2,60}:\s*["“]|(?<![\p{L}])(?:put it|puts it|summed it up|[Ii]n (?:\p{L}+['’]s|[Hh]is|[Hh]er|[Tt]heir) (?:own )?words|(?:^|(?<=[.!?]\s))(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+['’]s) (?:own |exact )?words)(?: like this| this way)?(?:,[^:"“\n]{1,40})?:\s*["“]/u;
const TESTIMONIAL_LEAD_RE = /(?:\bquote from\b|\bin (?:his|her|their) (?:own )?words\b|\b(?:put it|puts it|summed it up)\b)[^\n]{0,160}:\s*$/iu;

/** A line that is a speaker's name and role before a colon: "Marisol Peña, HR director at Casa Nopal:". */
const SPEAKER_LINE_RE = /^\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:,[^:\n]{2,60})?:\s*$/u;

/** An aside straight after a closing quotation mark that opens with a person's name and a comma ("…" (Dana Ortiz, CFO)). */
export const QUOTE_ATTRIBUTION_RE = /["”][ \t]*\([ \t]*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2},/u;
