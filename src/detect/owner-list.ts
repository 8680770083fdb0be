import type { FieldText } from './context.js';

/**
 * Lists the sentence model must not read as notes for the team: action lists that name an owner
 * per item (also read by the addressed-note detector), and lists under a heading for the reader.
 *
 * A list item that names who does it: "3. Denise – confirm whether IT needs a questionnaire",
 * "- Me (Hannah) – map the export", "- Send feedback on the draft survey (Rachel)", a checkbox's
 * "[ ] YOU: Confirm the four machine numbers" (forty-fourth session, PJ).
 */
const OWNER_ITEM_RE =
  /^[ \t]*(?:[-*•]|\d{1,2}[.)]|\[[ xX✓✔]\])[ \t]+(?:(?:\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|[Mm]e|[Yy]ou|[Ww]e|[Uu]s|[Bb]oth(?: of us| teams)?|[Yy]our team|[Oo]ur team)(?:[ \t]+\([^)\n]{1,40}\))?[ \t]*(?:[-:–—]|,)[ \t]+\S[^\n]*|[^\n]*\((?:owner:[ \t]*)?(?:\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|you|us|me|both)\)[ \t]*\.?)[ \t]*$/gmu;

/** A per-field answer computed once: the sentence model and the addressed-note detector both ask. */
function perField(compute: (folded: string) => Set<number>): (f: FieldText) => ReadonlySet<number> {
  const cache = new WeakMap<FieldText, ReadonlySet<number>>();
  return (f) => {
    let starts = cache.get(f);
    if (starts === undefined) {
      starts = compute(f.text.folded);
      cache.set(f, starts);
    }
    return starts;
  };
}

/**
 * What opens a list item: a dash, star or bullet, a number ("1.", "2)"), a questionnaire's number
 * ("A3."), a checkbox or a status tag ("[ ]", "[x]", "[done]", "[open]").
 */
export const ITEM_MARK = String.raw`(?:[-*•–]|\d{1,2}[.)]|[A-Za-z]\d{1,2}[.)]|\[(?:[ xX✓✔]|done|open|closed|pending|in progress|blocked|complete|completed|ongoing)\])`;

/** Whether the text holds a list item at all ("- ", "* ", "• ", "1. ", "2) "). */
const ANY_ITEM_RE = new RegExp(String.raw`^[ \t]*${ITEM_MARK}[ \t]`, 'mu');

/**
 * Line starts of an action list: two or more list items in the field that each name an owner.
 * A recap's action items read like instructions to a colleague ("Denise – confirm …"), and the
 * sentence model, which sees one sentence, cannot tell them from a note left for the rep; the
 * list around them can. The rules still read these lines ("- TODO: …" is a note wherever it is).
 */
export const ownerListLines = perField((folded) => {
  const found = new Set<number>();
  if (ANY_ITEM_RE.test(folded)) {
    for (const m of folded.matchAll(OWNER_ITEM_RE)) found.add(m.index ?? 0);
    if (found.size < 2) found.clear();
  }
  // Unmarked lines, one per side, each naming who does it: "Yarrowby: Diogo to review the villa
  // credits …" over "Acme: Eduardo to confirm whether …" (fiftieth session, ZU). Two at least.
  const sides = [...folded.matchAll(SIDE_OWNER_LINE_RE)].map((m) => m.index ?? 0);
  if (sides.length >= 2) for (const at of sides) found.add(at);
  return found;
});

/** A side, a colon, a person and what they will do: "Acme: Eduardo to confirm whether …". */
const SIDE_OWNER_LINE_RE = /^[ \t]*\p{Lu}[\p{L}\p{N}&.'’ -]{1,40}:[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:and|&|\/)[ \t]+\p{Lu}[\p{L}'’-]+)? to \p{Ll}{3,}[ \t]/gmu;


/** A list item line: "- …", "* …", "• …", "1. …", "2) …", a questionnaire's "A3. …", a status tag "[done] …" (rules/engine.ts reads recaps with it too). */
export const LIST_ITEM = new RegExp(String.raw`^[ \t]*${ITEM_MARK}[ \t]+\S`, 'u');

/**
 * A line that heads a list for the reader: a heading ("New risks", "Open items", "Your options:")
 * or a lead-in ending in a colon ("Here is what happens next:", "By 6 February:"), that names the
 * reader, us, or a part of a shared plan or record.
 */
const SHARED_HEAD_RE = /\b(?:you|your|yours|we|our|us|next|options?|goals?|steps?|timeline|plan|agenda|summary|recap|decisions?|actions?|open (?:items|questions|points)|risks?|issues?|changes|what(?:'s|’s| is| was| we| you| happens| changed| i'd| i’d| i would| i'll| i’ll| i will| i suggest| i recommend| i propose| to (?:do|check|try|expect|bring|prepare|look for))|here(?:'s|’s| is| are)|how|tips|checklists?|check-list|(?:before|after|during) (?:the|your|each|every) [a-z-]+|included|includes|phase|week|day|stage|status|scope|deliverables|requirements|questions|benefits|pricing|costs?|fees|features|built|done|pending|completed|(?:still )?open|in progress|under ?way|ongoing|outstanding|blocked|not (?:yet )?started|waiting (?:on|for)|coming (?:up|soon|next|later)|later this (?:year|quarter|month)|by (?:\d|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the end))\b/iu;

/** A question to the reader about the list below it ("Could you or your team answer these when you have a moment?"). */
const ASK_HEAD_RE = /^(?=.*\byour?\b).*\b(?:these|the following|below|those|the questions|the points)\b/iu;

/** A heading that is a note for the sender's side, not for the reader ("YOUR TO-DO" is the reader's, forty-fifth session, TL). */
const NOTE_HEAD_RE = /\b(?:internal|notes? (?:for|to)\b|(?<!\byour(?: team['’]s| side['’]s)? )(?:todo|to-do|to do)|reminders?|private|don'?t send|do not send|before (?:sending|this goes)|rep|sdr|ae|crm|deal|champion|objections?|talk track|angles?|hooks?|prospect|lead|persona|research|context (?:for|from))\b/iu;

/**
 * A line addressed by initials or a handle ("- JM: check if they're still locked in", "- (KL:
 * confirm the SOC 2 report)", "@dana can you…"): a colleague's note dropped into the text, not a
 * step for the reader, even inside a list for the reader or a paragraph of product steps. A plan
 * shared with the reader names its owners in full ("- Denise: confirm the questionnaire"), which
 * ownerListLines reads; a label that is a term ("- SSO: SAML and OIDC", "PS:") is no address.
 */
const INITIALS_LINE_RE = /^[ \t]*(?:(?:[-*•–]|\d{1,2}[.)])[ \t]+)?[([]?[ \t]*(\p{Lu}{2,3}|@[\w.-]+)[ \t]*(?::|\s[-–—]\s)/u;

const NOT_INITIALS: ReadonlySet<string> = new Set(
  ('PS PPS CC BCC FYI NB RE FW FWD TL DR TLDR SSO API SLA SLO ROI KPI CRM ERP HR IT QA UI UX PO POS SOW MSA NDA DPA BAA CEO CFO CTO COO CIO CMO CRO CSO VP SVP EVP GM MD ' +
    'AWS GCP SAP SQL CSV PDF URL DNS VPN MFA SSL TLS IP ID PIN SMS EU US UK USA UAE APAC EMEA NA LATAM AM PM ET PT CT GMT UTC CET BST EST PST CST ' +
    'SMB ENT MID ARR MRR TCO NPS CSAT ETA EOD EOW ASAP RFP RFQ RFI POC PoC SOC ISO GDPR HIPAA PCI FAQ AI ML BI OCR EDI ATS LMS HRIS WMS TMS MES CMMS EHR EMR PMS ' +
    'ON OFF OK NO YES NEW TBC Q1 Q2 Q3 Q4 H1 H2 FY').split(' '),
);

/** A checkbox item, ticked or not (forty-fourth session, OP and OQ). */
const CHECKBOX_RE = /^[ \t]*\[[ xX✓✔]\][ \t]+\S/u;
const CHECKBOX_LINES_RE = new RegExp(CHECKBOX_RE.source, 'gmu');

/** Whether the line at `lineStart` of `folded` opens by addressing someone by initials or a handle. */
export function addressedByInitials(folded: string, lineStart: number): boolean {
  const end = folded.indexOf('\n', lineStart);
  const m = INITIALS_LINE_RE.exec(folded.slice(lineStart, end < 0 ? Math.min(folded.length, lineStart + 80) : Math.min(end, lineStart + 80)));
  return m !== null && !NOT_INITIALS.has(m[1] as string);
}

/**
 * Line starts of list items under a heading for the reader. A plan's steps, a risk register's
 * entries or the reader's options ("- Keep the add-on at the new price from renewal", "- Confirm
 * the review panel members") are terse imperatives, which the sentence model reads as notes for
 * the team; the heading above them says whom they are for. Headings that name the sender's side
 * ("Notes for Sam:", "Deal context:") do not count, and the rules still read every line.
 */
export const sharedListLines = perField((folded) => {
  const found = new Set<number>();
  if (!ANY_ITEM_RE.test(folded)) return found;
  // Three checkboxes or more ("[ ] Product list (CSV or Excel)", "[x] Price lists imported") are a
  // checklist the email shares, whatever heads it, unless a heading says it is the team's notes.
  const checklist = (folded.match(CHECKBOX_LINES_RE) ?? []).length >= 3;
  let head = false;
  let noteHead = false;
  let at = 0;
  for (const line of folded.split('\n')) {
    if (LIST_ITEM.test(line)) {
      if ((head || (checklist && !noteHead && CHECKBOX_RE.test(line))) && !addressedByInitials(line, 0)) found.add(at);
    } else if (line.trim() !== '') {
      const t = line.trim();
      const heading = t.length <= 40 && !/[.!?]$/u.test(t);
      // A lead-in is the line's last sentence: "The season starts on 29 March. Here's a short checklist so the changeover goes smoothly:" (forty-first session, AV).
      const lead = t.endsWith(':') ? t.slice(Math.max(t.lastIndexOf('. '), t.lastIndexOf('! '), t.lastIndexOf('? ')) + 1).trim() : '';
      const leadIn = lead !== '' && lead.length <= 120;
      // "Could you or your team answer these when you have a moment?": a question to the reader.
      const ask = t.length <= 200 && t.endsWith('?') && ASK_HEAD_RE.test(t);
      const said = leadIn && !heading && t.length > 120 ? lead : t;
      noteHead = NOTE_HEAD_RE.test(said);
      head = (heading || leadIn || ask) && SHARED_HEAD_RE.test(said) && !noteHead;
    }
    at += line.length + 1;
  }
  return found;
});
