/**
 * Code detectors configured by rule records (DESIGN §5: built-in packs name them with
 * `detector:`): prompt copies (internal_marker), shouting (tone), links. Each looks up its rule
 * so `disable:` and `severity:` apply and findings carry the rule id. Everything expressible as
 * phrases and patterns lives in the packs (src/detect/packs/), not here.
 */
import { hostAllowed, needsNoAllowEntry } from '../policy/domains.js';
import { inCodeBlock } from './code-block.js';
import { NOTHING_TO_DO } from './disclaimers.js';
import { addFinding, type FieldText, type ScanContext } from './context.js';
import { INCIDENT_WORDS, PRIORITY_DEFINED_WITH_CONTACT } from './incident.js';
import { inQuotedExample } from './mention.js';
import { inQuotedLine, normalizeTerm } from './normalize.js';
import { LIST_ITEM } from './owner-list.js';
import { lineEndOf, lineStartOf, perText, tableRowAt } from './text-index.js';
import { isContentful, splitWords, windowKey, wordsAt } from './words.js';

export const PROMPT_RUN_WORDS = 8;

export function detectPromptCopy(ctx: ScanContext, f: FieldText, prompt: string | undefined): void {
  if (prompt === undefined || prompt.trim() === '') return;
  const rule = ctx.rules.detector('prompt-copy');
  if (rule === undefined) return;
  const p = splitWords(normalizeTerm(prompt));
  if (p.count < PROMPT_RUN_WORDS) return;
  const keys = new Map<number, string[]>();
  for (let i = 0; i + PROMPT_RUN_WORDS <= p.count; i++) {
    const words = wordsAt(p, i, PROMPT_RUN_WORDS);
    if (!isContentful(words)) continue;
    const k = windowKey(p.hashes, i, PROMPT_RUN_WORDS);
    keys.set(k, [...(keys.get(k) ?? []), words]);
  }
  const d = splitWords(f.text.lower);
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart < 0) return;
    addFinding(ctx, f, rule.rule.kind, rule.severity, d.starts[runStart] ?? 0, d.ends[runEnd] ?? 0,
      `${runEnd - runStart + 1} words copied from the agent's instructions`, rule.rule.id);
    runStart = -1;
  };
  for (let i = 0; i + PROMPT_RUN_WORDS <= d.count; i++) {
    const candidates = keys.get(windowKey(d.hashes, i, PROMPT_RUN_WORDS));
    if (candidates === undefined || !candidates.includes(wordsAt(d, i, PROMPT_RUN_WORDS))) continue;
    if (runStart >= 0 && i <= runEnd + 1) {
      runEnd = i + PROMPT_RUN_WORDS - 1;
      continue;
    }
    flush();
    runStart = i;
    runEnd = i + PROMPT_RUN_WORDS - 1;
  }
  flush();
}

// ---------------------------------------------------------------- shouting

// Capitals of any Latin, Greek or Cyrillic script, a word's apostrophe within it: "KAN VI BÖRJA MED
// BARA EN SKOLA" is one run, not "RJA MED BARA EN SKOLA" after an Ö, and "YOU'RE NOT ON THE GOLD
// COAST" not "RE NOT ON THE GOLD COAST" (forty-second session, MQ, MV).
const SHOUT_RE = /(?<![\p{L}\p{N}_'’])\p{Lu}(?:\p{Lu}|['’](?=\p{Lu}))*\p{Lu}(?:[ ,]+\p{Lu}(?:\p{Lu}|['’](?=\p{Lu}))*\p{Lu}){2,}(?![\p{L}\p{N}_])/gu;
const PEM_ARMOR_RE = /(?<!-)-{3,}[ \t]*(?:BEGIN|END)\b[A-Z0-9 \t]{0,60}-{3,}/g;
const SHOUT_WORD_RE = /\b(?:FREE|NOW|URGENT|IMPORTANT|TODAY|HURRY|GUARANTEED|LIMITED|WARNING|ATTENTION|HUGE|AMAZING|EXCLUSIVE|LAST CHANCE|ACT NOW)\b/g;

/** A run of capitals at least half of whose words (of 2-5 letters each) have no vowel: a list of codes. */
function isCodeRun(run: string): boolean {
  const words = run.split(/\P{Lu}+/u).filter((w) => w !== '');
  if (words.length === 0 || words.some((w) => w.length > 5)) return false;
  return words.filter((w) => !/[AEIOUY]/.test(w)).length * 2 >= words.length;
}

/**
 * Acronyms of software and business that stand in runs ("the Ourco LIMS REST API", "SAML SSO
 * SCIM", "CRM ERP API") and are names, not a raised voice.
 */
const ACRONYMS: ReadonlySet<string> = new Set((
  'API APIS REST SDK CLI GUI CRM ERP LIMS ELN QMS EHR EMR HRIS ATS LMS SIS WMS TMS MES CMMS PIM CMS DAM CDP ETL ELT BI KPI OKR ROI TCO SLA SLO ' +
  'SSO SAML SCIM OIDC LDAP MFA OTP VPN DNS TLS SSL SSH SFTP FTP HTTP HTTPS URL URI JSON XML CSV PDF HTML CSS SQL NOSQL YAML EDI AI ML LLM GPU CPU RAM ' +
  'AWS GCP IAM KMS SOC ISO GDPR HIPAA PCI DSS CCPA FERPA NIST CJIS DORA SOX GXP GMP GLP GCP CAPA SOP EDC CTMS ETMF IRB ' +
  'POS SKU UPC EAN RFID IOT OEM B2B B2C SAAS PAAS IAAS MSP VAR ISV SMB SME CEO CFO CTO COO CIO CISO VP HR IT OT QA UAT UI UX'
).split(' '));

function isAcronymRun(run: string): boolean {
  const words = run.split(/[^\p{Lu}0-9]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => ACRONYMS.has(w));
}

/** The words a raised voice uses ("YOU", "PLEASE", "NOW", "LAST"…): capitals holding one are shouted. */
const PRESSURE_WORDS = /\b(?:YOU|YOUR|YOU'RE|PLEASE|NOW|TODAY|TONIGHT|ASAP|DON'T|MUST|NEED|LAST|FINAL|URGENT|HURRY|ACT|SIGN)\b/;

/**
 * Whether `at` is on a heading: a short line of its own in capitals ("WHAT NEEDS ATTENTION",
 * "STORIES AND REELS (1080x1920)", "2. NEXT STEPS:"), at most eight words, no stop or
 * exclamation mark, and none of the words a raised voice uses ("YOU", "PLEASE", "NOW", "LAST"…;
 * "YOU" is allowed in a heading that opens with a question word).
 */
export function onHeadingLine(text: string, at: number): boolean {
  const lineStart = lineStartOf(text, at);
  const lineEnd = lineEndOf(text, at);
  // Eight words and their marks: a longer line is no heading (and is not read again per run).
  if (lineEnd - lineStart > HEADING_MAX) return false;
  // The line without its marks: a list number, a time of day ("06:30. ARRIVAL AND SIGN-IN", forty-eighth session, XW), a Spanish question's "¿", a note in brackets after
  // it ("DOCUMENTS SENT IN ADVANCE [attached]"), and a clause's number's stops ("CLAUSE 9.2").
  let line = text.slice(lineStart, lineEnd)
    .replace(/^[\s#*_>=¿¡-]*(?:(?:\d{1,2}|[A-Z])[.)]\s*)?(?:\d{1,2}[:.h]\d{2}[.)]?\s+)?(?:\([^()\n]{1,60}\)\s*)?[¿¡]?/, '')
    .replace(/\s*(?:\([^()\n]{0,80}\)|\[[^[\]\n]{0,80}\])?\s*[:*_=-]*\s*$/, '')
    .replace(/(?<=\d)\.(?=\d)/g, '')
    // "WHAT IT COSTS VS. WHAT IT PREVENTS": the abbreviation's stop ends no sentence (forty-seventh session, WK).
    .replace(/\b(VS|V)\.(?= )/g, '$1');
  // A question heading of a list of answers ("WHO HOLDS THE MONEY?", "ARE YOU LICENSED?", "HUR FÅR
  // VI IN ELEVLISTORNA?"): the question on its own line, its answer in ordinary case on the next
  // (forty-second session, MP, MQ). Its YOU is the reader's question, as after WHAT or HOW.
  let asked = /\?$/.test(line) && answeredBelow(text, lineEnd);
  if (asked) line = line.slice(0, -1).trimEnd();
  // A run-in heading: "2. YOUR RISK ASSESSMENT. Under UK law, …", "WHAT WE NEED FROM YOU: a pallet
  // truck …" (forty-second session, MI). The capitals before the stop or colon head the prose after
  // it, and are read as a heading line when `at` is in them, on a numbered item or among lines
  // labelled the same way (runInHeads): a lone "LIMITED SPOTS: …" opening a line is a raised voice.
  const runIn = RUN_IN_HEADING.exec(line);
  // A label whose value says there is nothing to do ("ACTION NEEDED FROM YOU: none before our review
  // meeting", forty-third session, NU) is a label, alone on its line or not.
  if (runIn !== null && (runInHeads(text, lineStart, lineEnd) || NOTHING_VALUE.test(line.slice(runIn[0].length - 1)))) {
    const head = runIn[1] as string;
    const headStart = text.indexOf(head, lineStart);
    if (headStart >= 0 && at >= headStart && at < headStart + head.length) {
      line = head;
      // "DO YOU NEED TO DO ANYTHING? No." among "WHAT'S AFFECTED: …" lines: a question answered on its own line (forty-seventh session, VP).
      if (runIn[0].charAt((runIn[1] as string).length) === '?') asked = true;
    }
  }
  // A name written as it is spelt ("WHAT Acme Analytics TOLD US IT NEEDS") in a heading that is
  // two thirds capitals or more stands for a word of it.
  let names = 0;
  // An acronym's plural written small ("KPIs", "SLAs") is a word of capitals.
  // A quantity's small "x" ("ADD 2 x HX-120 AND A SHORT SECOND SHIFT", forty-sixth session, UE) is a sign, not a word in small letters.
  // A course or a visit and its length ("CRANE BRAKE AND HOIST MAINTENANCE — 3 days", fifty-third session, KO) and a support
  // line's hours ("QUESTIONS ABOUT REPORTS OR THE PORTAL – Mon–Fri, 8:00–18:00", NAD): a subtitle in small letters, not read as words.
  if (!SALE_WORDS.test(line)) line = line.replace(SUBTITLE_LENGTH_OR_HOURS, '');
  let core = line.replace(/(?<=\d)[ \t]*[x×][ \t]*(?=[\p{Lu}\d])/gu, ' X ').replace(/(?<![\p{L}])(\p{Lu}{2,})s(?![\p{L}])/gu, '$1S').replace(/(?<![\p{L}'’])\p{Lu}\p{Lu}?[\p{Ll}][\p{L}'’.&-]*(?:[ \t]+\p{Lu}\p{Lu}?[\p{Ll}][\p{L}'’.&-]*)*/gu, () => (names++, 'X'));
  if (names * 3 > core.split(/\s+/).length) return false;
  // A heading over a list ("AVAILABLE NOW" over "- English (US and UK)") names what the list holds:
  // its NOW or TODAY is the list's time, not a push.
  const next = text.slice(lineEnd + 1, lineEnd + 41);
  const overList = LIST_ITEM.test(next);
  // "IMPACT ON YOUR REPORTING", "CHANGES TO YOUR PLAN", "QUESTIONS FOR YOU", "BEFORE YOUR FIRST PICKUP" (forty-ninth session, YM): a YOUR or YOU after a preposition names a topic;
  // so does one opening a heading of nouns ("YOUR SERVICES WITH OURCO", "YOUR CONTACTS"), not one
  // that says something happens ("YOUR ACCOUNT WILL BE CLOSED", "YOUR TRIAL ENDS").
  // A "TO-DO" list is a noun ("YOUR TEAM'S TO-DO"), not a verb DO.
  // A SIGN-IN, SIGN-UP or SIGN-OFF is a step's noun, not a push to sign.
  // "OPTION A – PAY AS YOU GO": a way of paying, named (forty-ninth session, ZE).
  // "TOP 5 URGENT ITEMS, 2024", "URGENT PARTS OUT OF HOURS" over an on-call line: the urgent things a list or a number is for, named (fiftieth session, ZT).
  core = core.replace(/\bURGENT (?:PARTS?|SPARES|ITEMS?|ORDERS?|REPAIRS?|JOBS?|CALLS?|CALL-?OUTS?|BREAKDOWNS?|CASES?|REQUESTS?|DELIVERIES|DELIVERY|SUPPORT|CONTACTS?|LINE|NUMBERS?|ISSUES?|ENQUIRIES|INQUIRIES|FAULTS?|QUERIES|TICKETS?)\b/g, 'X');
  let topic = core.replace(/\bPAY[- ]AS[- ]YOU[- ]GO\b/g, 'PAYG').replace(/\bTO-DO(S?)\b/g, 'TODO$1').replace(/\bSIGN-(?:IN|UP|OFF|ON)\b/g, 'SIGNIN').replace(/\b(?:ON|FOR|TO|OF|ABOUT|IN|WITH|FROM|AT|BY|ACROSS|UNDER|INTO|BEFORE|AFTER|DURING) YOUR\b/g, '').replace(/\b(?:FOR|FROM|WITH|BY|ON) YOU\b/g, '');
  // "THURSDAY 13 MARCH, 10:00-11:30, YOUR KATUNAYAKE OFFICE", "DISPATCH CONSOLE / YOUR BI TOOL": a YOUR opening a list's item names a place or a thing (fifty-fourth session, NAZ, NAL).
  if (!HEADING_VERB.test(topic)) topic = topic.replace(/(?:^|(?<=[,/] ))YOUR\b/g, '');
  if (overList) topic = topic.replace(/\b(?:NOW|TODAY)\b/g, '');
  // "WE NEED" and "WE DON'T NEED" over the lists of data a pilot takes and does not, "WE DON'T PROMISE": what the list holds (forty-fifth session, TD, TX).
  if (overList) topic = topic.replace(/^(?:WE|I)(?: STILL| ALSO| WILL| WON['’]T| DON['’]T| DO NOT| CAN| CAN['’]T)? (?:NEED|PROMISE|OFFER|COVER|GUARANTEE|CHARGE FOR|DO)\b/, '');
  // "PLEASE DON'T SEND" over "- Card numbers or bank details" in a checklist (forty-seventh session, WN).
  if (overList) topic = topic.replace(/^PLEASE (?:DON['’]T|DO NOT) (?:SEND|SHARE|INCLUDE|UPLOAD|ATTACH|EMAIL)\b/, '');
  // "NEEDS YOUR CHECK (4 items)" beside "LOADED OK" over an import's report: the status of the items listed, not a push (forty-seventh session, VP).
  if (overList) topic = topic.replace(/^(?:NEEDS|NEEDING|AWAITING|WAITING FOR|FOR) YOUR (?:CHECK|REVIEW|INPUT|ANSWERS?|DECISIONS?|CONFIRMATION|SIGN-OFF|APPROVAL|COMMENTS)\b/, '');
  // "TIME SPENT TODAY", "YOUR COSTS TODAY": how things stand, not a push (forty-second session, MZ).
  topic = topic.replace(/\b(?:SPENT|COSTS?|SETUP|SET-UP|PROCESS|STATE|SITUATION|WORKFLOW|VOLUMES?|FIGURES|NUMBERS|SPEND|TIME|HOURS|PRICES?|PRICING|STACK|TOOLS?|SYSTEMS?|SET UP) (?:TODAY|NOW)\b/g, '');
  // "YOUR REQUIREMENTS, AS YOU DESCRIBED THEM": where the list came from, not a raised voice.
  // "ACCEPTED AS YOU PROPOSED" over the clauses agreed (forty-seventh session, WM).
  // "YOUR CONCERNS, AS YOU PUT THEM", "PRICING, SIDE BY SIDE WITH WHAT YOU TOLD ME" (fifty-fourth session, NAP, NAT).
  topic = topic.replace(/\b(?:AS|WHAT) (?:YOU|YOUR TEAM|YOUR [A-Z]+) (?:DESCRIBED|TOLD US|TOLD ME|SAID|ASKED|REQUESTED|EXPLAINED|LISTED|SET OUT|WROTE|PROPOSED|SUGGESTED|ASKED FOR|REDLINED|DRAFTED|PUT|PUT IT|SHARED|SENT|MENTIONED|DESCRIBED TO ME|DESCRIBED TO US)(?: (?:THEM|IT|US|ME))?\b/g, '');
  // "LAST 12 MONTHS AT A GLANCE", "LAST QUARTER IN NUMBERS": a span of time, not a last chance.
  // "1. CHECK YOUR NOTICE PERIOD.", "UPLOAD YOUR DATA": a step named by its verb (forty-third session, OE).
  topic = topic.replace(/^(?:CHECK|CONFIRM|REVIEW|SEND|UPLOAD|SET UP|CONNECT|INSTALL|CHOOSE|PICK|ADD|INVITE|TEST|MAP|EXPORT|IMPORT|PLAN|LIST|GATHER|COLLECT|PREPARE|SHARE|TRAIN|MEASURE|CLEAN UP|BACK UP) YOUR\b/, '');
  // "STEP 3: CHECK YOUR SENSOR MAP", "STEP 4: BOOK YOUR TRAINING": a numbered step named by its verb (fiftieth session, SF).
  topic = topic.replace(/^(?:STEP|PHASE|STAGE|PART) \d{1,2}[:.)]?[ \t]*[-–—:]?[ \t]*(?:CHECK|CONFIRM|REVIEW|SEND|UPLOAD|SET UP|CONNECT|INSTALL|CHOOSE|PICK|ADD|INVITE|TEST|MAP|EXPORT|IMPORT|PLAN|LIST|GATHER|COLLECT|PREPARE|SHARE|TRAIN|MEASURE|CLEAN UP|BACK UP|BOOK|SCHEDULE|ACTIVATE|ENABLE|SECURE|NAME|PRINT|SIGN IN TO|LOG IN TO) YOUR\b/, '');
  // "CE QUE NOUS NE POUVONS PAS FAIRE À VOTRE PLACE", "LO QUE NO PODEMOS HACER": the limits of what we do, headed in French, Spanish, Portuguese or German (fiftieth session, SM).
  topic = topic.replace(/^(?:CE QUE NOUS (?:NE )?(?:POUVONS|FAISONS|FERONS|GARANTISSONS)(?: PAS)?(?: FAIRE)?|CE QUE VOUS (?:DEVEZ|DEVREZ|POUVEZ) FAIRE|LO QUE (?:NO )?(?:PODEMOS|HACEMOS|GARANTIZAMOS)(?: HACER)?|O QUE (?:NÃO )?(?:PODEMOS|FAZEMOS|GARANTIMOS)(?: FAZER)?|WAS WIR (?:NICHT )?(?:TUN|KÖNNEN|MACHEN|GARANTIEREN)(?: KÖNNEN)?)(?![\p{L}])/u, '');
  // "THINGS I CAN'T TELL YOU", "WHAT WE CAN AND CAN'T PROMISE": the limits of what we say, headed (forty-fifth session, TP).
  topic = topic.replace(/\b(?:WHAT|THINGS|WHERE) (?:I|WE) (?:CAN AND CAN['’]T|CAN['’]T|CANNOT|DON['’]T KNOW|WON['’]T|CAN) (?:TELL YOU|SAY|PROMISE|DO)\b/g, '');
  // "COSTS YOU SHOULD ALSO BUDGET FOR", "QUESTIONS YOU MAY WANT TO ASK": what a list holds for the reader to weigh (forty-sixth session, UR).
  topic = topic.replace(/\b(?:COSTS?|THINGS|ITEMS|QUESTIONS|RISKS|STEPS|DOCUMENTS|POINTS|CHECKS|LIMITS|CAVEATS) (?:THAT )?(?:YOU|YOUR TEAM) (?:SHOULD|MAY|MIGHT|WILL|NEED TO|MAY WANT TO|MIGHT WANT TO)(?: ALSO)? (?:BUDGET FOR|KNOW|CONSIDER|CHECK|ASK|PLAN FOR|EXPECT|PREPARE|BRING|HAVE|KNOW ABOUT|WATCH FOR)\b/g, '');
  // "REASONS YOU MIGHT NOT GO AHEAD", "SIGNS YOU MAY NOT NEED US YET": the case against us, headed (forty-sixth session, UF).
  topic = topic.replace(/\b(?:REASONS?|SIGNS?|CASES?|TIMES?|WHEN) (?:YOU|YOUR TEAM|WE) (?:MIGHT|MAY|COULD|SHOULD|WOULD|SHOULDN['’]T)(?: NOT)? (?:GO AHEAD|PROCEED|BUY|SIGN|SWITCH|WAIT|NEED|WANT|CHOOSE|SAY NO|HOLD OFF|STAY)\b/g, '');
  // "OFFLINE MATTERS MORE THAN YOU THINK": a heading's claim, not a push (forty-third session, NY).
  // "5. WATER QUALITY MATTERS MORE ON THE WEST COAST THAN YOU'D THINK" compares across a few words (forty-eighth session, WW).
  topic = topic.replace(/\b(MORE|LESS|BETTER|WORSE|FASTER|SLOWER|CHEAPER|EARLIER|LATER|HARDER|EASIER|OFTENER|BIGGER|SMALLER)\b([^:]{0,40}?) ?\bTHAN YOU(?:['’]D| WOULD| MIGHT| MAY)? (?:THINK|EXPECT|IMAGINE|REALISE|REALIZE|GUESS)\b/g, '$1$2');
  // "6. COST IF YOU CONTINUE", "NEXT STEPS IF YOU GO AHEAD": what follows a choice, headed by it (forty-third session, NO).
  // "7. TIMELINE, IF YOU WENT AHEAD" puts the choice in the past tense, after a comma (forty-seventh session, VN).
  topic = topic.replace(/\b(?:COSTS?|PRICE|PRICING|FEES?|NEXT STEPS|OPTIONS?|WHAT HAPPENS|TIMELINE|TERMS|PLAN|STEPS),? IF YOU (?:CONTINUE|PROCEED|GO AHEAD|DECIDE|SIGN|RENEW|STAY|SWITCH|UPGRADE|EXTEND|DON['’]T CONTINUE|STOP|WENT AHEAD|PROCEEDED|DECIDED|SIGNED|RENEWED|SWITCHED|UPGRADED|WERE TO (?:GO AHEAD|PROCEED|SIGN|SWITCH))\b/g, '');
  topic = topic.replace(/\bLAST (?:\d{1,3} |TWO |THREE |SIX |TWELVE )?(?:YEARS?|MONTHS?|QUARTERS?|WEEKS?|DAYS?|SEASONS?|TERMS?|FY[\d/-]*)\b/g, '');
  // "WHAT YOUR TEAM TOLD US IN THE FINAL SURVEY": the last of a series, not a last chance (forty-second session, MT).
  topic = topic.replace(/\bFINAL (?:IMPORT|MIGRATION|CUT-?OVER|GO-LIVE|TEST(?:ING)?|CHECKS?|SIGN-OFF|HANDOVER|INSPECTION|DELIVERY|INSTALLATION|SETUP|SET-UP|TRAINING|WALKTHROUGH|WALK-THROUGH|ACCEPTANCE|AUDIT|SYNC|UPLOAD|SURVEY|REPORT|NUMBERS|FIGURES|RESULTS|SUMMARY|CHECKLIST|STEPS|AGENDA|INVOICE|REVIEW|DETAILS|NOTES|SCORES?|TALLY|COUNT|SCHEDULE|PROGRAMME|PROGRAM|VERSION|DRAFT|ROUND|STAGE|PHASE|QUOTE|PRICING|WEEK|MONTH|SESSION|WORKSHOP|MEETING|CALL|DESIGN|PLAN)\b/g, '');
  // "QUESTIONS YOU ASKED, WITH SHORT ANSWERS", "POINTS YOU RAISED": the reader's own questions, named.
  // "FEATURES YOU WANTED TO SEE AGAIN" (forty-first session, JG).
  topic = topic.replace(/\b(?:QUESTIONS?|THINGS|POINTS|ITEMS|ISSUES|TOPICS|CONCERNS|FEATURES|AREAS|PARTS|SCREENS|REPORTS|EXAMPLES|FIGURES|NUMBERS|OPTIONS|INPUTS|DATA|DETAILS|ASSUMPTIONS|REQUIREMENTS|ANSWERS) (?:THAT )?YOU (?:ASKED|RAISED|MENTIONED|SENT|FLAGGED|LISTED|SHARED|LIKED|REQUESTED|CHOSE|PICKED|GAVE(?: US| ME)?|PROVIDED|SUPPLIED|WANTED(?: TO (?:SEE|DISCUSS|REVISIT|COVER))?)(?: (?:ABOUT|US|ME|AGAIN|FOR))*\b/g, '');
  // "ANYTHING ELSE YOU'D LIKE TO RAISE (10 min)": an agenda's open slot for the reader (forty-third session, NQ).
  topic = topic.replace(/\b(?:ANYTHING|SOMETHING|TOPICS?|ITEMS?|QUESTIONS?|POINTS?) (?:ELSE |OTHER )?(?:THAT )?YOU(?:['’]D| WOULD)? (?:LIKE|WANT|WISH) TO (?:RAISE|DISCUSS|ADD|COVER|ASK|TALK ABOUT|SHARE|REVIEW|GO OVER)\b/g, '');
  // "KPIS YOU ASKED ABOUT" (written "KPIs"): the reader's own question, named.
  topic = topic.replace(/\b\p{Lu}{2,}S? (?:THAT )?YOU (?:ASKED|RAISED|MENTIONED|SENT|FLAGGED|LISTED|SHARED)(?: (?:ABOUT|FOR|US|ME))?\b/gu, '');
  // "QUESTIONS WE OWE YOU", "WHAT WE OWE YOU": what we still have to send, not a push.
  topic = topic.replace(/\b(?:QUESTIONS?|ANSWERS?|THINGS|ITEMS|ACTIONS|FOLLOW-?UPS|WHAT) WE (?:STILL )?OWE YOU\b/g, '');
  // "3. REVENUE YOUR CLINIC RECORDED THROUGH HELMSDALE": what the reader's side did, named (fifty-third session, RO).
  topic = topic.replace(/\b(?:THAT )?YOUR (?:\p{Lu}+ ){1,2}(?:RECORDED|SAW|HAD|MADE|EARNED|LOGGED|PROCESSED|TOOK|BOOKED|HANDLED|SAVED|LOST|COLLECTED|GENERATED|REPORTED|RECEIVED)\b/gu, '');
  // "QUESTIONS YOU ASKED THAT I OWE YOU ANSWERS ON": the answers the writer still owes, named (fifty-third session, KG).
  topic = topic.replace(/\b(?:THAT |WHICH )?(?:I|WE) (?:STILL )?OWE YOU(?: (?:AN? )?(?:ANSWERS?|REPLIES|REPLY|UPDATES?|FIGURES|NUMBERS|DETAILS)(?: (?:ON|TO|FOR|ABOUT))?)?\b/g, '');
  // "IF YOU'D LIKE TO CONTINUE", "IF YOU NEED MORE TIME", "IF YOU GET LOST": an option or a case
  // the email sets out, headed by its condition; "ENDPOINTS YOU'LL PROBABLY WANT", "THINGS YOU
  // WILL NEED": what a list holds (forty-second session, MG). "IF YOU DON'T ACT NOW" keeps its push.
  topic = topic.replace(/(?:^|^(?:AFTER|BEFORE|DURING|AT THE END OF) THE [A-Z -]{2,20}, )IF YOU(?:['’]D| WOULD)?(?: (?:DON['’]T|DO NOT))?(?: (?:LIKE|WANT|PREFER|NEED|DECIDE|CHOOSE|WISH))?\b/, '');
  // "WHAT YOU DON'T GET", "BEFORE YOU LEAVE FRIDAY": what a plan leaves out and a checklist's moment, headed (forty-ninth session, ZN).
  topic = topic.replace(/^(?:WHAT|THINGS) (?:YOU|WE) (?:DON['’]T |DO NOT |WON['’]T )?(?:GET|PAY(?: FOR)?|RECEIVE|COVER|INCLUDE|CHARGE(?: FOR)?|NEED)\b|^BEFORE YOU (?:LEAVE|GO|START|ARRIVE|BEGIN|SUBMIT|TRAVEL|FLY)\b/, '');
  topic = topic.replace(/\b(?:YOU|YOUR TEAM|YOUR DEVELOPERS)(?:['’]LL| WILL)? (?:PROBABLY |LIKELY |MOST LIKELY |ALSO )?(?:WANT|NEED|USE|SEE|FIND)\b/g, '');
  // "ADDITIONAL DETAIL REQUESTED IN SECTION 3 OF THE RFI": what the reader's form asked for (forty-first session, AS).
  topic = topic.replace(/\b(?:ADDITIONAL |FURTHER |OTHER )?(?:DETAILS?|INFORMATION|INFO|DOCUMENTS?|ITEMS?|ANSWERS?|EVIDENCE) (?:REQUESTED|ASKED FOR)\b/g, '');
  // "THE BIGGER RISK: SUPPLIERS", "STEP 2: CONFIGURE SSO": a heading and its subtitle; "OPTION 2: MT + HUMAN REVIEW" joins two.
  // Capitals of any script: "CE QUE NOUS AVONS MONTRÉ", "ÜBERSICHT".
  // A title and its subtitle ("ENGLISH FOR FINANCE: RUNNING A MONTH-END CALL WITH HEADQUARTERS") may run to twelve words.
  // An option and its name joined by a dash ("OPTION C — FULL ROUTE REVIEW, NO LIVE PILOT", forty-sixth session, UM) are a heading and its subtitle, as with a colon.
  // So are a case study's name and its years ("BALKAN URBAN TRANSIT (PLOVDIV) — 2023–2025", forty-eighth session, XZ): the place in brackets is read as a word, the years as the subtitle.
  core = core.replace(/[ \t]+\([\p{Lu}0-9 ,.'’&/-]{1,40}\)(?=[ \t]|$)/gu, '');
  if (/^[\p{Lu}0-9 '’&/]{2,30}[ \t]+[—–-][ \t]+[\p{Lu}\d]/u.test(core)) core = core.replace(/[ \t]+[—–-][ \t]+/, ': ').replace(/(?<=\d)[–-](?=\d)/g, '-');
  // A label before the question ("CHECKLIST: WHAT WE'LL NEED FROM ACME", forty-sixth session, UE) heads it the same way.
  const question = asked || QUESTION_HEADING.test(core) || QUESTION_HEADING.test(core.replace(/^[\p{Lu}0-9 '’&/-]{2,30}:[ \t]+/u, ''));
  // A numbered section heading over its prose ("3. THE PLAN IS ONLY AS GOOD AS THE DECLARED DRAUGHT",
  // forty-third session, NO) may run to twelve words too.
  const numberedOverProse = /^[ \t#*_]*\d{1,2}[.)][ \t]/.test(text.slice(lineStart, lineEnd)) && answeredBelow(text, lineEnd);
  // A time of day or a span of hours inside the heading ("THURSDAY 13 MARCH, 10:00-11:30, YOUR KATUNAYAKE OFFICE") is a figure, not a label's colon;
  // a slash between a diagram's boxes ("DISPATCH CONSOLE / MAINTENANCE DASHBOARD / YOUR BI TOOL") is no word; a heading and its subtitle may be
  // joined by a comma ("PRICING, SIDE BY SIDE WITH WHAT YOU TOLD ME") as by a colon (fifty-fourth session, NAZ, NAL, NAT).
  core = core.replace(/(?<=\d)[:.](?=\d{2}\b)/g, '');
  const words = core.split(/\s+/).filter((w) => w !== '/').length;
  // Quotation marks around a word of the heading: WHAT "REFURBISHED" MEANS AT OURCO (forty-fifth session, TP).
  // A figure's percent sign belongs to the heading ("IF LOSSES FELL TO 11%", fifty-third session, NAD).
  return /^[\p{Lu}0-9"“][\p{Lu}0-9'’&/+, "“”;%-]*(?::[ \t]+[\p{Lu}0-9"“][\p{Lu}0-9'’&/+, "“”;%-]*)?$/u.test(core) && words <= (core.includes(': ') || core.includes(', ') || question || numberedOverProse || overList ? 12 : 8) &&
    !PRESSURE_WORDS.test(question ? topic.replace(/\b(?:YOU(?:R|'RE)?|NEED|NEEDS|TODAY|NOW|SIGN)\b|\b(?:WE|I|IT|THEY|YOU|[A-Z]{2,}S) (?:DON['’]T|DOESN['’]T|CAN['’]T|WON['’]T)\b/g, '') : topic);
}

/** Whether the line after the one ending at `lineEnd` is an answer: prose with a small letter, not a blank line or more capitals. */
function answeredBelow(text: string, lineEnd: number): boolean {
  return lineEnd < text.length && /\p{Ll}/u.test(lineAround(text, lineEnd + 1));
}

/** A line labelled in capitals and a colon ("DATE: 9 June", "VEHICLE: 18-tonne rigid"). */
const CAPS_LABEL_LINE = /^[ \t*•-]*[\p{Lu}0-9][\p{Lu}0-9'’&/+, -]{1,40}:[ \t]/u;

/**
 * Whether the line [lineStart, lineEnd) may hold a run-in heading: a numbered item ("2. YOUR RISK
 * ASSESSMENT. …") or a label among labelled lines (the line before or after is labelled in
 * capitals and a colon too: a delivery note's "DATE:", "VEHICLE:", "WHAT WE NEED FROM YOU:").
 */
function runInHeads(text: string, lineStart: number, lineEnd: number): boolean {
  return /^[ \t]*\d{1,2}[.)][ \t]/.test(text.slice(lineStart, lineEnd)) ||
    CAPS_LABEL_LINE.test(lineBefore(text, lineStart)) || CAPS_LABEL_LINE.test(lineAfter(text, lineEnd));
}

/**
 * The line before the one starting at `lineStart`, over one blank line: labelled paragraphs are
 * often set apart ("WHAT YOU NEED TO DO: nothing.", a blank line, "WHY TELL YOU: you mentioned…",
 * fifty-third session, KH).
 */
function lineBefore(text: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const line = lineAround(text, lineStart - 1);
  if (line.trim() !== '' || lineStart - 1 - line.length <= 0) return line;
  return lineAround(text, lineStart - 2 - line.length);
}

/** The line after the one ending at `lineEnd`, over one blank line (lineBefore). */
function lineAfter(text: string, lineEnd: number): string {
  if (lineEnd >= text.length) return '';
  const line = lineAround(text, lineEnd + 1);
  const next = lineEnd + 1 + line.length;
  if (line.trim() !== '' || next >= text.length) return line;
  return lineAround(text, next + 1);
}

/** A priority named in brackets before a colon: "(URGENT):". */
const PRIORITY_IN_BRACKETS = /^\(\p{Lu}+\)[ \t]*:/u;

/** A support class heading its own line, defined in brackets, its contact on the next: "URGENT (machine data missing, dosing stopped)\nSupport line, 24/7: +90 850 305 22 40". */
const PRIORITY_HEADING = new RegExp(`^${PRIORITY_DEFINED_WITH_CONTACT}`);

/** A class of support requests with its definition after it: "URGENT issues (a bridge or dispatch not working)". */
const PRIORITY_CLASS_AFTER = /^ (?:issues?|tickets?|requests?|cases?|calls?|incidents?|matters?|problems?|faults?)\b[^\n]{0,20}?\(/;

/** What follows a priority's name when it is defined: "(nobody can log in, data missing):". */
const PRIORITY_DEFINED = /^[ \t]*\([^()\n]{1,80}\)[ \t]*:/;

/** A label's value that says there is nothing: "none", "nothing", "n/a", "not yet". */
const NOTHING_VALUE = new RegExp(String.raw`^\s*${NOTHING_TO_DO}\b`, 'i');
/** A label's colon and a value that says there is nothing to do. */
const LABEL_THEN_NOTHING = new RegExp(String.raw`^[ \t]*:\s*${NOTHING_TO_DO}\b`, 'i');

/** Capitals ending in a stop, a colon or a question mark, then prose with a small letter on the same line (onHeadingLine). */
const RUN_IN_HEADING = /^([\p{Lu}0-9][\p{Lu}0-9'’&/+, -]{2,80}?)(?:\.|:|\?)[ \t]+(?=[^\n]*\p{Ll})\S/u;

/** Words that make a line in capitals say that something happens, not name a part of the email. */
const HEADING_VERB = /\b(?:WILL|WON'T|IS|ISN'T|ARE|AREN'T|WAS|WERE|BE|BEEN|HAS|HAVE|HAD|CAN|CAN'T|DO|DOES|DON'T|GET|GETS|EXPIRES?|ENDS?|CLOSES?|RUNS? OUT|STOPS?|LOSES?|LOST|GOING)\b/;

/** The longest line read as a heading: eight long words, a number, marks and a bracketed note. */
const HEADING_MAX = 300;

/** A heading that asks or tells what something is ("WHAT YOU TOLD US", "HOW YOUR DATA FLOWS", "WHAT WE NEED FROM YOU", "WHAT OURCO COVERS TODAY"): its "YOU", "NEED", "TODAY" and "NOW" are not a raised voice. */
const QUESTION_HEADING = /^(?:WHAT|WHERE|HOW|WHY|WHEN|WHO|WHICH)\b/;

/**
 * Capitals that name things rather than raise the voice: a line item with its quantity ("4 x 10-INCH
 * RUGGED TABLET"), a label or section name in quotation marks ("the "STOP WORK AUTHORITY" section"),
 * or an item of a labelled list ("PPE: HELM, WARNWESTE, SICHERHEITSSCHUHE") — unless the run says
 * the words of pressure.
 */
function namesThings(folded: string, at: number, run: string): boolean {
  const lineStart = lineStartOf(folded, at);
  // What stands right before the run (every test of it reads its end): at most BEFORE_MAX of the line.
  const before = folded.slice(Math.max(lineStart, at - BEFORE_MAX), at);
  // One word in quotation marks is named, whatever it says: "Drop ‘URGENT’ from the reminder".
  if (/^[A-Z]+$/.test(run) && /["“'‘][ \t]*$/.test(before) && /^[ \t]*["”'’]/.test(folded.slice(at + run.length, at + run.length + 3))) return true;
  // A contract's formula: "NOW, THEREFORE, in consideration of…" under its "WHEREAS" recitals.
  if (run === 'NOW' && /^,?[ \t]*THEREFORE\b/.test(folded.slice(at + 3, at + 16))) return true;
  if (PRESSURE_WORDS.test(run) || /\b(?:FREE|NEVER|ONLY)\b/.test(run)) return false;
  // A clause's heading: after its number ("12.3 LIMITATION OF LIABILITY.", "§ 9 TERM") or named as
  // one ("under the TERMINATION AND RENEWAL section (§ 9.2)").
  if (!SALE_WORDS.test(run) && (CLAUSE_NUMBER_BEFORE.test(before) || CLAUSE_NOUN_AFTER.test(folded.slice(at + run.length, at + run.length + 16)))) return true;
  if (/^[ \t]*(?:[-*•][ \t]*)?\d+[ \t]*[x×][ \t]/.test(folded.slice(lineStart, Math.min(at, lineStart + 40)))) return true;
  const after = folded[at + run.length];
  if (/["“'‘][ \t]*$/.test(before) && after !== undefined && /["”'’]/.test(after)) return true;
  return labelledListLine(folded, lineStart);
}

/** Characters before a run of capitals that namesThings reads. */
const BEFORE_MAX = 120;

/** Per text, the answers of labelledListLine by line start. */
const listLines = perText((): Map<number, boolean> => new Map());

/**
 * Whether the line starting at `lineStart` is an item of a labelled list ("PPE: HELM, WARNWESTE"):
 * a label and a colon, then a comma. Remembered per line of the last text asked: every run of
 * capitals on a line asks the same question.
 */
function labelledListLine(folded: string, lineStart: number): boolean {
  const lines = listLines(folded);
  let answer = lines.get(lineStart);
  if (answer === undefined) {
    const line = folded.slice(lineStart, lineEndOf(folded, lineStart));
    answer = /^[ \t]*(?:[-*•][ \t]*)?[\p{L}][\p{L} /&-]{1,28}:/u.test(line) && line.includes(',') && !/^[ \t]*(?:p\.?s\.?|note|important|reminder|subject|urgent|warning|attention)[ \t]*:/i.test(line);
    lines.set(lineStart, answer);
  }
  return answer;
}

/**
 * Capitals that are not a raised voice: a heading, a code block, the names of things, or the
 * other side's words in a quoted earlier message ("> URGENT: the pilot has to start before the
 * audit"), whose tone is not ours to answer for, as for the tone rules.
 */
/**
 * A form's field label in capitals opening its line: "WORK HEALTH AND SAFETY: We have a documented
 * WHS system."; in French with a space before the colon, "FRAIS ANNUELS ACTUELS : 72 000 $ CA".
 */
function labelAtLineStart(folded: string, at: number, run: string): boolean {
  // "FOR YOUR REVIEW:", "FOR YOUR INFORMATION:": what a document is sent for, not a push (forty-fifth session, TU).
  const label = run.replace(/\bFOR YOUR (?=REVIEW|INFORMATION|INFO|RECORDS|REFERENCE|SIGNATURE|APPROVAL|FILES|COMMENTS)/, '');
  // A number may end the label: "NOTE ON OVEN 2: both E14 codes appeared…" (fifty-third session, KG).
  const after = folded.slice(at + run.length, at + run.length + 70).replace(LABEL_NUMBER, '');
  if (!LABEL_COLON.test(after) || run.split(/\s+/).length > 6 || PRESSURE_WORDS.test(label)) return false;
  return /^[ \t*•>#-]*$/.test(folded.slice(lineStartOf(folded, at), at));
}

/**
 * A total or a line item of a priced list, its figure set apart by a run of spaces: "TOTAL PRIMER
 * AÑO                     $990,000" (forty-second session: capitals of any script made it a run).
 */
const AMOUNT_ROW = /^[ \t]*[\p{Lu}0-9][\p{Lu}0-9 ,.'’&/()+-]{2,60}(?: {3,}|\t)[ \t]*(?:\p{Sc}|[A-Z]{3}[ \t]?)?\d[\d.,\u00a0\u202f ]*(?:\p{Sc})?[ \t]*$/u;

function capitalsNotShouted(f: FieldText, folded: string, at: number, run: string): boolean {
  return labelAtLineStart(folded, at, run) || (!PRESSURE_WORDS.test(run) && AMOUNT_ROW.test(lineAround(folded, at))) || inQuotedLine(folded, at) || onHeadingLine(folded, at) || tableRowAt(folded, at) || inCodeBlock(f.text.lower, at) || namesThings(folded, at, run) || inQuotedExample(f.text.lower, at, at + run.length);
}

/** A short number or code ending a label, before its colon: " 2", " #3", " B". */
const LABEL_NUMBER = /^[ \t]+(?:\d{1,3}[A-Za-z]?|#\d{1,5}|[A-Z]\d{0,2})(?=[ \t]*:)/;

/** The colon after a label, French spacing allowed, a note in brackets before it ("FOR YOUR REVIEW (no action needed this week):"). */
const LABEL_COLON = /^(?:[ \u00a0\u202f]?:|[ \t]*\([^()\n]{1,60}\)[ \t]*:)/;

/** What ends a notice's label after its first word: the colon, or one more word of a notice and the colon. */
const NOTICE_LABEL_TAIL = /^(?: (?:UPDATE|NOTICE|NOTE|CHANGE|INFORMATION|INFO|REMINDER|DATES?|DETAILS))?[ \u00a0\u202f]?:/;

/** A clause's number right before capitals: "12.3 ", "7. ", "§ 9.2 ", "Section 4 ", "Article 12 ". */
const CLAUSE_NUMBER_BEFORE = /(?:^|[\s"“(])(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|§+[ \t]*\d{1,3}(?:\.\d{1,3})*|(?:section|clause|article|schedule|exhibit|annex) \d{1,3}(?:\.\d{1,3})*\.?)[ \t]+$/i;
/** A word naming a clause or part of a contract after capitals: "the TERMINATION AND RENEWAL section (§ 9.2)". */
const CLAUSE_NOUN_AFTER = /^["”’]?[ \t]+(?:section|clause|article|schedule|exhibit|annex|provision|paragraph|heading|recital)s?\b|^["”’]?[ \t]+\(§/i;

/** A word naming a label, flag or status in a product, after a word in capitals ("the URGENT flag"). */
const LABEL_NOUN_AFTER = /^ (?:flag|label|status|tag|badge|button|filter|state|column|field|tab|stamp|marker|priority|queue|setting|alarm|alert|level|light|signal|notification)s?\b/i;

/**
 * A line about an incident or a ticket ("P1", "Sev 2", "ticket #58214", "work order WO-48213",
 * "outage", "burst pipe", "line down"): its URGENT or CRITICAL is the priority, not a raised voice.
 */
const INCIDENT_LINE = new RegExp(String.raw`\b(?:${INCIDENT_WORDS}|work order|wo-?\d+|case (?:#|no\.? ?)?\d+|flood(?:ing)?|(?:system|site|server|service)s? (?:is |are )?down|failed (?:payroll|run|sync|import|backup)|downtime)\b`, 'i');

function lineAround(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, nl < 0 ? text.length : nl);
}

/** A list item that starts with a label in capitals and a dash or colon ("1. TODAY — which shed", "- NOT YET: a direct sync"). */
const LABEL_ITEM_RE = /^[ \t]*(?:\d{1,2}[.)]|[-*•–])?[ \t]*\p{Lu}[\p{Lu}'’ ]{1,24}[ \t]*[—–:-][ \t]*\S/u;

/**
 * A word that labels one item of a list whose neighbouring item is labelled the same way ("1. TODAY
 * — which shed… 2. TOMORROW — same thing"; "- TODAY: exported as CSV / - NOT YET: a direct sync"):
 * the columns of a plan, not a raised voice (forty-ninth session, XV, OW).
 */
function labelsAListItem(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const line = lineAround(text, at);
  if (!LABEL_ITEM_RE.test(line) || !/^[ \t]*(?:\d{1,2}[.)]|[-*•–])?[ \t]*$/.test(text.slice(start, at))) return false;
  const before = text.slice(0, Math.max(0, start - 1)).split('\n').filter((l) => l.trim() !== '').pop();
  const nl = text.indexOf('\n', at);
  const after = nl < 0 ? undefined : text.slice(nl + 1).split('\n').find((l) => l.trim() !== '');
  return (before !== undefined && LABEL_ITEM_RE.test(before)) || (after !== undefined && LABEL_ITEM_RE.test(after));
}

/** A length or opening hours after a heading's dash: " — 3 days", " – Mon–Fri, 8:00–18:00". */
const SUBTITLE_LENGTH_OR_HOURS = /[ \t]+[—–-][ \t]+(?:\d{1,3}(?:[.,]\d)?[ \t]?(?:days?|hours?|hrs?|weeks?|half-days?|sessions?|modules?|visits?|mins?|minutes?)|(?:mon|tue|wed|thu|fri|sat|sun|monday|weekdays|24\/7|\d{1,2}[:.]\d{2})\b[^\n]{0,40})$/iu;

/** Words of a sale shouted as a list ("FREE, LIMITED, EXCLUSIVE"): never a list of names. */
const SALE_WORDS = /\b(?:FREE|NEVER|ONLY|SALE|OFFER|DEAL|BEST|HUGE|WOW|SAVE|SAVINGS|CHANCE|LIMITED|EXCLUSIVE|BIG|BIGGEST|AMAZING|INCREDIBLE|GUARANTEED|STOP|WAIT|NO|NOT)\b/;

/**
 * A comma-separated list of names in capitals, without a word of pressure or of a sale: "II, SAML
 * SSO, SCIM" (after "SOC 2 Type", items of one or two codes each), "STARTER, PRO, TAP" (before "or
 * GATE rental": plan or product names, one word each).
 */
const NAME_LISTS = [/^[A-Z]{2,5}(?: [A-Z]{2,5})?(?:[ ]*,[ ]*[A-Z]{2,5}(?: [A-Z]{2,5})?)+$/, /^[A-Z][A-Z0-9]{1,11}(?:[ ]*,[ ]*[A-Z][A-Z0-9]{1,11})+$/];

function isNameList(run: string): boolean {
  return NAME_LISTS.some((re) => re.test(run)) && !PRESSURE_WORDS.test(run) && !SALE_WORDS.test(run);
}

/** The writer saying their answers or notes stand in capitals. */
const CAPITALS_ANNOUNCED = /\b(?:answers?|replies|responses|comments|notes|changes|edits|updates|corrections)\b[^.\n]{0,60}\bin (?:capitals|caps|upper ?case|block capitals|capital letters)\b(?![^.\n]{0,20}\b(?:because|since) (?:it|this) (?:is|matters))/i;

/** Runs of capitals (10+ letters over 3+ words), else single shouted words. Acronyms pass. */
export function detectShouting(ctx: ScanContext, f: FieldText): void {
  const rule = ctx.rules.detector('shouting');
  if (rule === undefined) return;
  // The armour lines of a PEM block ("-----BEGIN PUBLIC KEY-----") are a format, not a raised
  // voice: blanked, offsets kept. (A private key there is secret.private-key's.)
  const folded = f.text.folded.includes('-----') ? f.text.folded.replace(PEM_ARMOR_RE, (a) => ' '.repeat(a.length)) : f.text.folded;
  // Answers the writer says are set in capitals to stand out ("Answers inline below, in CAPITALS so
  // they're easy to spot"): a format the reader was told of, not a raised voice (forty-sixth session, UV).
  if (CAPITALS_ANNOUNCED.test(folded)) return;
  let hasCaps = false;
  for (const m of folded.matchAll(SHOUT_RE)) {
    const letters = m[0].replace(/\P{Lu}/gu, '').length;
    if (letters < 10) continue;
    // "INR, ZAR, KES, EGP", "SOC, HIPAA, GDPR": a comma-separated list of codes, not a raised voice.
    if (/^[A-Z]{2,5}(?:[ ]*,[ ]*[A-Z]{2,5})+$/.test(m[0])) continue;
    if (isNameList(m[0])) continue;
    // "OFAC SDN, UK HMT/OFSI": codes, half of them without a vowel, not words said loudly ("DO NOT SEND").
    if (isCodeRun(m[0]) || isAcronymRun(m[0])) continue;
    // "(FIT, FIT WITH RESTRICTIONS, TEMPORARILY UNFIT, UNFIT)": the values a field takes, listed in
    // brackets (forty-third session, OL).
    if (m[0].includes(',') && /\([ \t]*$/.test(folded.slice(Math.max(0, m.index - 3), m.index)) && folded.charAt(m.index + m[0].length) === ')') continue;
    // "WHAT TO DO WITH THIS" (a heading), "CREATE VECTOR INDEX … USING HNSW" (a query in a
    // snippet), "4 x 10-INCH RUGGED TABLET" (a line item): not a sentence said loudly.
    if (capitalsNotShouted(f, folded, m.index, m[0])) continue;
    // "NOTICE GIVEN                  WHAT YOU PAY": a table's column headings, set apart by runs of spaces (forty-ninth session, ZM).
    if (/ {3,}/.test(m[0])) continue;
    // "NO ACTION NEEDED – this is just a heads-up": a label saying there is nothing to do (fiftieth session, SV).
    if (/^NO ACTION (?:NEEDED|REQUIRED)(?: FROM YOU| ON YOUR (?:SIDE|PART))?$/.test(m[0])) continue;
    // "Spring tuning confirmed. ACTION NEEDED BY YOU: none": a label whose value says there is nothing to do, anywhere on its line (forty-eighth session, XH).
    if (LABEL_THEN_NOTHING.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    hasCaps = true;
    addFinding(ctx, f, rule.rule.kind, rule.severity, m.index, m.index + m[0].length, 'shouting in capitals', rule.rule.id);
  }
  if (!hasCaps) {
    for (const m of folded.matchAll(SHOUT_WORD_RE)) {
      // "IMPORTANT: the sandbox resets on Sunday": a notice's label at the start of a line or of a sentence ("… here's the checklist. IMPORTANT: the first two points are required", forty-eighth session, XP), not a raised voice.
      // So is a two-word one ("IMPORTANT UPDATE: the maintenance window moves", "WARNING NOTE: …").
      // "URGENT? No, just a heads-up about planned maintenance", "URGENT? Not at all.": the question answered at once (fifty-fourth session, NBP, NBV).
      if (m[0] === 'URGENT' && /^\?\s*(?:no|nope|not (?:at all|really|quite|yet))\b/i.test(folded.slice(m.index + 6, m.index + 22))) continue;
      // "IMPORTANT, but nothing urgent to do: your trial ends on Monday" says there is nothing to do (fifty-fourth session, NBH).
      if (m[0] === 'IMPORTANT' && /^,? but (?:nothing|no action|not urgent|no rush)\b/i.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      if ((m[0] === 'IMPORTANT' || m[0] === 'WARNING' || m[0] === 'ATTENTION') && NOTICE_LABEL_TAIL.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16)) && /(?:^|\n|[.!?][ \t])[ \t>*_-]*$/.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "NOT URGENT: a question about your cherry blocks" says the opposite of a raised voice (forty-sixth session, UZ).
      // "Not URGENT – just an INSPECT update" writes the negation small (forty-eighth session, XI).
      if (/\b(?:NOT|NON|NICHT|NO|PAS)[ -]$/i.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (capitalsNotShouted(f, folded, m.index, m[0])) continue;
      if (labelsAListItem(folded, m.index)) continue;
      // "Training is FREE.", "It's FREE, of course": a price said plainly, one word raised, no exclamation
      // in its sentence (forty-ninth session, XP, MI, MJ); "completely FREE!!!" and "FREE PILOT ENDS" still shout.
      if (m[0] === 'FREE' && !/^[^.?\n]*!/.test(folded.slice(m.index, m.index + 200))) continue;
      // "WAS: 4 rooms x NZ$159\nNOW: 4 rooms x NZ$149": a correction's labels, the old line then the new (forty-fifth session, TQ).
      if (m[0] === 'NOW' && LABEL_COLON.test(folded.slice(m.index + 3, m.index + 5)) && /(?:^|\n)[ \t]*$/.test(folded.slice(Math.max(0, m.index - 8), m.index)) && /(?:^|\n)[ \t]*(?:WAS|BEFORE|OLD|THEN|PREVIOUSLY)[ \t]*:/.test(folded.slice(Math.max(0, m.index - 300), m.index))) continue;
      // "The URGENT flag on the kitchen display": the name of a label in a product, not a raised voice.
      if (LABEL_NOUN_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      // "URGENT P1 update: ticket #58214", "Re: URGENT – burst pipe, work order WO-48213": the
      // priority of an incident or a ticket, as support and facilities teams write it.
      if ((m[0] === 'URGENT' || m[0] === 'CRITICAL') && INCIDENT_LINE.test(lineAround(folded, m.index))) continue;
      // "- URGENT (nobody can log in, data missing): within 1 hour": a support priority defined (forty-third session, OF).
      if (PRIORITY_DEFINED.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 90))) continue;
      // "WEIGHBRIDGE DOWN (URGENT): 24/7", "Support for URGENT issues (a bridge or dispatch not working)": a
      // support line's category (forty-fourth session, OP).
      if ((m[0] === 'URGENT' || m[0] === 'CRITICAL') && (PRIORITY_IN_BRACKETS.test(folded.slice(Math.max(0, m.index - 1), m.index + m[0].length + 3)) || PRIORITY_CLASS_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 60)) || PRIORITY_HEADING.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 200)))) continue;
      addFinding(ctx, f, rule.rule.kind, rule.severity, m.index, m.index + m[0].length, `shouting "${m[0]}" in capitals`, rule.rule.id);
    }
  }
}

// ---------------------------------------------------------------- links

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]}]+/gi;
const DATA_PARAM =
  /^(?:e|em|email|mail|email_address|emailaddress|recipient|token|access_token|auth|auth_token|key|api_key|apikey|session|sessionid|sid|password|pwd|pass|ssn|phone|tel|mobile|uid|user_id|userid|contact|contact_id|lead|lead_id|name|first_name|firstname|last_name|lastname|fname|lname)$/i;

/** Query keys that name a session: data only when the value is an id. */
const SESSION_PARAM = /^(?:session|sessionid|session_id|sid)$/i;

export function detectLinks(ctx: ScanContext, f: FieldText): void {
  const rule = ctx.rules.detector('links');
  if (rule === undefined) return;
  const { folded, lower } = f.text;
  if (!lower.includes('http') && !lower.includes('www.')) return;
  const allowed = [
    ...ctx.policy.links.allow_domains,
    ...ctx.policy.sender.own_domains,
    ctx.account.domain.toLowerCase().replace(/^www\./, ''),
  ];
  for (const m of folded.matchAll(URL_RE)) {
    const url = m[0].replace(/[.,;:!?]+$/, '');
    const rest = url.replace(/^https?:\/\//i, '');
    const host = (rest.split(/[/?#:]/)[0] ?? '').toLowerCase().replace(/^www\./, '');
    const problems: string[] = [];
    // A public body's site or the reader's own machine (http://localhost:8787 in setup steps).
    if (!needsNoAllowEntry(host) && !hostAllowed(host, allowed)) problems.push(`link to ${host} is outside the allowed domains`);
    const q = url.indexOf('?');
    if (q >= 0) {
      const leaked: string[] = [];
      for (const part of url.slice(q + 1).split(/[&;#]/)) {
        const [k = '', v = ''] = part.split('=');
        let value = v;
        try {
          value = decodeURIComponent(v);
        } catch {
          // keep the raw value
        }
        if (value === '') continue;
        // "book?session=am-2025-09": a training session's name, not a session id (those are long random tokens).
        if (SESSION_PARAM.test(k) && !/^[A-Za-z0-9_.%-]{16,}$/.test(value)) continue;
        if (DATA_PARAM.test(k) || value.includes('@') || /^[A-Za-z0-9_-]{32,}$/.test(value)) leaked.push(k || '?');
      }
      if (leaked.length > 0) problems.push(`link carries data in its query string (${leaked.join(', ')})`);
    }
    if (problems.length > 0) addFinding(ctx, f, rule.rule.kind, rule.severity, m.index, m.index + url.length, problems.join('; '), rule.rule.id);
  }
}

