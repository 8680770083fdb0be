/**
 * Action lists split by side: "Quaybridge (me):" and "Target Co (you):", "ACTIONS: Target Co",
 * "Your side:", "YOUR TEAM'S TO-DO". Each item is a task one side of the deal took on, written as
 * an instruction ("Check with IT whether SSO via Entra ID is required", "Check whether our POD link
 * works with the haulier app Fergal mentioned") because that is how action items are written. The
 * reader sees the whole list, so an item is neither a note left for a colleague nor the agent's
 * self-talk. An item under any other line ("Reminders:", "Sam:") is read as before.
 */
import { LIST_ITEM } from './owner-list.js';

/** A side named with who it is: "(you)", "(me)", "(you and Fergal)", "(our side)". */
const WHO = String.raw`\((?:[^()\n]{0,30}[ \t])?(?:you|me|us|we|your (?:side|team|end)|our (?:side|team|end))(?:[ \t][^()\n]{0,30})?\)`;

/** What heads a list: "Actions", "Action items", "Next steps", "To-dos", "Tasks", "Follow-ups". */
const LIST_WORD = String.raw`(?:action(?: item)?s?|next steps?|to-?dos?|tasks?|follow-?ups?|owners?)`;

/**
 * A line heading one side's items: the side alone ("Your side:", "For you:", "Both of us:"), a
 * name with who it is ("Target Co (you):", "Quaybridge (me):"), the list's word with a side
 * ("ACTIONS: Target Co", "TODO, Target Co", "Next steps for you:", "YOUR TEAM'S TO-DO").
 */
const SIDE_HEAD_RE = new RegExp(String.raw`^[ \t#*_>]*(?:` + [
  String.raw`(?:for[ \t]+|on[ \t]+)?(?:you|your (?:side|team|end)|us|me|our (?:side|team|end)|both(?: of us| sides| teams)?)`,
  String.raw`[\p{L}\p{N}&.'’ -]{2,40}?[ \t]*${WHO}`,
  // A side with the people who carry its items: "Target Co (Sofia / Gonçalo):" (fiftieth session, ZU).
  String.raw`(?!(?:internal|team|rep|sales|deal|my|private|notes?|reminders?)\b)[\p{L}\p{N}&.'’ -]{2,40}?[ \t]*\([\p{L}'’.-]+(?:[ \t]*(?:\/|,|&|and)[ \t]*[\p{L}'’.-]+){1,4}\)`,
  String.raw`${LIST_WORD}[ \t]*(?:[:,–—-][ \t]*|for[ \t]+)(?:[\p{L}\p{N}&.'’ -]{2,40}?)(?:[ \t]*${WHO})?`,
  String.raw`(?:your|our)(?: team['’]s)?[ \t]+${LIST_WORD}`,
  // A side's name before the list's word: "Frostmark actions:", "Target Co next steps:" (forty-third session, NX).
  String.raw`(?!(?:internal|team|rep|sales|deal|my|private)\b)[\p{L}\p{N}&.'’-]+(?:[ \t]+[\p{L}\p{N}&.'’-]+){0,3}[ \t]+${LIST_WORD}`,
].join('|') + String.raw`)[ \t]*:?[ \t*_]*$`, 'iu');

/** A heading in two languages, "Kazi za Target Co / Target Co actions:": its second half is read (forty-third session, NX). */
const BILINGUAL_HEAD_RE = /^[^\n/]{2,60}\/[ \t]*/;

/** A checkbox item that opens with the side doing it. */
const SIDE_CHECKBOX_RE = /^[ \t]*\[[ x✓✔]\][ \t]+(?:you|us|we|me|both|your team|our team)[ \t]*[:–—-]/;
const SIDE_CHECKBOX_LINES_RE = new RegExp(SIDE_CHECKBOX_RE.source, 'gm');

/** Whether offset `at` of lower-cased `text` is on an item of a list headed by one side of the deal. */
export function inSideActionList(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (!LIST_ITEM.test(text.slice(start, end))) return false;
  // A checklist whose items each name a side ("[ ] YOU: Confirm the four machine numbers", "[ ] US:
  // Ship sensor kits"), two such items at least (forty-fourth session, PJ).
  if (SIDE_CHECKBOX_RE.test(text.slice(start, end)) && (text.match(SIDE_CHECKBOX_LINES_RE) ?? []).length >= 2) return true;
  // Up over the list's other items (twenty at most) to the line above the first.
  for (let n = 0; n < 20 && start > 0; n++) {
    end = start - 1;
    start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (LIST_ITEM.test(line)) continue;
    return SIDE_HEAD_RE.test(line) || SIDE_HEAD_RE.test(line.replace(BILINGUAL_HEAD_RE, ''));
  }
  return false;
}
