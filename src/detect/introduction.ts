/**
 * A paragraph of an introduction, said to the person the mail introduces: "I'd like to introduce
 * Tom Nguyen, who will lead your implementation. … Tom, Felicia runs routing for Acme and will be
 * your day-to-day contact. Her goal is to have tier 1 routes ready by July 15." Both people read
 * it: what it tells the colleague about the reader ("He prefers email for planning") is the
 * introduction itself, not a note for the team left in the draft.
 *
 * The paragraph opens on a name and a comma, and an earlier paragraph of the same text introduces
 * that name (introduce, meet, copying in, looping in, adding, welcome) — the greeting line aside.
 */
import { perParagraph } from './paragraph.js';
import { escapeRegExp } from './normalize.js';

/** "Tom, …" opening a paragraph: one name (a second word allowed), then a comma. */
const VOCATIVE_OPENING = /^[ \t]*([\p{L}][\p{L}'’-]{1,30})(?: [\p{L}][\p{L}'’-]{1,30})?,[ \t]/u;

/** Words that bring a person into the mail, just before their name. */
const INTRODUCING = String.raw`(?:introduce|introducing|introduced|meet|copying in|copied in|copying|cc'?ing|looping in|looped in|loop in|adding|added|welcome|put you in touch with|connect you with|connecting you with)`;

/** Words too common to be the name a paragraph is said to ("So, …", "Also, …", "Thanks, …"). */
const NOT_A_NAME = new Set(['so', 'also', 'and', 'but', 'then', 'now', 'thanks', 'thank', 'again', 'first', 'second', 'finally', 'lastly', 'otherwise', 'still', 'anyway', 'meanwhile', 'yes', 'no', 'ok', 'okay', 'sure', 'well', 'however', 'besides', 'plus', 'separately', 'today', 'tomorrow', 'honestly', 'personally', 'overall', 'practically', 'ideally', 'regards', 'best', 'cheers', 'hi', 'hello', 'hey', 'dear']);

const introducedHere = perParagraph((text: string, from: number): boolean => {
  const m = VOCATIVE_OPENING.exec(text.slice(from, Math.min(text.length, from + 80)));
  if (m === null) return false;
  const name = (m[1] as string).toLowerCase();
  if (NOT_A_NAME.has(name)) return false;
  // Earlier paragraphs, past the greeting line.
  const firstLineEnd = text.indexOf('\n');
  const before = text.slice(firstLineEnd < 0 || firstLineEnd > from ? 0 : firstLineEnd + 1, from).toLowerCase();
  const escaped = escapeRegExp(name);
  return new RegExp(String.raw`(?<![\p{L}])${INTRODUCING}[ \t]+(?:you (?:to|with) )?(?:(?:my|our) (?:colleague|teammate|manager|partner|boss) )?${escaped}(?![\p{L}])`, 'u').test(before);
});

/** Whether offset `at` of `text` stands in a paragraph said to the person the mail introduces. */
export function inIntroductionParagraph(text: string, at: number): boolean {
  return introducedHere(text, at, at).value;
}
