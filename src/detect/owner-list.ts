/**
 * Action lists that name an owner per item, used by the sentence model and the addressed-note
 * detector.
 *
 * A list item that names who does it: "3. Denise – confirm whether IT needs a questionnaire",
 * "- Me (Hannah) – map the export", "- Send feedback on the draft survey (Rachel)".
 */
const OWNER_ITEM_RE =
  /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:(?:\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|[Mm]e|[Yy]ou|[Ww]e|[Uu]s|[Bb]oth(?: of us| teams)?|[Yy]our team|[Oo]ur team)(?:[ \t]+\([^)\n]{1,40}\))?[ \t]*(?:[-:–—]|,)[ \t]+\S[^\n]*|[^\n]*\((?:owner:[ \t]*)?(?:\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|you|us|me|both)\)[ \t]*\.?)[ \t]*$/gmu;

/**
 * Line starts of an action list: two or more list items in the field that each name an owner.
 * A recap's action items read like instructions to a colleague ("Denise – confirm …"), and the
 * sentence model, which sees one sentence, cannot tell them from a note left for the rep; the
 * list around them can. The rules still read these lines ("- TODO: …" is a note wherever it is).
 */
export function ownerListLines(folded: string): Set<number> {
  const starts = new Set<number>();
  if (!/^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]/m.test(folded)) return starts;
  for (const m of folded.matchAll(OWNER_ITEM_RE)) starts.add(m.index ?? 0);
  if (starts.size < 2) starts.clear();
  return starts;
}
