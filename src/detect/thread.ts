/**
 * What the subject line means given the body: readings a rule on one field cannot make.
 *
 * - A reply that quotes the message it answers, or opens by answering it ("Thanks for
 *   confirming."), keeps that message's subject: "Re: Re: Timeline" and "Re: Urgent: login
 *   issue" are the thread's words, not a pushy subject we wrote.
 * - A reply subject ("Re: our call last week") on a body that says the two have never spoken
 *   ("I don't think we've had the chance to connect before") fakes a thread: the reader is made
 *   to think they already answered. Reported under `tone.fake-thread-subject`, so `disable:` and
 *   `severity:` work as for any rule. A "Re: Re:" chain counts only above a cold pitch (a cold
 *   opener or a first-contact line): above the thread's next message it is the thread's own.
 * - A claim in the subject ("Congrats on the new role") that the body says the prospect told us
 *   ("thanks for your note letting me know you've moved into the COO role") is their news, not
 *   ours: the body's sentence carries a told-us phrase and shares a content word with the claim.
 * - A claim in the subject about another company the subject names ("Pinecrest Residential after
 *   the Alder Homes merger") is that company's story when the body tells it ("When Pinecrest
 *   Residential merged with Alder Homes in 2025, they…") and the body's rules found no claim
 *   about the prospect in that sentence.
 * - A forward chain ("Fwd: Re: resin tank life") above a body that carries the forwarded message
 *   ("---------- Forwarded message ---------") is the thread itself, not a chain faked.
 * - A confidentiality mark in the subject ("Quote for Acme: CONFIDENTIAL") above a body that asks
 *   the reader to keep the pricing between the two companies is that request, not a label left
 *   from our side.
 */
import { ATTRIBUTION_LINE } from './normalize.js';
import { addFinding, type FieldText, type ScanContext } from './context.js';
import { splitSentences } from './model/features.js';
import { TOLD_RE } from './rules/engine.js';
import type { Finding } from './types.js';

/**
 * The head of a forwarded message in the body. A run of dashes is tried once, from its first dash
 * (the lookbehind): "-" repeated 100,000 times is not walked again from every dash.
 */
const FORWARDED_BLOCK_RE = /(?<!-)-{3,}[ \t]*(?:original|forwarded) message[ \t]*-{3,}|^[ \t]*(?:begin )?forwarded message[ \t]*:?[ \t]*$/m;

/** A subject that answers an earlier message ("Re: …", "AW: …"). */
const REPLY_SUBJECT = /^\s*(?:re|aw|sv)\s*:/i;
/** A body that quotes the earlier message ("> …" lines, "On Tue, Dana Reyes wrote:"). */
const QUOTED_REPLY = new RegExp(String.raw`^[ \t]*>(?!> )|^${ATTRIBUTION_LINE}$`, 'im');

/** A greeting line in the languages replies arrive in ("Hi Dave,", "Hola Paula,"), with the blank line after it. */
const GREETING_LINE = String.raw`(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hola|ol[áa]|bonjour|hallo|ciao|salut|hej|hei|buongiorno|buenos d[íi]as|buenas tardes|bom dia|boa tarde|estimad[oa]s?|prezad[oa]s?|querid[oa]s?|sehr geehrte[rn]?|liebe[rn]?|guten tag|merhaba|halo)\b[^\n]{0,60}\n+\s*`;

/**
 * A body that opens by answering the reader ("Thanks for confirming.", "Thank you for your quick
 * reply", "Thanks for getting back to me"): a reply even when it quotes nothing.
 */
const REPLY_OPENING = new RegExp(String.raw`^\s*(?:${GREETING_LINE})?(?:thanks|thank you|many thanks|great|perfect|got it)[^.!?\n]{0,20}?\b(?:for (?:confirming|the confirmation|your (?:quick |fast |prompt |kind |detailed |helpful )?(?:reply|response|email|note|message|answer|confirmation|comments|feedback|notes|questions|input|edits|changes|markup|redlines|thoughts)|getting back|coming back|the (?:quick |fast |prompt )?(?:reply|response)|replying|responding|the update|your update)|(?:and )?noted)\b`);

/** The greeting line, then the body's first paragraph (group 1). */
const FIRST_PARAGRAPH = new RegExp(String.raw`^\s*(?:${GREETING_LINE})?([^\n]*(?:\n(?!\s*\n)[^\n]*)*)`);

/**
 * A body that answers what the reader wrote: it opens by thanking them for their reply
 * ("Thanks for confirming."), or its first paragraph opens on an answer ("Yes, you read
 * that right.", "Noted with thanks.", "Fair question"), thanks them for what they told us ("thank you
 * for letting me know"), or recalls what they said ("You said to ping you after the holidays", "as
 * you requested"). A reply that trims the quoted message keeps the thread's subject ("Re: Re: …").
 */
function answersReader(lower: string): boolean {
  if (REPLY_OPENING.test(lower)) return true;
  const opening = FIRST_PARAGRAPH.exec(lower.slice(0, 600));
  const first = (opening?.[1] ?? '').slice(0, 400);
  // TOLD_RE reads "you said…", "thanks for letting me know", "thank you for sharing that".
  return ANSWER_OPENING.test(first) || TOLD_RE.test(first) || ANSWER_PHRASE.test(first);
}

const ANSWER_OPENING = /^\s*(?:(?:ha(?:ha)?|hah|aha|oh|ah|well),?\s+)?(?:yes|no|yep|yup|sure|of course|absolutely|certainly|understood|noted|fair (?:question|point|enough)|good (?:question|point)|great (?:question|point)|totally (?:hear|understand|get) (?:you|that)|makes (?:total |complete )?sense|(?:perfect|perfecto|perfeito|parfait)(?=\s*[,!.])|sounds good|(?:that )?works for (?:me|us)|answers? to (?:the|your) (?:\d+ |two |three |few )?(?:things|questions|points)|(?:i )?(?:just )?(?:checked|confirmed|double-checked) (?:with|on|in|this with) (?:our |the |my )?[\w -]{0,20}?(?:team|engineering|engineers|legal|finance|product|support|colleagues?|devs?|developers)|got it (?:working|running|fixed|sorted))\b/;
const ANSWER_PHRASE = /\b(?:thank(?:s| you)(?: so much)? for (?:being (?:upfront|honest|clear)|the heads[- ]up|asking|flagging|your patience|the (?:quick |fast )?(?:answer|reply|response))|(?:you|u) (?:asked|wanted) (?:to|me to|us to|whether|if|about|for)|(?:things|questions|points) (?:you|u) (?:asked|raised|sent)|as you (?:requested|asked)|(?:doesn't|does not|won't|will not) work (?:on|for) (?:our|my) (?:side|end)|(?:doesn't|does not) work for (?:us|me)|you read that right|to answer your question)\b/;

/** The body says this is a first contact (read on the folded, lower-cased body). */
const FIRST_CONTACT_RE =
  /\b(?:i )?(?:don't|do not) think we(?:'ve| have) (?:had (?:the|a) chance to )?(?:connect(?:ed)?|met|spoken|talked|been introduced)\b|\bwe (?:haven't|have not|have never|'ve never|never) (?:actually )?(?:met|spoken|talked|connected|been introduced)\b|\b(?:my|this is my) first (?:email|note|message) to you\b|\breaching out for the first time\b|\byou (?:don't|do not) know me\b|\b(?:apologies|sorry) for (?:the|this) cold (?:email|note|outreach)\b|\bthis (?:email|note|message) (?:is|comes) out of the blue\b/;

/** Runs after every detector of both fields: adds or drops subject findings by what the body says. */
export function readSubjectWithBody(ctx: ScanContext, subject: FieldText, body: FieldText, rawBody: string): void {
  const reply = REPLY_SUBJECT.test(subject.text.folded);
  if (reply) detectFakeThread(ctx, subject, body);
  dropToldSubjectClaims(ctx.findings, subject, body);
  dropThirdPartySubjectClaims(ctx, subject, body);
  if (READER_CONFIDENTIAL_ASK_RE.test(body.text.lower)) dropReaderConfidentialSubject(ctx.findings);
  if (AI_DRAFT_TOLD_RE.test(body.text.lower)) dropToldAiDraftSubject(ctx.findings);
  if (reply && (QUOTED_REPLY.test(rawBody) || answersReader(body.text.lower))) dropReplySubjectTone(ctx.findings);
  else if (reply && !readsCold(body.text.lower)) dropReplyChain(ctx.findings, subject);
  // A forward that carries the message it forwards ("Fwd: Re: resin tank life" over "---------- Forwarded message ---------", forty-eighth session, XP) is the thread itself.
  if (!reply && REPLY_CHAIN.test(subject.text.folded) && FORWARDED_BLOCK_RE.test(body.text.lower)) dropReplyChain(ctx.findings, subject);
}

/**
 * The body asks the reader to keep what it holds between the two companies: "Please treat the
 * pricing as confidential between our two companies", "Nous vous remercions de bien vouloir traiter
 * ces conditions de manière confidentielle", "ونرجو التعامل مع الأسعار بسرية بين شركتينا". The
 * subject's "CONFIDENTIAL" or "– confidentielle" is then the same request to the reader, not a label
 * left from our side (forty-sixth session: TE, TU, UF).
 */
const READER_CONFIDENTIAL_ASK_RE = new RegExp([
  String.raw`\b(?:please|kindly|ask|asking|appreciate|grateful|request|would you|could you)\b[^.!?\n]{0,40}\b(?:treat|keep|handle|hold)\b[^.!?\n]{0,60}\b(?:confidential(?:ly)?|in (?:strict |the strictest )?confidence)\b`,
  String.raw`\bconfidential(?:ly)? between (?:our (?:two )?(?:companies|firms|organi[sz]ations|teams)|us)\b`,
  // "please keep these figures between Acme and Harborne" (forty-eighth session, XJ).
  String.raw`\b(?:please |kindly )?keep (?:these|this|the|our|those) (?:[\w-]+ )?(?:figures|numbers|prices|pricing|rates|terms|details|quote|information|conditions) between (?:you|us|ourco|[\p{L}&.'’ -]{2,40}?) and (?:us|ourco|[\p{L}&.'’ -]{2,40})\b`,
  // The mark explained: "The CONFIDENTIAL marking on the subject line … refers to our pricing schedule, which we ask be treated as a trade secret" (UR).
  String.raw`\bconfidential (?:marking|mark|label|stamp|heading)\b[^.!?\n]{0,80}\b(?:refers to|covers|applies to|is (?:for|about|because))\b|\b(?:ask|asked|request|requested)\b[^.!?\n]{0,40}\btreated as (?:a )?(?:trade secret|commercially sensitive|confidential)\b`,
  String.raw`\b(?:traiter|conserver|garder)\b[^.!?\n]{0,60}(?:confidenti|à titre confidentiel)`,
  String.raw`\b(?:tratar|mantener|manter|guardar|manejar)\b[^.!?\n]{0,60}\b(?:confidencial|confidencialidad|confidencialmente|sigilo|reserva)`,
  String.raw`\bvertraulich (?:zu )?(?:behandeln|behandelt)\b|\bbehandeln sie [^.!?\n]{0,40}\bvertraulich\b|\bvertrouwelijk (?:te )?(?:behandelen|houden)\b`,
  String.raw`\b(?:trattare|considerare|mantenere)\b[^.!?\n]{0,60}\b(?:riservat|confidenzial)`,
  String.raw`التعامل مع[^.!؟\n]{0,40}بسرية|بسرية بين`,
].join('|'), 'u');

/** A confidentiality label in the subject, when the body asks the reader for that confidentiality. */
function dropReaderConfidentialSubject(findings: Finding[]): void {
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as Finding;
    if (f.field !== 'subject') continue;
    // "Our quote — valid 30 days, and please keep it between us" above "We would be grateful if you could treat the pricing as confidential between our two companies" (UZ).
    // "Pricing for Acme (please keep between us)" is tone.secrecy's shape too (forty-eighth session, XV).
    if (f.rule === 'internal.confidentiality-label' || f.rule === 'internal.confidential-caps' || ((f.rule === 'internal.rep-directive' || f.rule === 'tone.secrecy') && /\bbetween us\b/i.test(f.excerpt ?? ''))) findings.splice(i, 1);
  }
}

/**
 * The body tells the reader how the email was written: "A quick note on how this email was written:
 * I used our AI assistant to put together the first draft from my meeting notes, then checked every
 * figure myself". The subject's "Drafted with our assistant: your questions from Tuesday" is then
 * the same disclosure, not the author talking to a reviewer (forty-seventh session, VO).
 */
const AI_DRAFT_TOLD_RE = /\b(?:i|we) (?:used|use|had|asked) (?:our |an |my |the )?(?:ai|artificial intelligence|writing|drafting)? ?(?:assistant|ai tool|ai)\b[^.!?\n]{0,80}\b(?:draft|write|wrote|written|put together|prepare)\b[^.!?\n]{0,120}\b(?:checked|reviewed|read|edited|verified)\b/;
const AI_DRAFT_SUBJECT_RE = /^(?:drafted|written|prepared|composed) (?:with|by|using) (?:the help of )?(?:our|an|my|the) (?:ai )?(?:assistant|ai)\b/;

/** The subject's disclosure of an AI draft, when the body tells the reader the same. */
function dropToldAiDraftSubject(findings: Finding[]): void {
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as Finding;
    if (f.field === 'subject' && f.rule === 'internal.draft-talk' && AI_DRAFT_SUBJECT_RE.test((f.excerpt ?? '').toLowerCase())) findings.splice(i, 1);
  }
}

/**
 * A cold opener ("My name is…", "I'm Sam from Ourco", "I came across your profile", "reaching
 * out because…", "I hope this email finds you well"): with a first-contact line (FIRST_CONTACT_RE),
 * what makes a "Re: Re:" chain a fake thread.
 */
const COLD_OPENER_RE = /\b(?:my name is|(?:i'm|i am) [\p{L}'-]+ (?:[\p{L}'-]+ )?(?:from|with|at|here at) ourco|(?:i(?:'m| am)|just) reaching out (?:to|because|as|since|about|on behalf)|i (?:came|stumbled) across your|(?:wanted|want|would like|i'd like) to (?:briefly )?introduce (?:myself|ourco|our|you to)|allow me to introduce|i hope this (?:email|message|note) finds you|(?:quick|brief) intro(?:duction)?:?)\b/u;

function readsCold(lower: string): boolean {
  return FIRST_CONTACT_RE.test(lower) || COLD_OPENER_RE.test(lower.slice(0, 800));
}

/** A chain of reply and forward marks at the start of a subject ("Re: Re:", "Fwd: Re:"). */
const REPLY_CHAIN = /^\s*(?:re|fwd?|aw|sv)\s*:\s*(?:re|fwd?|aw|sv)\s*:/i;

/**
 * A "Re: Re:" chain above a body that reads like the thread's next message and not like a cold
 * pitch (no cold opener, no "we haven't spoken"): the thread's own marks, whether or not the
 * reply quotes what it answers ("Countersigned copy attached.", "Tuesday 2pm works"). Writers of
 * clean mail put such chains on short replies all the time; the fake thread is a cold pitch
 * dressed as a reply. The subject's other readings stay.
 */
function dropReplyChain(findings: Finding[], subject: FieldText): void {
  // The rule reports one finding per subject: a "(final)" or "??" after the chain keeps it.
  if (/[([]\s*(?:final|last|urgent)\s*[)\]]|\?\?/.test(subject.text.folded)) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as Finding;
    if (f.field === 'subject' && f.rule === 'tone.fake-thread-subject' && f.start === 0 && REPLY_CHAIN.test(subject.text.folded.slice(0, f.end))) findings.splice(i, 1);
  }
}

function detectFakeThread(ctx: ScanContext, subject: FieldText, body: FieldText): void {
  const rule = ctx.rules.byId.get('tone.fake-thread-subject');
  if (rule === undefined || !FIRST_CONTACT_RE.test(body.text.lower)) return;
  const end = subject.text.folded.indexOf(':') + 1;
  addFinding(ctx, subject, rule.rule.kind, rule.severity, 0, end,
    'a reply subject ("Re:") on a first message: the body says you have not been in touch before', rule.rule.id);
}

const WORD_RE = /[\p{L}\p{N}]{3,}/gu;
const NOT_CONTENT = new Set('the and for with your you our new congrats congratulations congratulation well done on of to in at big news great'.split(' '));

/**
 * Words that tell the same kind of news in other words, by claim rule: a subject's "the new role"
 * is the body's "your move to Head of Operations, which you told me about"; "the merger" its
 * "combining the two companies".
 */
const KIND_WORDS: Record<string, readonly string[]> = {
  'claim.leadership': ['role', 'position', 'job', 'title', 'promot', 'head', 'director', 'manager', 'chief', 'cfo', 'ceo', 'cto', 'coo', 'cro', 'cmo', 'owner', 'lead', 'hire', 'hiring', 'join', 'start', 'move', 'team', 'appoint'],
  'claim.expansion': ['warehouse', 'site', 'office', 'centre', 'center', 'store', 'shop', 'plant', 'factory', 'facility', 'facilities', 'opening', 'expan', 'market', 'location', 'building', 'branch', 'hub', 'launch'],
  'claim.expansion-named': ['warehouse', 'site', 'office', 'centre', 'center', 'store', 'plant', 'facility', 'opening', 'expan', 'market', 'location', 'branch', 'hub', 'move'],
  'claim.acquisition': ['merg', 'acqui', 'combin', 'buy', 'bought', 'takeover', 'sister company', 'parent'],
  'claim.funding': ['round', 'rais', 'fund', 'invest', 'capital', 'series'],
  'claim.layoffs': ['restructur', 'reorganis', 'reorganiz', 'layoff', 'redundanc', 'cuts', 'headcount', 'downsiz'],
};

function dropToldSubjectClaims(findings: Finding[], subject: FieldText, body: FieldText): void {
  if (!findings.some((f) => f.field === 'subject' && f.kind === 'unverified_claim')) return;
  // "About the merger you mentioned", "What you said about the new CFO": the subject says so itself.
  const subjectTold = TOLD_RE.test(subject.text.lower);
  const lower = body.text.lower;
  const sentences = splitSentences(lower).map((s) => lower.slice(s.start, s.end));
  // A told-us sentence and the one after it ("Thanks for the update this morning. I understand the
  // board hasn't decided on the new warehouse yet.").
  const told = sentences.flatMap((s, i) => (TOLD_RE.test(s) ? [`${s} ${sentences[i + 1] ?? ''}`] : []));
  if (!subjectTold && told.length === 0) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as Finding;
    if (f.field !== 'subject' || f.kind !== 'unverified_claim') continue;
    if (subjectTold) {
      findings.splice(i, 1);
      continue;
    }
    const words = (f.excerpt.toLowerCase().match(WORD_RE) ?? []).filter((w) => !NOT_CONTENT.has(w));
    // Word stems only (WORD_RE, KIND_WORDS): nothing to escape.
    const list = [...words, ...(KIND_WORDS[f.rule ?? ''] ?? [])];
    if (list.length === 0) continue;
    const stems = new RegExp(`(?<![\\p{L}])(?:${list.join('|')})`, 'u');
    if (told.some((s) => stems.test(s))) findings.splice(i, 1);
  }
}

/** Two or more capitalised words in a row: a company's name as a subject line writes it. */
const NAME_RUN_RE = /\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*)+/gu;

function dropThirdPartySubjectClaims(ctx: ScanContext, subject: FieldText, body: FieldText): void {
  const findings = ctx.findings;
  if (!findings.some((f) => f.field === 'subject' && f.kind === 'unverified_claim')) return;
  const prospect = [ctx.account.name, ...ctx.account.aliases].map((n) => n.toLowerCase()).filter((n) => n.length >= 3);
  // As the subject writes them: the body must name the company with the same capitals ("Marketing
  // ROI under a new CFO" is no company when the body says "marketing ROI").
  const names = [...subject.text.folded.matchAll(NAME_RUN_RE)]
    .map((m) => m[0])
    .filter((n) => !prospect.some((p) => n.toLowerCase().includes(p) || p.includes(n.toLowerCase())));
  if (names.length === 0) return;
  const { lower, folded } = body.text;
  // The body's sentences naming one of those companies, unless a claim was found in them.
  const bodyClaims = findings.filter((f) => f.field === null && f.kind === 'unverified_claim');
  const stories = splitSentences(lower)
    .filter((s) => names.some((n) => folded.slice(s.start, s.end).includes(n)))
    .filter((s) => !bodyClaims.some((f) => f.start < s.end && f.end > s.start))
    .map((s) => lower.slice(s.start, s.end));
  if (stories.length === 0) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as Finding;
    if (f.field !== 'subject' || f.kind !== 'unverified_claim') continue;
    const words = (f.excerpt.toLowerCase().match(WORD_RE) ?? []).filter((w) => !NOT_CONTENT.has(w) && !names.some((n) => n.toLowerCase().includes(w)));
    const list = [...words, ...(KIND_WORDS[f.rule?.replace(/-named$/, '') ?? ''] ?? [])];
    if (list.length === 0) continue;
    const stems = new RegExp(`(?<![\\p{L}])(?:${list.join('|')})`, 'u');
    if (stories.some((s) => stems.test(s))) findings.splice(i, 1);
  }
}

function dropReplySubjectTone(findings: Finding[]): void {
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as Finding;
    if (f.field === 'subject' && f.kind === 'tone') findings.splice(i, 1);
  }
}
