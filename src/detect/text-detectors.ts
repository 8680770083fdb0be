/**
 * Keyword and shape detectors: internal_marker, unverified_claim, tone, placeholder, link,
 * recipient_mismatch. Each runs only when one of its trigger keywords (triggers.ts) was seen by
 * the book's automaton, so clean drafts cost one pass.
 *
 * Precision rules: "confidential" in a sentence ("your data stays confidential") is not a
 * marker, "CONFIDENTIAL" or "Confidential:" is; "we do not share your data" is not a marker,
 * "do not share this" is. A claim is about the prospect only when "you/your/congrats" or the
 * prospect's name leads up to it within the sentence without "we/our" in between, and is clean
 * when a verified fact names the same kind of event. Polite timing ("whenever works for you this
 * week") never matches the urgency phrasings.
 */
import type { DraftInput } from './types.js';
import { addFinding, type FieldText, type ScanContext } from './context.js';
import { normalizeTerm } from './normalize.js';
import { TRIGGER } from './triggers.js';
import { isContentful, splitWords, STOPWORDS, windowKey, wordsAt } from './words.js';

// ---------------------------------------------------------------- internal markers

const INTERNAL_RE = new RegExp(
  [
    'internal[ -]only',
    'internal use only',
    'for internal (?:use|eyes|review|discussion)(?: only)?',
    '(?:strictly )?confidential(?= *[:\\]\\)]| *-+ )',
    '\\[confidential\\]',
    '(?:please )?(?:do not|don\'t) (?:share|forward|distribute) (?:this|externally|outside|with (?:the )?(?:prospect|customer|client))',
    'not for (?:external (?:use|distribution|sharing)|distribution)',
    'eyes only',
    'note to self',
    '(?:agent|crm|rep|draft|internal) notes?:',
    '\\btodo:',
    'system prompt',
    '(?:per|according to|following) (?:my|the|your) (?:instructions|prompt)',
    '(?:my|these|the above|previous) instructions (?:say|are|tell)',
    'as an ai(?: language model)?',
    'i am an ai',
    'large language model',
    'you are an? (?:ai\\b|helpful|sales (?:agent|assistant|development)|sdr\\b|assistant|agent\\b|outbound|email writing)',
    'ignore (?:all |any )?(?:previous|prior|above) (?:instructions|prompts?)',
    '</?system>',
    '(?:^|\\n)\\s*(?:system|assistant|user):',
  ].map((p) => `(?:${p})`).join('|'),
  'g',
);
const CONFIDENTIAL_CAPS_RE = /\bCONFIDENTIAL\b/g;
export const PROMPT_RUN_WORDS = 8;

export function detectInternal(ctx: ScanContext, f: FieldText, prompt: string | undefined): void {
  if ((f.triggers & TRIGGER.internal) !== 0) {
    const seen = new Set<number>();
    for (const m of f.text.lower.matchAll(INTERNAL_RE)) {
      const lead = m[0].length - m[0].replace(/^\s+/, '').length;
      seen.add(m.index + lead);
      addFinding(ctx, f, 'internal_marker', 'critical', m.index + lead, m.index + m[0].length,
        `internal-only text "${m[0].trim()}" must not reach a prospect`);
    }
    for (const m of f.text.folded.matchAll(CONFIDENTIAL_CAPS_RE)) {
      if (seen.has(m.index)) continue;
      addFinding(ctx, f, 'internal_marker', 'critical', m.index, m.index + m[0].length,
        'marked CONFIDENTIAL: internal-only text must not reach a prospect');
    }
  }
  if (prompt !== undefined && prompt.trim() !== '') detectPromptLeak(ctx, f, prompt);
}

/** Runs of eight or more words copied from the agent's prompt. */
function detectPromptLeak(ctx: ScanContext, f: FieldText, prompt: string): void {
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
    addFinding(ctx, f, 'internal_marker', 'critical', d.starts[runStart] ?? 0, d.ends[runEnd] ?? 0,
      `${runEnd - runStart + 1} words copied from the agent's instructions`);
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

// ---------------------------------------------------------------- unverified claims

interface ClaimKind {
  name: string;
  trigger: number;
  label: string;
  re: RegExp;
  /** A verified fact mentioning any of this supports the claim. */
  fact: RegExp;
}

const TITLE = '(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|chief [a-z]+ officer|vp|vice president|head of [a-z]+|president|chair(?:man|woman)?)';

const CLAIMS: ClaimKind[] = [
  {
    name: 'funding', trigger: TRIGGER.claimFunding, label: 'a funding round',
    re: /\b(?:series [a-f]\b(?: round| raise| funding)?|seed round|funding round|fundrais(?:e|ing)|(?:raised|raise|raising|closed|secured|landed) (?:a |an |your |the |their )?(?:\$?\d+(?:\.\d+)? ?(?:k|m|mm|million|bn|billion)\b|series|round|funding|seed|investment)|new funding|(?:recent|latest|new) (?:raise|round)\b)/g,
    fact: /series [a-f]|funding|raised|round|seed|investment|investor/,
  },
  {
    name: 'acquisition', trigger: TRIGGER.claimAcquisition, label: 'an acquisition',
    re: /\b(?:acquisition(?: of| by)?|acquired(?: by)?|acquiring|merger with|merged with|being bought)\b/g,
    fact: /acqui|merg|bought/,
  },
  {
    name: 'ipo', trigger: TRIGGER.claimIpo, label: 'an IPO',
    re: /\b(?:ipo|went public|going public|initial public offering|public offering|listing on (?:the )?(?:nyse|nasdaq|lse)|listed on (?:the )?(?:nyse|nasdaq|lse))\b/g,
    fact: /\bipo\b|public|listed|listing|nyse|nasdaq/,
  },
  {
    name: 'executive', trigger: TRIGGER.claimExecutive, label: 'a new executive',
    re: new RegExp(`\\b(?:new ${TITLE}|newly appointed ${TITLE}|(?:joined|joins|joining) as ${TITLE}|(?:appointed|named|hired) (?:as |a |an |the )?(?:new )?${TITLE}|appointment of)\\b`, 'g'),
    fact: new RegExp(`${TITLE}|appointed|joined|hired`),
  },
  {
    name: 'layoffs', trigger: TRIGGER.claimLayoffs, label: 'layoffs',
    re: /\b(?:layoffs?|laid off|lay(?:ing)? off|reduction in force|restructuring|downsizing|job cuts|headcount cuts)\b/g,
    fact: /layoff|laid off|lay off|reduction in force|restructur|downsiz|job cuts|headcount/,
  },
  {
    name: 'award', trigger: TRIGGER.claimAward, label: 'an award',
    re: /\b(?:award(?:s|ed)?|award-winning|won (?:the |an? )?(?:[a-z0-9']+ ){0,4}(?:award|prize|title|competition)|winner of|named (?:one of|to) (?:the )?|recogni[sz]ed (?:as|by|in)|ranked (?:#|no\.? ?)?\d+)\b/g,
    fact: /award|won|winner|prize|named|recogni|ranked|list/,
  },
];

const GENERIC_CLAIM_WORDS = new Set([
  'congrats', 'congratulations', 'kudos', 'your', 'team', 'company', 'new', 'recent', 'latest', 'just', 'heard',
  'saw', 'hear', 'sorry', 'news', 'big', 'great', 'huge', 'exciting', 'amazing', 'recently', 'winning', 'won',
  'joining', 'joined', 'announced', 'announcement', 'read', 'noticed', 'seeing', 'see', 'saw', 'the', 'must',
  'been', 'proud', 'moment', 'everyone', 'folks', 'people', 'whole', 'entire',
]);

/** Content words around a claim that a supporting fact should share. */
function detailWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => w.length >= 3 && !STOPWORDS.has(w) && !GENERIC_CLAIM_WORDS.has(w),
  );
}

const CLAIM_TRIGGERS = CLAIMS.reduce((bits, k) => bits | k.trigger, 0);
const ABOUT_THEM_RE = /\b(?:you|your|you've|you're|yours|congrat\w*|kudos)\b/g;
const ABOUT_US_RE = /\b(?:we|our|us|i|my|we've|we're)\b/;
const SENTENCE_BREAK = /[.!?\n]/;

export function detectClaims(ctx: ScanContext, f: FieldText): void {
  if ((f.triggers & CLAIM_TRIGGERS) === 0) return;
  const { lower } = f.text;
  const names = [ctx.account.name, ...ctx.account.aliases].map(normalizeTerm).filter((n) => n.length >= 3);
  const facts = ctx.account.facts.map(normalizeTerm);
  for (const kind of CLAIMS) {
    if ((f.triggers & kind.trigger) === 0) continue;
    for (const m of lower.matchAll(kind.re)) {
      // Look back within the sentence (at most ~80 chars) for a reference to the prospect.
      let from = m.index;
      while (from > 0 && m.index - from < 80 && !SENTENCE_BREAK.test(lower[from - 1] as string)) from--;
      const before = lower.slice(from, m.index);
      let refEnd = -1;
      for (const r of before.matchAll(ABOUT_THEM_RE)) refEnd = r.index + r[0].length;
      for (const n of names) {
        const at = before.lastIndexOf(n);
        if (at >= 0) refEnd = Math.max(refEnd, at + n.length);
      }
      // "Congratulations on the Series B" / "your acquisition of X" read forward too.
      const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 40).split(SENTENCE_BREAK)[0] ?? '';
      const aboutThemAfter = /^\s*(?:(?:of|by|at|in|for|to|across)\s+)?(?:your|you)\b/.test(after);
      if (refEnd < 0 && !aboutThemAfter) continue;
      if (refEnd >= 0 && ABOUT_US_RE.test(before.slice(refEnd))) continue;
      const claim = m[0];
      const series = /series ([a-f])/.exec(claim)?.[1];
      // Details next to the claim ("Best Workplace" award, "Jordan Lee" as CEO) must appear in
      // the supporting fact; a bare claim ("congrats on the IPO") needs only the same event.
      const details = detailWords(`${before.slice(-40)} ${after}`);
      const supported = facts.some((fact) =>
        kind.fact.test(fact) &&
        (series === undefined || fact.includes(`series ${series}`)) &&
        (details.length === 0 || details.some((w) => fact.includes(w))));
      if (supported) continue;
      addFinding(ctx, f, 'unverified_claim', 'warn', m.index, m.index + claim.length,
        `claims ${kind.label} ("${claim}") that no verified fact about ${ctx.account.name} supports`);
    }
  }
}

// ---------------------------------------------------------------- tone

const TONE_RULES: Array<{ re: RegExp; severity: 'warn' | 'info'; what: string }> = [
  {
    what: 'false urgency',
    severity: 'warn',
    re: /\b(?:act (?:now|fast|today)|last chance|(?:offer|deal|price|discount|pricing)s? (?:ends|expires?) (?:today|tonight|soon|in \d+ (?:hours?|minutes?))|expires? (?:today|tonight|in \d+ (?:hours?|minutes?))|limited[- ]time (?:offer|only|deal)|only \d+ (?:spots?|seats?|slots?|licenses?|places?) (?:left|remaining)|\d+ (?:spots?|seats?|slots?) left|hurry(?: up)?\b|urgent(?:ly)?\b|(?:respond|reply|sign|decide|act) (?:immediately|right now|within (?:\d+|twelve|twenty-four) (?:hours?|minutes?))|immediately or|don't miss out|do not miss out|today only|ends (?:today|tonight)|before it's too late|final (?:notice|offer|warning)|time is running out|running out of time|once[- ]in[- ]a[- ]lifetime|left at this price|in the next hour)/g,
  },
  {
    what: 'a guarantee no one can make',
    severity: 'warn',
    re: /\b(?:(?:we|i) (?:can )?guarantee\b|guaranteed (?:results?|roi|returns?|growth|to|savings|success)|100% (?:guaranteed|risk[- ]free|success|certain)|risk[- ]free|no risk (?:at all|whatsoever)|zero risk|(?:will|would) (?:definitely|certainly|absolutely) (?:double|triple|increase|boost|save|grow|pay)|(?:double|triple|10x|5x) your (?:revenue|pipeline|sales|roi|leads|bookings|growth))/g,
  },
  {
    what: 'pressure or manipulation',
    severity: 'warn',
    re: /\b(?:your competitors (?:are|have) (?:already|all)|everyone else (?:in your|is already|has already)|you(?:'ll| will) regret|(?:don't|do not) be the (?:only|last)|if you (?:really )?cared about|you(?:'d| would) be (?:crazy|foolish)|(?:crazy|foolish) not to|you must (?:act|reply|respond|decide|sign)|(?:your boss|your ceo|your team) will (?:be (?:upset|angry|disappointed)|blame you)|(?:get|be|getting) fired)/g,
  },
];

const SHOUT_RE = /\b[A-Z]{2,}(?:[ ,]+[A-Z]{2,}){2,}\b/g;
const SHOUT_WORD_RE = /\b(?:FREE|NOW|URGENT|IMPORTANT|TODAY|HURRY|GUARANTEED|LIMITED|WARNING|ATTENTION|HUGE|AMAZING|EXCLUSIVE|LAST CHANCE|ACT NOW)\b/g;
const BANG_RE = /[!?]*!{2,}[!?]*|\?{3,}/g;

export function detectTone(ctx: ScanContext, f: FieldText): void {
  const { lower, folded } = f.text;
  if ((f.triggers & TRIGGER.tone) !== 0) {
    for (const rule of TONE_RULES) {
      for (const m of lower.matchAll(rule.re)) {
        addFinding(ctx, f, 'tone', rule.severity, m.index, m.index + m[0].length, `${rule.what}: "${m[0]}"`);
      }
    }
  }
  let hasCaps = false;
  for (const m of folded.matchAll(SHOUT_RE)) {
    const letters = m[0].replace(/[^A-Z]/g, '').length;
    if (letters < 10) continue;
    hasCaps = true;
    addFinding(ctx, f, 'tone', 'info', m.index, m.index + m[0].length, 'shouting in capitals');
  }
  if (!hasCaps) {
    for (const m of folded.matchAll(SHOUT_WORD_RE)) {
      addFinding(ctx, f, 'tone', 'info', m.index, m.index + m[0].length, `shouting "${m[0]}" in capitals`);
    }
  }
  if (folded.includes('!!') || folded.includes('???')) {
    for (const m of folded.matchAll(BANG_RE)) {
      addFinding(ctx, f, 'tone', 'info', m.index, m.index + m[0].length, 'repeated exclamation marks');
    }
  }
}

// ---------------------------------------------------------------- placeholders

const PLACEHOLDER_WORD =
  '(?:name|company|first|last|title|role|date|time|insert|your|their|recipient|prospect|contact|industry|city|product|link|url|number|amount|placeholder|customer|account|todo|tbd|x{2,}|pain point|value prop|metric|competitor)';
const PLACEHOLDER_RE = new RegExp(
  [
    '\\{\\{[^{}\\n]{0,60}\\}\\}',
    '\\$\\{[^{}\\n]{1,40}\\}',
    '\\{[A-Za-z_][A-Za-z0-9_.-]{1,40}\\}',
    `\\[[^\\[\\]\\n]{0,40}\\b${PLACEHOLDER_WORD}\\b[^\\[\\]\\n]{0,40}\\]`,
    '\\[[a-z]+(?:_[a-z]+)+\\]',
    '<[A-Z]{2,}(?:[ _][A-Z]{2,}){0,4}>',
    `<[^<>\\n]{0,30}\\b${PLACEHOLDER_WORD}\\b[^<>\\n]{0,30}>`,
    '%[A-Za-z]+(?:_[A-Za-z]+)*%',
    '\\bX{3,}\\b',
    '\\bTBD\\b',
  ].join('|'),
  'gi',
);
const CASE_SENSITIVE_PLACEHOLDER = /^(?:x{3,}|tbd)$/i;

export function detectPlaceholders(ctx: ScanContext, f: FieldText): void {
  if ((f.triggers & TRIGGER.placeholder) === 0) return;
  const { folded } = f.text;
  for (const m of folded.matchAll(PLACEHOLDER_RE)) {
    const text = m[0];
    if (CASE_SENSITIVE_PLACEHOLDER.test(text) && text !== text.toUpperCase()) continue;
    if (text.startsWith('<') && /^<\/?(?:a|b|i|p|br|div|span|strong|em|ul|li|html|body)\b/i.test(text)) continue;
    addFinding(ctx, f, 'placeholder', 'warn', m.index, m.index + text.length, `unfilled placeholder ${text}`);
  }
}

// ---------------------------------------------------------------- links

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]}]+/gi;
const DATA_PARAM =
  /^(?:e|em|email|mail|email_address|emailaddress|recipient|token|access_token|auth|auth_token|key|api_key|apikey|session|sessionid|sid|password|pwd|pass|ssn|phone|tel|mobile|uid|user_id|userid|contact|contact_id|lead|lead_id|name|first_name|firstname|last_name|lastname|fname|lname)$/i;

export function hostAllowed(host: string, allowed: string[]): boolean {
  return allowed.some((d) => d !== '' && (host === d || host.endsWith(`.${d}`)));
}

export function detectLinks(ctx: ScanContext, f: FieldText): void {
  if ((f.triggers & TRIGGER.link) === 0) return;
  const { folded } = f.text;
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
    if (!hostAllowed(host, allowed)) problems.push(`link to ${host} is outside the allowed domains`);
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
        if (DATA_PARAM.test(k) || value.includes('@') || /^[A-Za-z0-9_-]{32,}$/.test(value)) leaked.push(k || '?');
      }
      if (leaked.length > 0) problems.push(`link carries data in its query string (${leaked.join(', ')})`);
    }
    if (problems.length > 0) addFinding(ctx, f, 'link', 'warn', m.index, m.index + url.length, problems.join('; '));
  }
}

// ---------------------------------------------------------------- recipient

const GREETING_RE =
  /^\s*(?:[Hh](?:i|ello|ey|iya|owdy)|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)|[Gg]reetings)\b[ \t,]*(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x|[Dd]r|[Pp]rof)\.?\s+)?(\p{Lu}[\p{L}'-]*)/du;
const GENERIC_GREETING = new Set([
  'team', 'there', 'all', 'everyone', 'folks', 'friend', 'friends', 'sir', 'madam', 'colleagues', 'both',
  'again', 'guys', 'y\'all', 'you', 'hiring', 'again,',
]);
const NICKNAMES: Record<string, string[]> = {
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'], william: ['will', 'bill', 'billy', 'liam'],
  elizabeth: ['liz', 'beth', 'betsy', 'eliza', 'lizzie'], katherine: ['kate', 'katie', 'kathy', 'kat'],
  catherine: ['cathy', 'kate', 'cat'], michael: ['mike', 'mikey'], james: ['jim', 'jimmy', 'jamie'],
  richard: ['rick', 'rich', 'dick', 'richie'], thomas: ['tom', 'tommy'], jennifer: ['jen', 'jenny'],
  margaret: ['maggie', 'peggy', 'meg'], anthony: ['tony'], joseph: ['joe', 'joey'], edward: ['ed', 'ted', 'eddie'],
  patricia: ['pat', 'trish', 'patty'], susan: ['sue', 'suzy'], deborah: ['deb', 'debbie'],
  andrew: ['andy', 'drew'], steven: ['steve'], stephen: ['steve'], charles: ['charlie', 'chuck'],
  theodore: ['ted', 'teddy', 'theo'], rebecca: ['becky', 'becca'], victoria: ['vicky', 'tori'],
};

function sameName(greeted: string, fullName: string): boolean {
  const g = greeted.toLowerCase();
  const tokens = normalizeTerm(fullName).split(/[\s.,-]+/).filter((t) => t.length > 0);
  for (const t of tokens) {
    if (t === g) return true;
    if (g.length >= 3 && t.length >= 3 && (t.startsWith(g) || g.startsWith(t))) return true;
    if (NICKNAMES[t]?.includes(g) || NICKNAMES[g]?.includes(t)) return true;
  }
  return false;
}

export function detectRecipient(ctx: ScanContext, f: FieldText, draft: Pick<DraftInput, 'to'>): void {
  const toName = draft.to.name?.trim();
  if (f.field !== null || toName === undefined || toName === '') return;
  const m = GREETING_RE.exec(f.text.folded.slice(0, 200));
  const indices = m?.indices?.[1];
  if (m === null || indices === undefined) return;
  const greeted = m[1] as string;
  if (GENERIC_GREETING.has(greeted.toLowerCase())) return;
  const company = normalizeTerm(ctx.account.name);
  if (company.split(' ').includes(greeted.toLowerCase())) return;
  if (sameName(greeted, toName)) return;
  addFinding(ctx, f, 'recipient_mismatch', 'warn', indices[0], indices[1],
    `greets "${greeted}" but the recipient is ${toName}`);
}
