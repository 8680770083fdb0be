import type { FieldText } from './context.js';

/**
 * Action lists that name an owner per item, used by the sentence model and the addressed-note
 * detector.
 *
 * A list item that names who does it: "3. Denise – confirm whether IT needs a questionnaire",
 * "- Me (Hannah) – map the export", "- Send feedback on the draft survey (Rachel)".
 */
const OWNER_ITEM_RE =
  /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:(?:\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|[Mm]e|[Yy]ou|[Ww]e|[Uu]s|[Bb]oth(?: of us| teams)?|[Yy]our team|[Oo]ur team)(?:[ \t]+\([^)\n]{1,40}\))?[ \t]*(?:[-:–—]|,)[ \t]+\S[^\n]*|[^\n]*\((?:owner:[ \t]*)?(?:\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|you|us|me|both)\)[ \t]*\.?)[ \t]*$/gmu;

/** Once per field: the sentence model and the addressed-note detector both ask. */
const cache = new WeakMap<FieldText, ReadonlySet<number>>();

/**
 * Line starts of an action list: two or more list items in the field that each name an owner.
 * A recap's action items read like instructions to a colleague ("Denise – confirm …"), and the
 * sentence model, which sees one sentence, cannot tell them from a note left for the rep; the
 * list around them can. The rules still read these lines ("- TODO: …" is a note wherever it is).
 */
export function ownerListLines(f: FieldText): ReadonlySet<number> {
  let starts = cache.get(f);
  if (starts !== undefined) return starts;
  const found = new Set<number>();
  const { folded } = f.text;
  if (/^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]/m.test(folded)) {
    for (const m of folded.matchAll(OWNER_ITEM_RE)) found.add(m.index ?? 0);
    if (found.size < 2) found.clear();
  }
  starts = found;
  cache.set(f, starts);
  return starts;
}

