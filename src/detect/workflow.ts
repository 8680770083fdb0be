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
import { perParagraph } from './paragraph.js';

/**
 * Kinds of workflow word; a paragraph naming two kinds or more describes a workflow. Each kind runs
 * only when one of its fragments occurs in the text (most paragraphs hold none): the regexes
 * opening on an alternation cost a few percent of a scan when run on every paragraph a hold,
 * a note or a deadline hit stands in.
 */
const CUES: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  [['queue'], /\bqueues?\b/],
  [['workflow'], /\bworkflows?\b/],
  [['status'], /\bstatus(?:es)?\b/],
  [['rout'], /\b(?:routed|routes|routing|re-?routed)\b/],
  [['assign'], /\b(?:re)?assign(?:ed|s)?\b/],
  [['automatic'], /\bautomatic(?:ally)?\b/],
  [['approver', 'approval '], /\bapprovers?\b|\bapproval (?:chains?|flows?|steps?|rules?|routing|matrix|levels?|roles?|limits?)\b/],
  [['mov', 'goes ', 'passes ', 'advance'], /\b(?:moves?|moved|moving|goes|passes|advances?) (?:on |straight |automatically )?(?:to|into|through)\b/],
  [['each ', 'every ', 'any '], /\b(?:each|every|any) (?:[\w-]+ )?(?:record|request|item|ticket|case|claim|order|invoice|document|submission|application|estimate|batch|version|entry|lot|title|task|job|change)s?\b/],
  [['stage'], /\bstages?\b/],
  [['configur'], /\bconfigur(?:e|ed|es|able|ation)\b/],
  [['audit ', 'electronic signature'], /\baudit (?:trail|log)\b|\belectronic signatures?\b/],
  [['escalat'], /\bescalat(?:e|es|ed|ion)\b/],
  [['dashboard'], /\bdashboards?\b/],
  [['notif'], /\bnotif(?:y|ies|ied|ication|ications)\b/],
  // What the system does to a record, in the passive: "is logged", "are recorded", "gets routed".
  [['logged', 'recorded', 'stored', 'saved', 'created', 'generated', 'published', 'flagged', 'queued', 'archived', 'locked', 'retired', 'released', 'stamped', 'synced', 'closed'], /\b(?:is|are|gets?|get) (?:automatically |then |also )?(?:logged|recorded|stored|saved|created|generated|published|flagged|queued|archived|locked|retired|released|timestamped|time-stamped|synced|closed)\b/],
  // Someone in a role acting on the record: "until a permit clerk approves", "submit it for approval".
  [['approves', 'rejects', 'reviews', 'clears', 'signs', 'submit'], /\b(?:until|once|when|after|before) (?:a|an|the|your) (?:[\w-]+ ){0,3}(?:approves|rejects|reviews|clears|signs off|signs)\b|\bsubmits? (?:it |them |the [\w-]+ )?for (?:approval|review|sign-?off)\b/],
  // Set per book, per role, per region: configuration.
  [['per '], /\bper (?:book|user|role|team|region|site|location|entity|department|branch|product|workflow|client|commodity|counterparty|country|market|line of business)\b/],
];

/** Per kind of workflow word, where it occurs in a paragraph (offsets into the whole text). */
type CueSpots = ReadonlyArray<readonly number[]>;

/** CUES' regexes with the g flag, made once: a paragraph's spots are read with exec from lastIndex 0. */
const GLOBAL_CUES = CUES.map(([needles, re]) => [needles, new RegExp(re.source, 'g')] as const);

function cueSpots(text: string, from: number, to: number): CueSpots {
  const paragraph = text.slice(from, to);
  return GLOBAL_CUES.map(([needles, g]) => {
    const at: number[] = [];
    let found = false;
    for (const w of needles) {
      if (paragraph.includes(w)) {
        found = true;
        break;
      }
    }
    if (!found) return at;
    g.lastIndex = 0;
    for (let m = g.exec(paragraph); m !== null; m = g.exec(paragraph)) at.push(from + m.index);
    return at;
  });
}

/** Per paragraph of a text: where each kind of workflow word occurs in it. */
const spotsIn = perParagraph(cueSpots);

/**
 * Whether the sentence [start, end) of lower-cased `text` stands in a paragraph that describes a
 * product's workflow: the paragraph names two kinds of workflow word or more and the rest of it,
 * without the sentence, names one at least; or it holds more than the sentence and names three
 * kinds. A note of one line ("Sequence rule: if no reply in 3 days, move to the VP escalation
 * cadence"; "Hold until deal desk approves: the approval workflow routes it automatically") may
 * name several kinds on its own; it is still a note.
 */
export function inWorkflowProse(text: string, start: number, end: number): boolean {
  const { value: spots, from, to } = spotsIn(text, start, end);
  let kinds = 0;
  let outside = false;
  for (const at of spots) {
    if (at.length === 0) continue;
    kinds++;
    if (!outside && at.some((k) => k < start || k >= end)) outside = true;
  }
  if (kinds < 2) return false;
  if (outside) return true;
  return kinds >= 3 && (/[\p{L}\d]/u.test(text.slice(from, Math.max(from, start))) || /[\p{L}\d]/u.test(text.slice(Math.min(to, end), to)));
}
