/**
 * An owner label of a plan shared with the reader: an implementation or onboarding plan whose dated
 * or numbered items each say who does what ("3. July: import of room allocations. Owner: your
 * admissions team.", "Week 3 … Owner: me, in the showroom."). A note left for the rep names an
 * owner once, and names one of us ("Owner: rep to confirm pricing").
 *
 * Read from the whole field (lower-cased): at least two owner labels and at least two plan items.
 * Used through the rule format's `not_in: [plan]`; any other match of the rule is not an owner label
 * and is not excused.
 */

const OWNER_LABEL = /(?:^|[\n.!?]\s*)owners?\s*:/g;

/** A line that opens a plan item: a number, a bullet, a week/phase/step, a date or a weekday. */
const PLAN_HEAD = /^[ \t]*(?:\d{1,2}[.)]\s|[-*•]\s|(?:week|wk|phase|step|stage|day|sprint|month|milestone|wave|q)\s*-?\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:first|second|third|fourth|last|final|next) (?:week|two weeks|half|month|phase|step)\b|(?:before|after|by) (?:go-?live|launch|kick-?off|completion|signature)\b)/gm;

/** Whom a note for the rep names as owner: one of us, or nobody yet. */
const OUR_ROLE = /^\s*(?:the )?(?:rep|reps|ae|sdr|bdr|csm|se|sales|sales team|deal desk|account exec\w*|tbd|tbc|todo|to do|\?|someone|whoever)\b/;

let memoText = '';
let memoAnswer = false;

function planText(lower: string): boolean {
  if (lower === memoText) return memoAnswer;
  memoText = lower;
  let owners = 0;
  for (OWNER_LABEL.lastIndex = 0; OWNER_LABEL.exec(lower) !== null && owners < 2; ) owners++;
  let heads = 0;
  if (owners >= 2) for (PLAN_HEAD.lastIndex = 0; PLAN_HEAD.exec(lower) !== null && heads < 2; ) heads++;
  memoAnswer = owners >= 2 && heads >= 2;
  return memoAnswer;
}

/** Whether the match [start, end) of `lower` is the owner label of a plan item, naming someone other than us. */
export function inOwnerPlan(lower: string, start: number, end: number): boolean {
  const label = /owners?\s*:\s*$/.exec(lower.slice(start, end));
  if (label === null) return false;
  if (OUR_ROLE.test(lower.slice(end, end + 40))) return false;
  return planText(lower);
}
