/**
 * A paragraph that describes how a product moves records through a process: queues, statuses,
 * routing, approvers ("Estimates above the branch limit need approval from the regional damage
 * manager", "Cleared items move to Cataloguing, then to Assigned to sale"). Its approvals are the
 * product's, not a hold on this email; its "moves to Ready" is a record changing status, not the
 * prospect moving somewhere. Patterns read lower-cased text.
 *
 * Read from the paragraph, never from one sentence alone: a note ("Hold until deal desk approves")
 * is its own line, and a paragraph explaining a workflow names several of these words in more
 * than one sentence.
 */
import { paragraphAround } from './ui-steps.js';

/** Kinds of workflow word; a paragraph naming two kinds or more describes a workflow. */
const CUES: readonly RegExp[] = [
  /\bqueues?\b/,
  /\bworkflows?\b/,
  /\bstatus(?:es)?\b/,
  /\b(?:routed|routes|routing|re-?routed)\b/,
  /\b(?:re)?assign(?:ed|s)?\b/,
  /\bautomatic(?:ally)?\b/,
  /\bapprovers?\b|\bapproval (?:chains?|flows?|steps?|rules?|routing|matrix|levels?|roles?|limits?)\b/,
  /\b(?:moves?|moved|moving|goes|passes|advances?) (?:on |straight |automatically )?(?:to|into|through)\b/,
  /\b(?:each|every|any) (?:[\w-]+ )?(?:record|request|item|ticket|case|claim|order|invoice|document|submission|application|estimate|batch|version|entry|lot|title|task|job|change)s?\b/,
  /\bstages?\b/,
  /\bconfigur(?:e|ed|es|able|ation)\b/,
  /\baudit (?:trail|log)\b|\belectronic signatures?\b/,
  /\bescalat(?:e|es|ed|ion)\b/,
  /\bdashboards?\b/,
  /\bnotif(?:y|ies|ied|ication|ications)\b/,
  // What the system does to a record, in the passive: "is logged", "are recorded", "gets routed".
  /\b(?:is|are|gets?|get) (?:automatically |then |also )?(?:logged|recorded|stored|saved|created|generated|published|flagged|queued|archived|locked|retired|released|timestamped|time-stamped|synced|closed)\b/,
  // Someone in a role acting on the record: "until a permit clerk approves", "submit it for approval".
  /\b(?:until|once|when|after|before) (?:a|an|the|your) (?:[\w-]+ ){0,3}(?:approves|rejects|reviews|clears|signs off|signs)\b|\bsubmits? (?:it |them |the [\w-]+ )?for (?:approval|review|sign-?off)\b/,
  // Set per book, per role, per region: configuration.
  /\bper (?:book|user|role|team|region|site|location|entity|department|branch|product|workflow|client|commodity|counterparty|country|market|line of business)\b/,
];

/** How many kinds of workflow word lower-cased `text` names, counting up to `enough`. */
function cueKinds(text: string, enough: number): number {
  let kinds = 0;
  for (const re of CUES) if (re.test(text) && ++kinds >= enough) break;
  return kinds;
}

/**
 * Whether the sentence [start, end) of lower-cased `text` stands in a paragraph that describes a
 * product's workflow: the paragraph names two kinds of workflow word or more and the rest of it,
 * without the sentence, names one at least; or it holds more than the sentence and names three
 * kinds. A note of one line ("Sequence rule: if no reply in 3 days, move to the VP escalation
 * cadence"; "Hold until deal desk approves: the approval workflow routes it automatically") may
 * name several kinds on its own; it is still a note.
 */
export function inWorkflowProse(text: string, start: number, end: number): boolean {
  const [from, to] = paragraphAround(text, start, end);
  const rest = text.slice(from, Math.max(from, start)) + '\n' + text.slice(Math.min(to, end), to);
  const kinds = cueKinds(text.slice(from, to), 3);
  if (kinds < 2) return false;
  if (cueKinds(rest, 1) >= 1) return true;
  return kinds >= 3 && /[\p{L}\d]/u.test(rest);
}
